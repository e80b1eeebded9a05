import Foundation

/// The fields that differ between an audit entry's before and after snapshots, for showing
/// "what changed" without making a reader compare two JSON documents.
public struct AuditDiff: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public let field: String
        public let before: String?
        public let after: String?
    }

    public let changes: [Change]

    /// Compares the top-level fields of two canonical JSON objects (either may be absent).
    public init(before: String?, after: String?) {
        let old = Self.fields(before)
        let new = Self.fields(after)
        changes = Set(old.keys).union(new.keys).sorted().compactMap { key in
            old[key] == new[key] ? nil : Change(field: key, before: old[key], after: new[key])
        }
    }

    static func fields(_ json: String?) -> [String: String] {
        guard let data = json?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object.mapValues(Self.text)
    }

    static func text(_ value: Any) -> String {
        switch value {
        case let s as String: return s
        // JSON booleans arrive as NSNumber subclasses; their class name is the only portable tell.
        case let b as Bool where String(describing: type(of: value)).contains("Boolean"): return b ? "是" : "否"
        case let n as NSNumber: return n.stringValue
        case let d as [String: Any]:
            return (d["value"] as? String) ?? d.keys.sorted().map { "\($0)=\(text(d[$0]!))" }.joined(separator: ", ")
        case let a as [Any]: return a.map(text).joined(separator: "、")
        case is NSNull: return "—"
        default: return "\(value)"
        }
    }
}
