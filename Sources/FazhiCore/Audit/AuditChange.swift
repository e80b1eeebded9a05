import Foundation

/// One write, as the audit trail records it: who did what to which record, in which
/// organisation, with the record's state before and after. The states are canonical JSON
/// (sorted keys) so that the evidence ledger can hash them as they are stored.
public struct AuditChange: Sendable, Equatable, Codable {
    public let action: String
    public let entityType: String
    public let entityID: String
    public let before: String?
    public let after: String?

    public init(action: String, entityType: String, entityID: String, before: String?, after: String?) {
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.before = before
        self.after = after
    }

    /// Builds a change from two snapshots of an encodable value.
    public static func of<T: Encodable>(
        _ action: String, _ entityType: String, id: String, before: T?, after: T?
    ) throws -> AuditChange {
        AuditChange(
            action: action, entityType: entityType, entityID: id,
            before: try before.map(canonicalJSON), after: try after.map(canonicalJSON))
    }

    /// Sorted-key JSON without escaped slashes: the same value always gives the same text.
    public static func canonicalJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
