import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 期限管理: the deadlines watched for the user's organisations, each with its explanation, events and the moves
/// the calendar caused.
struct DeadlineController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let deadlines = routes.grouped("deadlines")
        deadlines.get(use: list)
        deadlines.get("new", use: newForm)
        deadlines.post(use: create)
        deadlines.get(":id", use: show)
        deadlines.post(":id", "events", use: addEvent)
        deadlines.post(":id", "close", use: close)
        deadlines.post(":id", "reopen", use: reopen)
    }

    /// The form as posted; every field optional so that a missing one is a field error, not a 400.
    struct DeadlineForm: Content {
        var subject: String?
        var ruleID: String?
        var start: String?
        var startTime: String?
        var ownerID: String?
    }

    struct EventForm: Content {
        var type: String?
        var date: String?
        var amount: String?
        var note: String?
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let filter = DeadlineFilter(rawValue: (try? req.query.get(String.self, at: "filter")) ?? "") ?? .open
        let calendar = req.calendar.calendar
        let listings = try await req.deadlines(member).list(filter, today: req.today, until: req.dueSoonUntil)
        let context = PageContext(req)
        return Layout.response(
            DeadlineListPage.view(
                listings, filter: filter, today: req.today, calendar: calendar,
                horizon: req.services.config.reminders.horizon,
                context),
            context: context)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        let member = try req.requireMember()
        var form = DeadlineForm()
        form.start = req.today.iso
        form.ownerID = member.user.id.uuidString
        form.ruleID = try? req.query.get(String.self, at: "rule")
        return try await render(req, member, form: form, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(DeadlineForm.self)
        do {
            var errors: [FieldError] = []
            let start = FormDate.read(form.start, field: "start", label: "起算日", errors: &errors)
            let owner = form.ownerID.flatMap(UUID.init(uuidString:))
            if owner == nil { errors.append(FieldError("ownerID", "请选择承办人")) }
            let input = TrackedDeadlineInput(
                subject: form.subject ?? "", ruleID: form.ruleID ?? "", start: start,
                startTime: form.startTime.flatMap { $0.isEmpty ? nil : $0 }, ownerID: owner)
            do { _ = try input.validated() } catch { errors += error.fields.filter { e in !errors.contains(e) } }
            if !errors.isEmpty { throw DomainError.invalid(errors) }
            let created = try await req.deadlines(member).create(
                input, defaultOrganisation: member.organisation.id, defaultOwner: member.user.id,
                calendar: req.calendar, by: req.actor)
            return Flash.redirect(req, to: "/deadlines/\(created.id)", message: "已登记期限「\(created.subject)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, member, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        return try await renderDetail(req, member, id: try req.idParameter(), form: EventForm(), errors: [])
    }

    @Sendable func addEvent(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(EventForm.self)
        do {
            var errors: [FieldError] = []
            let date = FormDate.read(form.date, field: "date", label: "事件日期", errors: &errors)
            var amount: Int? = nil
            if let text = form.amount, !text.isEmpty {
                amount = Int(text)
                if amount == nil { errors.append(FieldError("amount", "延长期限应为整数")) }
            }
            guard errors.isEmpty, let date else { throw DomainError.invalid(errors) }
            let event = try DeadlineEvent.from(type: form.type ?? "", date: date, amount: amount, note: form.note)
            let updated = try await req.deadlines(member).addEvent(id, event, calendar: req.calendar, by: req.actor)
            let due = updated.due.map { "届满日为 \($0)" } ?? "期限中止中"
            return Flash.redirect(req, to: "/deadlines/\(id)", message: "已登记「\(event.label)」，\(due)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderDetail(
                req, member, id: id, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func close(req: Request) async throws -> Response { try await setStatus(req, .closed) }

    @Sendable func reopen(req: Request) async throws -> Response { try await setStatus(req, .open) }

    private func setStatus(_ req: Request, _ status: TrackedDeadline.Status) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let deadline = try await req.deadlines(member).setStatus(id, status, by: req.actor)
        return Flash.redirect(
            req, to: "/deadlines/\(id)",
            message: status == .closed ? "「\(deadline.subject)」已办结。" : "「\(deadline.subject)」已重新打开。")
    }

    private func render(
        _ req: Request, _ member: Accounts.Member, form: DeadlineForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let owners = try await req.users(member).list().filter(\.user.active)
        let context = PageContext(req)
        return Layout.response(
            DeadlineFormPage.view(form: form, owners: owners, errors: errors, context), context: context,
            status: status)
    }

    private func renderDetail(
        _ req: Request, _ member: Accounts.Member, id: UUID, form: EventForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let repo = req.deadlines(member)
        let listing = try await repo.find(id)
        var page = DeadlineDetailPage(
            listing: listing, computed: listing.deadline.explained(with: req.calendar.calendar),
            moves: try await repo.moves(of: id), today: req.today,
            horizon: req.services.config.reminders.horizon, form: form, errors: errors)
        if let basis = DeadlineRules.rule(listing.deadline.ruleID)?.basis,
            let citation = LawCitation(statute: basis.statute, article: basis.article)
        {
            page.basis = try await LawCitationCheck(db: req.db).check(
                citation, citedVersion: CivilDate(iso: basis.version), on: req.today)
        }
        let context = PageContext(req)
        return Layout.response(
            DeadlineDetailPage.view(page, calendar: req.calendar.calendar, context), context: context, status: status)
    }
}
