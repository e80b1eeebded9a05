import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Keeps `enforcement_case_stats`, the monthly sums of `CaseTally` per body and matter, in step with the cases: a
/// batch of steps adds each changed case's `after − before` in the transaction that writes the steps, and a
/// publication adds one to its month. `rebuild` recomputes everything from the cases' facts.
public enum EnforcementStatistics {
    /// A row of the table.
    struct Key: Hashable {
        var organisationID: UUID
        var orgPath: String
        var matterCode: String
        var month: StatisticsMonth
    }

    /// What a case changed from `before` (nil: a new case) to `after` adds to the sums.
    static func delta(
        from before: CaseFacts?, to after: CaseFacts, organisationID: UUID, orgPath: String
    ) -> [Key: CaseTally] {
        var result: [Key: CaseTally] = [:]
        func key(_ facts: CaseFacts, _ month: StatisticsMonth) -> Key {
            Key(organisationID: organisationID, orgPath: orgPath, matterCode: facts.matterCode ?? "", month: month)
        }
        for (month, tally) in after.tallies { result[key(after, month), default: CaseTally()] = tally }
        for (month, tally) in before?.tallies ?? [:] {
            result[key(before!, month), default: CaseTally()] =
                result[key(before!, month), default: CaseTally()] + -tally
        }
        return result.filter { !$0.value.isZero }
    }

    /// Adds `deltas` to the table (an upsert per row, in the caller's transaction).
    static func add(_ deltas: [Key: CaseTally], on sql: any SQLDatabase) async throws {
        for chunk in Array(deltas).chunked(by: 200) {
            let rows: [SQLQueryString] = chunk.map { key, t in
                """
                (\(bind: key.organisationID), \(bind: key.orgPath), \(bind: key.matterCode), \(bind: key.month.description), \
                \(bind: t.filed), \(bind: t.decided), \(bind: t.noPenalty), \(bind: t.fineFen), \(bind: t.closed), \
                \(bind: t.ended), \(bind: t.published))
                """
            }
            try await sql.raw(
                """
                INSERT INTO enforcement_case_stats (organisation_id, org_path, matter_code, month, filed, decided,
                    no_penalty, fine_fen, closed, ended, published)
                VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (organisation_id, matter_code, month) DO UPDATE SET
                    filed = enforcement_case_stats.filed + excluded.filed,
                    decided = enforcement_case_stats.decided + excluded.decided,
                    no_penalty = enforcement_case_stats.no_penalty + excluded.no_penalty,
                    fine_fen = enforcement_case_stats.fine_fen + excluded.fine_fen,
                    closed = enforcement_case_stats.closed + excluded.closed,
                    ended = enforcement_case_stats.ended + excluded.ended,
                    published = enforcement_case_stats.published + excluded.published
                """
            ).run()
        }
    }

    /// Recomputes the whole table (and each case's `outcome`) from the cases' facts and the publications, in one
    /// transaction: for `fazhi enforcement rebuild-statistics`, and to prove the running sums right.
    @discardableResult
    public static func rebuild(on db: any Database) async throws -> Int {
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("DELETE FROM enforcement_case_stats").run()
            var sums: [Key: CaseTally] = [:]
            var outcomes: [String: [UUID]] = [:]
            var count = 0
            var after: UUID?
            let decoder = JSONDecoder()
            // Pages in id order, so memory stays flat however many cases there are.
            while true {
                let next: SQLQueryString = after.map { "WHERE id > \(bind: $0)" as SQLQueryString } ?? ""
                let rows = try await sql.raw(
                    """
                    SELECT id, organisation_id, org_path, facts FROM enforcement_cases
                    \(next) ORDER BY id LIMIT 5000
                    """
                ).all()
                guard !rows.isEmpty else { break }
                for row in rows {
                    let id = try row.decode(column: "id", as: UUID.self)
                    let facts = try decoder.decode(
                        CaseFacts.self, from: Data(try row.decode(column: "facts", as: String.self).utf8))
                    for (key, tally) in delta(
                        from: nil, to: facts, organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                        orgPath: try row.decode(column: "org_path", as: String.self))
                    {
                        sums[key, default: CaseTally()] = sums[key, default: CaseTally()] + tally
                    }
                    if let outcome = facts.outcome { outcomes[outcome, default: []].append(id) }
                    count += 1
                }
                after = try rows.last!.decode(column: "id", as: UUID.self)
            }
            for row in try await sql.raw(
                """
                SELECT c.organisation_id, c.org_path, c.matter_code, p.published_on FROM enforcement_publications p
                JOIN enforcement_cases c ON c.id = p.case_id
                """
            ).all() {
                guard let day = CivilDate(iso: try row.decode(column: "published_on", as: String.self)) else {
                    continue
                }
                let key = Key(
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    orgPath: try row.decode(column: "org_path", as: String.self),
                    matterCode: try row.decode(column: "matter_code", as: String.self), month: StatisticsMonth(day))
                sums[key, default: CaseTally()].published += 1
            }
            try await add(sums, on: sql)
            for (outcome, ids) in outcomes {
                for chunk in ids.chunked(by: 500) {
                    try await sql.raw(
                        "UPDATE enforcement_cases SET outcome = \(bind: outcome) WHERE id IN (\(binds: Array(chunk)))"
                    ).run()
                }
            }
            return count
        }
    }
}
