import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/alerts`: the alerts (预警) of the member's scope, raised by case steps, by publicity and by the
/// sweep; 司法行政, administrators and legal units close them with a note.
struct EnforcementAlertController: RouteCollection {
    static let pageSize = 50
    /// The roles that close alerts: supervision (司法行政), the administrator, the department's legal unit.
    static let closers: Set<Role> = [.justice, .admin, .legalUnit]

    func boot(routes: any RoutesBuilder) throws {
        let alerts = routes.grouped("enforcement", "alerts")
        alerts.get(use: list)
        alerts.post(":id", "close", use: close)
    }

    /// The alerts by `?state=` (open, closed, all), `rule`, `case`, `page`.
    @Sendable func list(req: Request) async throws -> Response {
        try await render(req, query: EnforcementAlertsPage.Query(req))
    }

    /// Closes an open alert with a note; an empty note shows the list again with the message beside that alert.
    @Sendable func close(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice, .admin, .legalUnit)
        let id = try req.idParameter()
        let form = try req.content.decode(EnforcementAlertCloseForm.self)
        do {
            try await req.enforcementAlerts(member).close(id, note: form.note ?? "", by: req.actor)
            return Flash.redirect(req, to: "/enforcement/alerts", message: "已处理预警。")
        } catch let error as DomainError where !error.fields.isEmpty {
            var query = EnforcementAlertsPage.Query(req)
            query.failed = (id, form.note ?? "", error.fields)
            return try await render(req, query: query, status: .unprocessableEntity)
        }
    }

    private func render(_ req: Request, query: EnforcementAlertsPage.Query, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let result = try await req.enforcementAlerts(member).list(query.filter)
        let context = PageContext(req)
        return Layout.response(
            EnforcementAlertsPage.view(
                result.rows, total: result.total, query: query,
                mayClose: !member.user.roles.isDisjoint(with: Self.closers),
                maySupervise: !member.user.roles.isDisjoint(with: SupervisionRepository.supervisors), context),
            context: context, status: status)
    }
}
