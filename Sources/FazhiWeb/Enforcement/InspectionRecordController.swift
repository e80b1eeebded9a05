import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/inspections` (涉企检查): the inspections of enterprises in the member's scope, the
/// repeated-inspection alerts over them, and (for officers, legal units and administrators) the record form.
struct EnterpriseInspectionController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let inspections = routes.grouped("enforcement", "inspections")
        inspections.get(use: list)
        inspections.post(use: create)
    }

    /// The list by `?q=` (credit code or name), `kind`, `alerted=true`, `page`, with the open alerts and the form.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let bodies = try await req.enforcementCases(member).bodies()
        let own = bodies.first { $0.id == member.organisation.id }?.id ?? bodies.first?.id
        return try await render(req, form: .blank(body: own, today: req.today))
    }

    /// Records one inspection; field refusals beside the fields (422). A form posted again is recognised by its
    /// client id and records nothing more.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let form = try req.content.decode(EnterpriseInspectionForm.self)
        guard let body = form.body.flatMap(UUID.init(uuidString:)) else {
            return try await render(
                req, form: form, errors: [FieldError("body", "请选择执法主体")], status: .unprocessableEntity)
        }
        let outcomes = try await req.enterpriseInspections(member).record(
            body: body, [form.input], source: "page", by: req.actor)
        switch outcomes.first {
        case .applied(_, let alerts) where !alerts.isEmpty:
            return Flash.redirect(
                req, to: "/enforcement/inspections",
                message: "已记录检查，并产生预警：\(alerts.map(\.title).joined(separator: "、"))。")
        case .applied:
            return Flash.redirect(req, to: "/enforcement/inspections", message: "已记录检查。")
        case .duplicate:
            return Flash.redirect(req, to: "/enforcement/inspections", message: "该检查记录已经提交过，未重复记录。")
        case .refused(let error):
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        case nil:
            throw Abort(.internalServerError)
        }
    }

    private func render(
        _ req: Request, form: EnterpriseInspectionForm, errors: [FieldError] = [], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let repository = req.enterpriseInspections(member)
        let query = EnterpriseInspectionListPage.Query(req)
        let result = try await repository.list(query.filter)
        let model = EnterpriseInspectionListPage.Model(
            rows: result.rows, total: result.total, query: query, alerts: try await repository.alerts(open: true),
            bodies: repository.mayRecord ? try await req.enforcementCases(member).bodies() : [],
            mayRecord: repository.mayRecord, form: form, errors: errors)
        let context = PageContext(req)
        return Layout.response(EnterpriseInspectionListPage.view(model, context), context: context, status: status)
    }
}
