import Foundation

/// The materialised path of an organisation: the ids from the root down to it, written
/// `/id1/id2/id3/`. A subtree is every path with the same prefix, so the scope test is a
/// string prefix in Swift and a `LIKE 'prefix%'` in SQL, on SQLite and PostgreSQL alike.
public struct OrgPath: Hashable, Codable, Sendable, CustomStringConvertible {
    public let value: String

    public init(value: String) { self.value = value }

    public static func root(_ id: UUID) -> OrgPath { OrgPath(value: "/\(id.uuidString.lowercased())/") }

    public func child(_ id: UUID) -> OrgPath { OrgPath(value: value + id.uuidString.lowercased() + "/") }

    /// Ids from the root to this organisation.
    public var ids: [UUID] { value.split(separator: "/").compactMap { UUID(uuidString: String($0)) } }

    /// Depth in the tree, 0 for a root.
    public var depth: Int { max(ids.count - 1, 0) }

    /// Whether `other` is this organisation or one below it.
    public func contains(_ other: OrgPath) -> Bool { other.value.hasPrefix(value) }

    /// This path with its prefix `old` replaced by `new` (for moving a subtree).
    public func rebased(from old: OrgPath, to new: OrgPath) -> OrgPath {
        precondition(old.contains(self))
        return OrgPath(value: new.value + value.dropFirst(old.value.count))
    }

    public var description: String { value }
}
