import Fluent
import Foundation

/// Table `audit_entries`: append-only; nothing in the code updates or deletes a row, except that the ledger
/// outbox records, once, where the row went in the evidence log.
/// `org_path` is the path of the organisation the changed record belongs to, so the
/// supervising justice bureau sees the entries of its subtree with the same prefix filter.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "org_path") var orgPath: String
    @Field(key: "action") var action: String
    @Field(key: "entity_type") var entityType: String
    @Field(key: "entity_id") var entityID: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @OptionalField(key: "request_id") var requestID: String?
    /// The entry's index in the evidence log, set in the transaction that appends it (the outbox): nil means
    /// not yet logged.
    @OptionalField(key: "ledger_index") var ledgerIndex: Int64?
    /// Hex salts of the commitments in the log entry (see `AuditLeaf`); secret like the record itself.
    @OptionalField(key: "actor_salt") var actorSalt: String?
    @OptionalField(key: "before_salt") var beforeSalt: String?
    @OptionalField(key: "after_salt") var afterSalt: String?

    public init() {}
}
