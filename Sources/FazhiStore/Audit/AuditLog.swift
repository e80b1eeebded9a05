import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Appends audit entries. Called inside the same transaction as the write it records, so a
/// write and its entry are stored together or not at all.
///
/// The row is also the evidence ledger's outbox: `ledger_index` stays empty until the sequencer appends the
/// row's `AuditLeaf` to the log (see `LedgerSequencer.sequenceAuditEntries`), so every committed write reaches
/// the log, once, even if the process stops in between.
enum AuditLog {
    static func append(_ change: AuditChange, orgPath: OrgPath, by actor: Actor, on db: any Database) async throws {
        let entry = AuditEntryModel()
        var ids = OrderedIDs()
        entry.id = ids.next()
        entry.at = Date()
        entry.actorID = actor.userID
        entry.actorName = actor.name
        entry.orgPath = orgPath.value
        entry.action = change.action
        entry.entityType = change.entityType
        entry.entityID = change.entityID
        entry.before = change.before
        entry.after = change.after
        entry.requestID = actor.requestID
        let salts = AuditSalts.random()
        entry.actorSalt = salts.actor.hex
        entry.beforeSalt = salts.before.hex
        entry.afterSalt = salts.after.hex
        try await entry.create(on: db)
    }
}

extension AuditLog {
    /// Appends many entries in a few statements: what a batch of case events writes (one entry per event).
    static func appendAll(
        _ changes: [(change: AuditChange, orgPath: OrgPath)], by actor: Actor, on sql: any SQLDatabase
    )
        async throws
    {
        guard !changes.isEmpty else { return }
        let now = Date()
        var ids = OrderedIDs(now: now)
        let rows: [[any Encodable & Sendable]] = changes.map { item in
            let salts = AuditSalts.random()
            return [
                ids.next(), now, actor.userID, actor.name, item.orgPath.value, item.change.action,
                item.change.entityType,
                item.change.entityID, item.change.before, item.change.after, actor.requestID, salts.actor.hex,
                salts.before.hex, salts.after.hex,
            ]
        }
        try await BulkInsert.run(
            into: "audit_entries",
            columns: [
                "id", "at", "actor_id", "actor_name", "org_path", "action", "entity_type", "entity_id", "before",
                "after",
                "request_id", "actor_salt", "before_salt", "after_salt",
            ], rows: rows, on: sql)
    }
}
