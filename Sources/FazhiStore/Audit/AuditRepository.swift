import FazhiCore
import Fluent
import Foundation

/// One audit entry as pages and the API show it.
public struct AuditEntry: Sendable, Equatable, Codable {
    public let id: UUID
    public let at: Date
    public let actorName: String
    public let action: String
    public let entityType: String
    public let entityID: String
    public let before: String?
    public let after: String?
    public let requestID: String?
    /// Where the entry is in the evidence log; nil until the outbox has logged it (within a second or so).
    public var ledgerIndex: Int64? = nil
}

/// Reads the audit trail within a scope: admins and the supervising justice bureau see the
/// entries of records that belong to their subtree.
public struct AuditRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    /// The newest entries first, optionally of one entity.
    public func list(entityID: String? = nil, page: Int = 1, perPage: Int = 50) async throws -> (
        entries: [AuditEntry], total: Int
    ) {
        var query = AuditEntryModel.query(on: db).filter(\.$orgPath =~ scope.root.value)
        if let entityID { query = query.filter(\.$entityID == entityID) }
        let total = try await query.count()
        let rows = try await query.sort(\.$at, .descending).sort(\.$id)
            .range(((page - 1) * perPage)..<(page * perPage)).all()
        return (
            rows.map {
                AuditEntry(
                    id: $0.id!, at: $0.at, actorName: $0.actorName, action: $0.action, entityType: $0.entityType,
                    entityID: $0.entityID, before: $0.before, after: $0.after, requestID: $0.requestID,
                    ledgerIndex: $0.ledgerIndex)
            }, total
        )
    }
}
