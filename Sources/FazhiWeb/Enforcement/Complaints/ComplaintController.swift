import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/complaints`: complaints and reports (投诉举报) routed inside the member's scope. The handling body
/// accepts or refuses, then replies; a supervising bureau reassigns within its subtree and sets the region's answer
/// period.
struct ComplaintController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let complaints = routes.grouped("enforcement", "complaints")
        complaints.get(use: list)
        complaints.post("policy", use: setPolicy)
        complaints.get(":id", use: show)
        complaints.post(":id", "steps", use: act)
    }

    /// The complaints by `?stage&kind&source&overdue=true&page`.
    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(req)
    }

    /// Sets the region's answer period (司法行政, admin); a bad number is shown beside the field (422).
    @Sendable func setPolicy(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin)
        let days = try? req.content.get(String.self, at: "replyDays")
        do {
            let policy = try await req.complaints(member).setPolicy(replyDays: days, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/complaints", message: "已将本地区投诉举报答复期限设为\(policy.replyWorkingDays)个工作日。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, policyErrors: error.fields, status: .unprocessableEntity)
        }
    }

    /// One complaint: what was sent, the complainant (for the answer), the due day with 「期限如何计算」, the form for
    /// the member's side, the complainant's view and the history.
    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, posted: ComplaintPage.Posted())
    }

    /// Takes a step; nothing is recorded on a refusal (422 beside the fields, 409 above the form).
    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(ComplaintStepForm.self)
        do {
            let row = try await req.complaints(member).act(on: id, form.input, by: req.actor)
            let action = form.action.flatMap(ComplaintAction.init(rawValue:)) ?? .accept
            let message =
                action == .reassign
                ? "已转\(row.organisationName)办理。" : "已\(action.label)。投诉举报现处于「\(row.stage.label)」。"
            let stillVisible = (try? await req.complaints(member).find(id)) != nil
            return Flash.redirect(
                req, to: stillVisible ? "/enforcement/complaints/\(id)" : "/enforcement/complaints", message: message)
        } catch let error as DomainError {
            let posted = ComplaintPage.Posted(action: form.action, text: form.text, target: form.target)
            switch error {
            case .invalid(let fields):
                var refused = posted
                refused.errors = fields
                return try await render(req, posted: refused, status: .unprocessableEntity)
            case .conflict(let message):
                var refused = posted
                refused.problem = message
                return try await render(req, posted: refused, status: .conflict)
            default: throw error
            }
        }
    }

    private func renderList(
        _ req: Request, policyErrors: [FieldError] = [], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let repository = req.complaints(member)
        let query = ComplaintListPage.Query(req)
        let result = try await repository.list(query.filter)
        let context = PageContext(req)
        let model = ComplaintListPage.Model(
            rows: result.rows, total: result.total, query: query, policy: try await repository.policy(),
            maySetPolicy: !member.user.roles.isDisjoint(with: ComplaintRepository.supervisors),
            policyErrors: policyErrors, today: req.today)
        return Layout.response(ComplaintListPage.view(model, context), context: context, status: status)
    }

    private func render(_ req: Request, posted: ComplaintPage.Posted, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let repository = req.complaints(member)
        let row = try await repository.find(try req.idParameter())
        let actions = repository.availableActions(for: row)
        let model = ComplaintPage.Model(
            row: row, deadline: try await repository.deadline(for: row), actions: actions,
            targets: actions.contains(.reassign) ? try await repository.reassignTargets(for: row) : [],
            events: try await repository.events(of: row.id), today: req.today, posted: posted)
        let context = PageContext(req)
        return Layout.response(ComplaintPage.view(model, context), context: context, status: status)
    }
}
