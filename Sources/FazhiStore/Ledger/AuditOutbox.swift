import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The audit trail as the ledger's outbox: every `audit_entries` row is committed with the write it records, and
/// the sequencer later appends its ``AuditLeaf`` and sets `ledger_index` in one transaction. A row is therefore
/// logged once: never lost (it is durable before anyone is told the write succeeded) and never twice (the mark
/// and the entry commit together, and the mark is only set where it is still empty).
enum AuditOutbox {
    struct Row: Sendable {
        let id: UUID
        let ledgerIndex: Int64?
        let leaf: AuditLeaf
        /// Whether the row had no salts (written before the ledger existed); the outbox then stores new ones.
        let hadSalts: Bool
    }

    static let columns =
        "id, at, actor_id, actor_name, org_path, action, entity_type, entity_id, before, after, ledger_index, "
        + "actor_salt, before_salt, after_salt"

    /// Rows not yet in the log, oldest first, read in order from the outbox's partial index (SQLite's planner, which
    /// has no statistics, would rather read every pending row through `ledger_index` and sort them).
    static func pending(limit: Int, on db: any Database) async throws -> [Row] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(pendingStatement(limit: limit, on: sql)).all().map(row)
    }

    static func pendingStatement(limit: Int, on sql: any SQLDatabase) -> SQLQueryString {
        """
        SELECT \(unsafeRaw: columns) FROM audit_entries\(sql.indexedBy("audit_entries_pending"))
        WHERE ledger_index IS NULL ORDER BY at, id LIMIT \(unsafeRaw: String(max(1, limit)))
        """
    }

    /// Records where each row went, in the transaction that appends their entries. A row that is no longer
    /// pending means another process logged it first: the whole transaction is rolled back.
    ///
    /// Rows that carry their salts (all written since the ledger exists) are marked 500 to a statement: one UPDATE
    /// per row made marking cost as much as everything else the sequencer does. Older rows also get the salts made up
    /// for them, one by one.
    static func mark(_ rows: [Row], firstIndex: UInt64, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let indexed = rows.enumerated().map { (row: $0.element, index: Int64(firstIndex) + Int64($0.offset)) }
        for chunk in indexed.filter(\.row.hadSalts).chunked(by: 500) {
            let updated = try await sql.raw(markStatement(chunk.map { ($0.row.id, $0.index) })).all()
            guard updated.count == chunk.count else { throw LedgerError.outboxConflict }
        }
        for (row, index) in indexed where !row.hadSalts {
            let salts = row.leaf.salts
            let updated = try await sql.raw(
                """
                UPDATE audit_entries SET ledger_index = \(bind: index),
                actor_salt = \(bind: salts.actor.hex), before_salt = \(bind: salts.before.hex),
                after_salt = \(bind: salts.after.hex)
                WHERE id = \(bind: row.id) AND ledger_index IS NULL RETURNING id
                """
            ).all()
            guard updated.count == 1 else { throw LedgerError.outboxConflict }
        }
    }

    /// Sets each row's `ledger_index` where it is still empty, returning the ids it set.
    ///
    /// The `+` before `ledger_index` keeps SQLite from using that column's index: with 500 marks its planner
    /// otherwise walks every pending row and scans the marks for each (0.5 s more per statement for every
    /// 20,000 rows pending), instead of finding each mark's row by its id.
    static func markStatement(_ marks: [(id: UUID, index: Int64)]) -> SQLQueryString {
        let pairs = marks.map { "(\(bind: $0.id), \(bind: $0.index))" as SQLQueryString }.joined(separator: ", ")
        return """
            WITH marks(entry_id, idx) AS (VALUES \(pairs))
            UPDATE audit_entries SET ledger_index = marks.idx FROM marks
            WHERE audit_entries.id = marks.entry_id AND +audit_entries.ledger_index IS NULL RETURNING id
            """
    }

    /// Reads an audit row into its leaf. Missing salts (rows older than the ledger) are made up here; for rows
    /// already logged the auditor reads them back as stored.
    static func row(_ row: any SQLRow) throws -> Row {
        let stored = (
            try row.decode(column: "actor_salt", as: String?.self).flatMap(CommitmentSalt.init(hex:)),
            try row.decode(column: "before_salt", as: String?.self).flatMap(CommitmentSalt.init(hex:)),
            try row.decode(column: "after_salt", as: String?.self).flatMap(CommitmentSalt.init(hex:))
        )
        let salts: AuditSalts
        let hadSalts: Bool
        if let actor = stored.0, let before = stored.1, let after = stored.2 {
            salts = AuditSalts(actor: actor, before: before, after: after)
            hadSalts = true
        } else {
            salts = .random()
            hadSalts = false
        }
        let id = try row.decode(column: "id", as: UUID.self)
        return Row(
            id: id, ledgerIndex: try row.decode(column: "ledger_index", as: Int64?.self),
            leaf: AuditLeaf(
                id: id.uuidString.lowercased(),
                atMilliseconds: AuditLeaf.milliseconds(try row.decode(column: "at", as: Date.self)),
                action: try row.decode(column: "action", as: String.self),
                entityType: try row.decode(column: "entity_type", as: String.self),
                entityID: try row.decode(column: "entity_id", as: String.self),
                orgPath: try row.decode(column: "org_path", as: String.self),
                actorID: try row.decode(column: "actor_id", as: UUID?.self)?.uuidString.lowercased(),
                actorName: try row.decode(column: "actor_name", as: String.self),
                before: try row.decode(column: "before", as: String?.self),
                after: try row.decode(column: "after", as: String?.self), salts: salts),
            hadSalts: hadSalts)
    }
}
