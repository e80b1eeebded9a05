import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/supervision`: supervision notices (督办), scoped like the pages. Steps are posted as JSON
/// (`SupervisionStepInput`); a reply's files go with the page's multipart form.
struct SupervisionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let supervision = routes.grouped("enforcement", "supervision")
        supervision.get(use: list)
        supervision.post(use: issue)
        supervision.get(":id", use: show)
        supervision.post(":id", "steps", use: act)
    }

    /// `?box&stage&overdue=true&page`, 50 a page.
    @Sendable func list(req: Request) async throws -> PageDTO<SupervisionNoticeDTO> {
        let member = try req.requireMember()
        let query = SupervisionListPage.Query(req)
        let result = try await req.supervision(member).list(query.filter)
        return PageDTO(
            items: result.rows.map { SupervisionNoticeDTO($0, today: req.today) }, total: result.total,
            page: query.page, perPage: SupervisionController.pageSize)
    }

    /// Issues a notice from alerts of one agency, or from a case.
    @Sendable func issue(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let body = try req.json(SupervisionIssueRequest.self)
        let notice = try await req.supervision(member).issue(
            SupervisionNoticeInput(
                kind: body.kind, findings: body.findings, requirement: body.requirement, replyDays: body.replyDays),
            alerts: body.alerts ?? [], caseID: body.case, by: req.actor)
        return try APIResponse.created(
            try await detail(req, member, notice.id), at: "/api/v1/enforcement/supervision/\(notice.id)")
    }

    @Sendable func show(req: Request) async throws -> SupervisionNoticeDTO {
        try await detail(req, try req.requireMember(), try req.idParameter())
    }

    @Sendable func act(req: Request) async throws -> SupervisionNoticeDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        _ = try await req.supervision(member).act(on: id, try req.json(SupervisionStepInput.self), by: req.actor)
        return try await detail(req, member, id)
    }

    private func detail(_ req: Request, _ member: Accounts.Member, _ id: UUID) async throws -> SupervisionNoticeDTO {
        let repository = req.supervision(member)
        let row = try await repository.find(id)
        var dto = SupervisionNoticeDTO(row, today: req.today)
        dto.actions = repository.availableActions(for: row).map(\.rawValue)
        dto.alerts = try await repository.alerts(of: id).map(\.id)
        dto.deadline = repository.deadline(for: row).map {
            EnforcementDeadlineDTO(rule: $0.ruleID, title: $0.title, due: $0.due?.iso, explanation: $0.explanation)
        }
        dto.events = try await repository.events(of: id).map(SupervisionEventDTO.init)
        return dto
    }
}

struct SupervisionIssueRequest: Content {
    var alerts: [UUID]?
    var `case`: UUID?
    var kind: String?
    var findings: String?
    var requirement: String?
    var replyDays: String?
}

struct SupervisionNoticeDTO: Content {
    let id: UUID
    let number: String
    let kind: String
    let kindLabel: String
    let stage: String
    let stageLabel: String
    let issuer: String
    let supervisor: String
    let organisationID: UUID
    let organisation: String
    let caseID: UUID?
    let findings: String
    let requirement: String
    let replyDays: Int
    let issuedOn: String
    let dueOn: String?
    let repliedOn: String?
    let closedOn: String?
    let overdue: Bool
    var actions: [String]? = nil
    var alerts: [UUID]? = nil
    var deadline: EnforcementDeadlineDTO? = nil
    var events: [SupervisionEventDTO]? = nil

    init(_ row: SupervisionNoticeRow, today: CivilDate) {
        id = row.id
        number = row.number
        kind = row.kind.rawValue
        kindLabel = row.kind.label
        stage = row.stage.rawValue
        stageLabel = row.stage.label
        issuer = row.issuerName
        supervisor = row.supervisorName
        organisationID = row.organisationID
        organisation = row.organisationName
        caseID = row.caseID
        findings = row.findings
        requirement = row.requirement
        replyDays = row.replyDays
        issuedOn = row.issuedOn
        dueOn = row.dueOn
        repliedOn = row.repliedOn
        closedOn = row.closedOn
        overdue = row.isOverdue(on: today)
    }
}

struct SupervisionEventDTO: Content {
    let sequence: Int
    let action: String
    let stageAfter: String
    let text: String
    let organisation: String
    let author: String
    let onDay: String
    let at: Date
    let files: [EvidenceFileDTO]

    init(_ event: SupervisionEventRow) {
        sequence = event.sequence
        action = event.action
        stageAfter = event.stageAfter.rawValue
        text = event.text
        organisation = event.organisationName
        author = event.authorName
        onDay = event.onDay
        at = event.at
        files = event.files.map(EvidenceFileDTO.init)
    }
}
