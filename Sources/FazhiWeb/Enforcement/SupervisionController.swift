import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/supervision`: supervision notices (督办). A justice bureau issues one from open alerts (or a case) of
/// an agency in its subtree; the agency replies with files; the bureau accepts, returns or escalates it.
struct SupervisionController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let supervision = routes.grouped("enforcement", "supervision")
        supervision.get(use: list)
        supervision.get("new", use: new)
        supervision.post(use: create)
        supervision.get(":id", use: show)
        supervision.on(.POST, ":id", "steps", body: .collect(maxSize: UploadLimit.maximum), use: act)
    }

    /// The notices by `?box=` (all, issued, addressed), `stage`, `overdue=true`, `page`.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = SupervisionListPage.Query(req)
        let result = try await req.supervision(member).list(query.filter)
        let context = PageContext(req)
        return Layout.response(
            SupervisionListPage.view(
                result.rows, total: result.total, query: query,
                mayIssue: !member.user.roles.isDisjoint(with: SupervisionRepository.supervisors), today: req.today,
                context),
            context: context)
    }

    /// The issue form for `?alert=…` (one or more) or `?case=…`; the reply period proposed is the one the region
    /// over the agency set on `/enforcement/policy` (15 working days, 参照, while none is set).
    @Sendable func new(req: Request) async throws -> Response {
        let form = SupervisionNoticeForm(
            alert: try? req.query.get([String].self, at: "alert"), case: try? req.query.get(String.self, at: "case"),
            kind: nil, findings: nil, requirement: nil, replyDays: nil)
        return try await renderNew(req, form: form)
    }

    /// Issues the notice; field errors show beside the fields (422), a refusal above the form (409).
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let form = try req.content.decode(SupervisionNoticeForm.self)
        do {
            let notice = try await req.supervision(member).issue(
                form.input, alerts: form.alertIDs, caseID: form.caseID, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/supervision/\(notice.id)",
                message: "已发出\(notice.kind.label)「\(notice.number)」，答复期限至\(notice.dueOn ?? "")。")
        } catch let error as DomainError {
            switch error {
            case .invalid(let fields):
                return try await renderNew(req, form: form, errors: fields, status: .unprocessableEntity)
            case .conflict(let message):
                return try await renderNew(req, form: form, problem: message, status: .conflict)
            default: throw error
            }
        }
    }

    /// One notice: the text, the reply period with 「期限如何计算」, the form for the member's side, the history.
    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, posted: SupervisionPage.Posted())
    }

    /// Takes a step (multipart: a reply carries files). Nothing is recorded on a refusal.
    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        var form = try req.content.decode(SupervisionStepForm.self)
        do {
            let row = try await req.supervision(member).act(on: id, form.input, files: form.evidence, by: req.actor)
            let action = form.action.flatMap(SupervisionAction.init(rawValue:)) ?? .reply
            return Flash.redirect(
                req, to: "/enforcement/supervision/\(id)", message: "已\(action.label)。督办现处于「\(row.stage.label)」。")
        } catch let error as DomainError {
            form.files = nil
            switch error {
            case .invalid(let fields):
                return try await render(
                    req, posted: .init(action: form.action, text: form.text, errors: fields),
                    status: .unprocessableEntity)
            case .conflict(let message):
                return try await render(
                    req, posted: .init(action: form.action, text: form.text, problem: message), status: .conflict)
            default: throw error
            }
        }
    }

    private func renderNew(
        _ req: Request, form: SupervisionNoticeForm, errors: [FieldError] = [], problem: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let target = try await req.supervision(member).target(alerts: form.alertIDs, caseID: form.caseID)
        let policy = try await EnforcementPolicies.applied(to: target.orgPath, on: req.db).policy.supervision
        var form = form
        if form.replyDays == nil { form.replyDays = String(policy.replyWorkingDays) }
        let context = PageContext(req)
        return Layout.response(
            SupervisionNewPage.view(
                .init(target: target, form: form, errors: errors, problem: problem, policy: policy), context),
            context: context, status: status)
    }

    private func render(_ req: Request, posted: SupervisionPage.Posted, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let repository = req.supervision(member)
        let id = try req.idParameter()
        let row = try await repository.find(id)
        let model = SupervisionPage.Model(
            row: row, deadline: repository.deadline(for: row), actions: repository.availableActions(for: row),
            events: try await repository.events(of: id), alerts: try await repository.alerts(of: id), today: req.today,
            posted: posted)
        let context = PageContext(req)
        return Layout.response(SupervisionPage.view(model, context), context: context, status: status)
    }
}
