import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/audit`: the audit trail within scope, for administrators and justice bureaus.
struct AuditAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("audit", use: list)
    }

    @Sendable func list(req: Request) async throws -> PageDTO<AuditEntryDTO> {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let page = max(1, (try? req.query.get(Int.self, at: "page")) ?? 1)
        let perPage = min(200, max(1, (try? req.query.get(Int.self, at: "perPage")) ?? 50))
        let result = try await req.audit(member).list(
            entityID: try? req.query.get(String.self, at: "entity"), page: page, perPage: perPage)
        return PageDTO(items: result.entries.map(AuditEntryDTO.init), total: result.total, page: page, perPage: perPage)
    }
}
