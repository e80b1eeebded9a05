import Foundation

/// Resolves the units a plan names against the organisation tree's names and aliases (PlanUnitDirectory).
/// The store builds it from the organisations in scope, with the mappings users made earlier given as aliases,
/// and shows the unresolved names for the user to map once.
///
/// A name matches, in order: a name or alias exactly; one of the unit's other prefix readings; the same
/// ignoring brackets' widths and 「人民」 in court names (「高级法院」 is 「高级人民法院」); a single organisation
/// whose name ends with the unit's name (「自治区司法厅」 in 「宁夏回族自治区司法厅」). Collective names are not
/// looked up: they are expanded by level and kind.
public struct PlanUnitDirectory<ID: Hashable & Sendable>: Sendable {
    public struct Entry: Sendable {
        public var id: ID
        public var name: String
        public var aliases: [String]

        public init(id: ID, name: String, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.aliases = aliases
        }
    }

    public struct Resolution: Sendable {
        /// Each named unit that matched, with its organisation.
        public var resolved: [(unit: PlanUnit, id: ID)] = []
        /// Names that matched nothing (or more than one organisation), once each, in order of first mention.
        public var unresolved: [String] = []
        /// Collective names, for expansion against the tree.
        public var collective: [PlanUnit] = []
    }

    private var exact: [String: ID] = [:]
    private var loose: [String: ID?] = [:]
    private var names: [(key: String, id: ID)] = []

    public init(_ entries: [Entry]) {
        for entry in entries {
            for name in [entry.name] + entry.aliases {
                if exact[name] == nil { exact[name] = entry.id }
                let key = Self.looseKey(name)
                // Two organisations with the same loose key make it ambiguous (nil).
                if let existing = loose[key], existing != entry.id {
                    loose[key] = .some(nil)
                } else {
                    loose[key] = entry.id
                }
                names.append((key, entry.id))
            }
        }
    }

    /// The organisation a named unit stands for, or nil.
    public func resolve(_ unit: PlanUnit) -> ID? {
        let candidates = [unit.name] + unit.alternatives + (unit.written == unit.name ? [] : [unit.written])
        for name in candidates {
            if let id = exact[name] { return id }
        }
        for name in candidates {
            if let found = loose[Self.looseKey(name)], let id = found { return id }
        }
        let key = Self.looseKey(unit.name)
        guard key.count >= 3 else { return nil }
        let ids = Set(names.filter { $0.key.hasSuffix(key) }.map(\.id))
        return ids.count == 1 ? ids.first : nil
    }

    public func resolve(_ units: [PlanUnit]) -> Resolution {
        var result = Resolution()
        for unit in units {
            if unit.collective != nil {
                if !result.collective.contains(where: { $0.name == unit.name }) { result.collective.append(unit) }
            } else if let id = resolve(unit) {
                result.resolved.append((unit, id))
            } else if !result.unresolved.contains(unit.name) {
                result.unresolved.append(unit.name)
            }
        }
        return result
    }

    static func looseKey(_ name: String) -> String {
        var key = ""
        for c in name.unicodeScalars where !PlanScalars.isSpace(c) {
            switch c {
            case "〔", "(", "［", "[": key.unicodeScalars.append("（")
            case "〕", ")", "］", "]": key.unicodeScalars.append("）")
            default: key.unicodeScalars.append(c)
            }
        }
        return key.replacingOccurrences(of: "人民法院", with: "法院").replacingOccurrences(of: "人民检察院", with: "检察院")
    }
}
