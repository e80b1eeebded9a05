import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/deadlines`: the rule library and the computation, public like the law they encode; and the
/// deadlines watched for the caller's organisations, scoped like everything else.
struct DeadlineAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let deadlines = routes.grouped("deadlines")
        deadlines.get("rules", use: rules)
        deadlines.post("compute", use: compute)
        deadlines.get(use: list)
        deadlines.post(use: create)
        deadlines.get(":id", use: show)
        deadlines.post(":id", "events", use: addEvent)
        deadlines.post(":id", "close", use: close)
        deadlines.post(":id", "reopen", use: reopen)
    }

    struct RuleDTO: Content {
        let id: String
        let title: String
        let amount: Int
        let unit: String
        let kind: String
        let startsFrom: String
        let basis: LegalBasis
        let countingBasis: LegalBasis
        let maxExtension: Int?

        init(_ rule: DeadlineRule) {
            id = rule.id
            title = rule.title
            amount = rule.amount
            unit = rule.unit.rawValue
            kind = rule.kind.rawValue
            startsFrom = rule.startsFrom
            basis = rule.basis
            countingBasis = rule.countingBasis
            maxExtension = rule.maxExtension
        }
    }

    struct ComputeRequest: Content {
        struct Event: Content {
            let type: String
            let date: CivilDate
            let amount: Int?
            let note: String?
        }
        let rule: String
        let start: CivilDate
        let startTime: String?
        let events: [Event]?
    }

    /// Every rule with its legal basis.
    @Sendable func rules(req: Request) async throws -> [RuleDTO] { DeadlineRules.all.map(RuleDTO.init) }

    /// Computes a deadline: due date, provisional flag and the explanation.
    @Sendable func compute(req: Request) async throws -> Deadline {
        let body = try req.json(ComputeRequest.self)
        guard let rule = DeadlineRules.rule(body.rule) else {
            throw DomainError.invalid("rule", "未知的期限规则「\(body.rule)」")
        }
        let events = try (body.events ?? []).enumerated().map { index, event throws(DomainError) in
            try DeadlineEvent.from(
                type: event.type, date: event.date, amount: event.amount, note: event.note, field: "events[\(index)].")
        }
        return try DeadlineCalculator(calendar: req.calendar.calendar).compute(
            rule, start: body.start, startTime: body.startTime, events: events)
    }

    /// `?filter=open|due_soon|overdue|closed|all` (default open).
    @Sendable func list(req: Request) async throws -> [TrackedDeadlineDTO] {
        let member = try req.requireMember()
        let text = (try? req.query.get(String.self, at: "filter")) ?? "open"
        guard let filter = DeadlineFilter(rawValue: text) else {
            throw DomainError.invalid("filter", "未知的筛选条件「\(text)」（open、due_soon、overdue、closed、all）")
        }
        return try await req.deadlines(member).list(filter, today: req.today, until: req.dueSoonUntil).map {
            TrackedDeadlineDTO($0)
        }
    }

    struct CreateRequest: Content {
        let subject: String?
        let rule: String?
        let start: CivilDate?
        let startTime: String?
        let organisationID: UUID?
        let ownerID: UUID?
    }

    /// Starts watching a deadline (organisation and owner default to the caller's).
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let body = try req.json(CreateRequest.self)
        let input = TrackedDeadlineInput(
            subject: body.subject ?? "", ruleID: body.rule ?? "", start: body.start, startTime: body.startTime,
            organisationID: body.organisationID, ownerID: body.ownerID)
        let created = try await req.deadlines(member).create(
            input, defaultOrganisation: member.organisation.id, defaultOwner: member.user.id, calendar: req.calendar,
            by: req.actor)
        let response = Response(status: .created)
        try response.content.encode(try await detail(req, member, created.id))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/deadlines/\(created.id)")
        return response
    }

    @Sendable func show(req: Request) async throws -> TrackedDeadlineDTO {
        let member = try req.requireMember()
        return try await detail(req, member, try req.idParameter())
    }

    struct EventRequest: Content {
        let type: String
        let date: CivilDate
        let amount: Int?
        let note: String?
    }

    /// Records an extension, suspension, resumption or restart.
    @Sendable func addEvent(req: Request) async throws -> TrackedDeadlineDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let body = try req.json(EventRequest.self)
        let event = try DeadlineEvent.from(type: body.type, date: body.date, amount: body.amount, note: body.note)
        _ = try await req.deadlines(member).addEvent(id, event, calendar: req.calendar, by: req.actor)
        return try await detail(req, member, id)
    }

    @Sendable func close(req: Request) async throws -> TrackedDeadlineDTO {
        try await setStatus(req, .closed)
    }

    @Sendable func reopen(req: Request) async throws -> TrackedDeadlineDTO {
        try await setStatus(req, .open)
    }

    private func setStatus(_ req: Request, _ status: TrackedDeadline.Status) async throws -> TrackedDeadlineDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        _ = try await req.deadlines(member).setStatus(id, status, by: req.actor)
        return try await detail(req, member, id)
    }

    private func detail(_ req: Request, _ member: Accounts.Member, _ id: UUID) async throws -> TrackedDeadlineDTO {
        let repo = req.deadlines(member)
        let listing = try await repo.find(id)
        return TrackedDeadlineDTO(
            listing, explanation: listing.deadline.explained(with: req.calendar.calendar)?.explanation,
            moves: try await repo.moves(of: id))
    }
}

extension Deadline: Content {}
extension LegalBasis: Content {}
