import FazhiCore
import Foundation
import SQLKit

/// Reads organisations with SQLKit instead of Fluent models on the hot paths (every signed-in
/// request resolves its member's chain; the directory lists the whole tree). Decoding a row by
/// column is several times cheaper than Fluent's model hydration.
enum OrganisationRow {
    static let columns = "id, name, short_name, kind, parent_id, path, credit_code, aliases, active"

    static func decode(_ row: any SQLRow) throws -> Organisation {
        Organisation(
            id: try row.decode(column: "id", as: UUID.self),
            name: try row.decode(column: "name", as: String.self),
            shortName: try row.decode(column: "short_name", as: String.self),
            kind: OrgKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
            parentID: try row.decode(column: "parent_id", as: UUID?.self),
            path: OrgPath(value: try row.decode(column: "path", as: String.self)),
            creditCode: try row.decode(column: "credit_code", as: String?.self),
            aliases: try row.decode(column: "aliases", as: String.self).split(separator: "|").map(String.init),
            active: try row.decode(column: "active", as: Bool.self))
    }

    /// Organisations whose path starts with `prefix`, optionally only active ones.
    static func list(under prefix: String, activeOnly: Bool, on sql: any SQLDatabase) async throws -> [Organisation] {
        let active = activeOnly ? " AND active = \(sql.dialect.name == "postgresql" ? "true" : "1")" : ""
        return try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM organisations WHERE path LIKE \(bind: prefix + "%")\(unsafeRaw: active)"
        ).all().map(decode)
    }

    /// The organisations with these ids, in no particular order.
    static func find(_ ids: [UUID], on sql: any SQLDatabase) async throws -> [Organisation] {
        guard !ids.isEmpty else { return [] }
        return try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM organisations WHERE id IN (\(binds: ids))"
        ).all().map(decode)
    }
}
