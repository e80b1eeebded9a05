import FazhiCore
import Foundation
import SQLKit

extension AuditRepository {
    /// The newest entries in scope, without counting them all (for the workbench). Ordered by time alone, so that
    /// SQLite reads them straight off the `at` index instead of sorting the whole trail.
    public func recent(limit: Int) async throws -> [AuditEntry] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            SELECT id, at, actor_name, action, entity_type, entity_id, before, after, request_id, ledger_index
            FROM audit_entries
            WHERE org_path LIKE \(scope.root.sqlSubtreePattern) ORDER BY at DESC LIMIT \(unsafeRaw: String(max(0, limit)))
            """
        ).all().map { row in
            AuditEntry(
                id: try row.decode(column: "id", as: UUID.self), at: try row.decode(column: "at", as: Date.self),
                actorName: try row.decode(column: "actor_name", as: String.self),
                action: try row.decode(column: "action", as: String.self),
                entityType: try row.decode(column: "entity_type", as: String.self),
                entityID: try row.decode(column: "entity_id", as: String.self),
                before: try row.decode(column: "before", as: String?.self),
                after: try row.decode(column: "after", as: String?.self),
                requestID: try row.decode(column: "request_id", as: String?.self),
                ledgerIndex: try row.decode(column: "ledger_index", as: Int64?.self))
        }
    }
}
