import FazhiCore
import Foundation
import SQLKit

extension AuditRepository {
    /// 证明材料 of an audit record in scope: the log entry and the values and salts of its commitments. Nil when the
    /// record is outside the scope, unknown, or not logged yet.
    public func opening(id: UUID) async throws -> AuditOpening? {
        let sql = db as! any SQLDatabase
        let row = try await sql.raw(
            """
            SELECT \(unsafeRaw: AuditOutbox.columns) FROM audit_entries
            WHERE id = \(bind: id) AND org_path LIKE \(bind: scope.root.value + "%")
            """
        ).first().map(AuditOutbox.row)
        guard let row, row.hadSalts, let index = row.ledgerIndex else { return nil }
        return AuditOpening(leaf: row.leaf, entryIndex: UInt64(index))
    }
}
