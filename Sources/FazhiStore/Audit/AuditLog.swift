import FazhiCore
import Fluent
import Foundation

/// Appends audit entries. Called inside the same transaction as the write it records, so a
/// write and its entry are stored together or not at all.
///
/// The row is also the evidence ledger's outbox: `ledger_index` stays empty until the sequencer appends the
/// row's `AuditLeaf` to the log (see `LedgerSequencer.sequenceAuditEntries`), so every committed write reaches
/// the log, once, even if the process stops in between.
enum AuditLog {
    static func append(_ change: AuditChange, orgPath: OrgPath, by actor: Actor, on db: any Database) async throws {
        let entry = AuditEntryModel()
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
