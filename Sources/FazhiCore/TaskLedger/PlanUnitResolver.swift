import Foundation

/// Turns the units a plan names into organisations of the tree below the plan's government: named units through
/// the names and aliases of `PlanUnitDirectory`, collective names (「各市、县〔区〕」, 「区直有关部门」) by expanding them
/// to the matching governments or departments, and every name a user mapped before through `mappings`, which
/// win over everything else (the user has already said what the name means here).
public struct PlanUnitResolver: Sendable {
    /// An organisation as the resolver needs it.
    public struct Organisation: Sendable {
        public var id: UUID
        public var name: String
        public var shortName: String
        public var aliases: [String]
        public var kind: OrgKind
        public var parentID: UUID?
        /// Depth below the plan's government, 0 for the government itself.
        public var depth: Int

        public init(
            id: UUID, name: String, shortName: String, aliases: [String], kind: OrgKind, parentID: UUID?, depth: Int
        ) {
            self.id = id
            self.name = name
            self.shortName = shortName
            self.aliases = aliases
            self.kind = kind
            self.parentID = parentID
            self.depth = depth
        }
    }

    /// What one named unit came to.
    public enum Resolution: Sendable, Equatable {
        /// The organisations the name stands for; `needsReview` when a collective was expanded to all candidates
        /// although the plan says only the relevant ones (有关, 相关) are meant, or a remembered mapping skips it.
        case organisations([UUID], needsReview: Bool)
        /// Nothing matched: the user maps the name (or decides to assign it to nobody).
        case unresolved
    }

    private let government: UUID
    private let organisations: [Organisation]
    private let directory: PlanUnitDirectory<UUID>
    private let mappings: [String: [UUID]]

    /// - Parameters:
    ///   - government: the government whose plan this is (for a plan imported by its 依法治办, the government above).
    ///   - organisations: the government's subtree, itself included.
    ///   - mappings: names the users mapped before; an empty list means "assign to nobody".
    public init(government: UUID, organisations: [Organisation], mappings: [String: [UUID]]) {
        self.government = government
        // Nearer organisations first: a name two organisations share (「司法局」 of a city and of its districts) means
        // the one nearest the plan's government, which is the first the directory keeps.
        self.organisations = organisations.sorted { $0.depth < $1.depth }
        directory = PlanUnitDirectory(
            self.organisations.map { .init(id: $0.id, name: $0.name, aliases: [$0.shortName] + $0.aliases) })
        self.mappings = mappings
    }

    public func resolve(_ unit: PlanUnit) -> Resolution {
        if let mapped = mappings[unit.name] { return .organisations(mapped, needsReview: false) }
        switch unit.collective {
        case nil:
            return directory.resolve(unit).map { .organisations([$0], needsReview: false) } ?? .unresolved
        case .governments(let levels, let including)?:
            var ids = governments(endingWith: levels)
            for name in including {
                if let id = directory.resolve(PlanUnit(name: name, role: unit.role)), !ids.contains(id) {
                    ids.append(id)
                }
            }
            return ids.isEmpty ? .unresolved : .organisations(ids, needsReview: false)
        case .departments(_, let relevantOnly)?:
            let ids = organisations.filter { $0.parentID == government && $0.kind != .government }.map(\.id)
            return ids.isEmpty ? .unresolved : .organisations(ids, needsReview: relevantOnly)
        case .other?:
            return .unresolved
        }
    }

    /// Governments below the plan's whose place name ends in one of `levels` (市, 县, 区, 旗, 乡, 镇, 街道 …).
    private func governments(endingWith levels: [String]) -> [UUID] {
        organisations.filter { org in
            guard org.kind == .government, org.id != government else { return false }
            return ([org.name, org.shortName] + org.aliases).contains { name in
                let place = Self.placeName(name)
                return levels.contains { place.hasSuffix($0) }
            }
        }.map(\.id)
    }

    /// 「呼和浩特市新城区人民政府」 → 「呼和浩特市新城区」, 「…街道办事处」 → 「…街道」.
    static func placeName(_ name: String) -> String {
        for suffix in ["人民政府", "办事处", "政府"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
