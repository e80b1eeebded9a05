import Foundation
import SQLKit

/// Names users mapped to organisations on a review screen, remembered per government so that the next plan of the
/// same government resolves them without asking again. A name mapped to nobody is remembered too (one row with no
/// organisation): the user decided it names no unit of the tree.
enum PlanUnitMappings {
    static func load(owner: UUID, on sql: any SQLDatabase) async throws -> [String: [UUID]] {
        let rows = try await sql.raw(
            "SELECT name, organisation_id FROM plan_unit_mappings WHERE owner_id = \(bind: owner) ORDER BY created_at"
        ).all()
        var mappings: [String: [UUID]] = [:]
        for row in rows {
            let name = try row.decode(column: "name", as: String.self)
            let id = try row.decode(column: "organisation_id", as: UUID?.self)
            mappings[name, default: []] += id.map { [$0] } ?? []
        }
        return mappings
    }

    /// Replaces what `names` were mapped to.
    static func save(_ mappings: [String: [UUID]], owner: UUID, by user: UUID?, on sql: any SQLDatabase) async throws {
        guard !mappings.isEmpty else { return }
        let names = Array(mappings.keys)
        try await sql.raw(
            "DELETE FROM plan_unit_mappings WHERE owner_id = \(bind: owner) AND name IN (\(binds: names))"
        ).run()
        let now = Date()
        var rows: [[any Encodable & Sendable]] = []
        for (name, ids) in mappings.sorted(by: { $0.key < $1.key }) {
            for id in ids.isEmpty ? [nil] : ids.map(Optional.some) {
                rows.append([UUID(), owner, name, id, user, now])
            }
        }
        try await BulkInsert.run(
            into: "plan_unit_mappings",
            columns: ["id", "owner_id", "name", "organisation_id", "created_by", "created_at"],
            rows: rows, on: sql)
    }
}
