import FazhiCore
import Fluent
import Foundation

/// Appends audit entries. Called inside the same transaction as the write it records, so a
/// write and its entry are stored together or not at all.
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
        try await entry.create(on: db)
    }
}
