import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/dashboard`: 执法监督看板 — cases, decisions, fines, publicity, open and overdue cases, alerts and
/// review scores of the member's scope, by body, month or matter, each figure with its definition and a link to
/// the records it counts.
struct EnforcementDashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("enforcement", "dashboard", use: show)
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = EnforcementStatisticsQuery(req)
        var report: EnforcementStatisticsRepository.Report?
        if query.errors.isEmpty {
            report = try await req.enforcementStatistics(member).report(
                from: query.from, to: query.to, grouping: query.grouping)
        }
        let context = PageContext(req)
        return Layout.response(
            EnforcementDashboardPage.view(report, query: query, context), context: context,
            status: query.errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
