import FazhiCore
import Fluent
import SQLKit

/// How much a scope holds, in one query (the workbench shows it on every visit).
public struct ScopeSummary: Sendable, Equatable {
    public let organisations: Int
    public let users: Int

    public static func of(_ scope: Scope, on db: any Database) async throws -> ScopeSummary {
        let sql = db as! any SQLDatabase
        let prefix = scope.root.value + "%"
        let row = try await sql.raw(
            """
            SELECT (SELECT COUNT(*) FROM organisations WHERE path LIKE \(bind: prefix)) AS organisations,
                   (SELECT COUNT(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
                    WHERE o.path LIKE \(bind: prefix)) AS users
            """
        ).first()
        return ScopeSummary(
            organisations: try row?.decode(column: "organisations", as: Int.self) ?? 0,
            users: try row?.decode(column: "users", as: Int.self) ?? 0)
    }
}
