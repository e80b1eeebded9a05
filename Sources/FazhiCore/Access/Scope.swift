/// The part of the organisation tree a user may see and change. Repositories are built
/// with a `Scope` and filter every query by it, so a query cannot forget it.
public struct Scope: Sendable, Equatable {
    /// The root of the visible subtree.
    public let root: OrgPath

    public init(root: OrgPath) { self.root = root }

    public func contains(_ path: OrgPath) -> Bool { root.contains(path) }

    /// The scope of a user who belongs to the organisation at the end of `chain` (root first).
    /// Supervision follows the tree: a justice bureau, a rule-of-law office and an
    /// administrator see the whole government they belong to; everybody else sees their own
    /// organisation and what lies below it.
    public static func of(member chain: [OrgSummary], roles: Set<Role>) -> Scope? {
        guard let own = chain.last else { return nil }
        let supervises =
            own.kind.supervisesGovernment || roles.contains(.admin) || roles.contains(.justice)
            || roles.contains(.ruleOfLawOffice)
        if supervises, let government = chain.last(where: { $0.kind == .government }) {
            return Scope(root: government.path)
        }
        return Scope(root: own.path)
    }
}

/// The few facts about an organisation that access rules need.
public struct OrgSummary: Sendable, Equatable {
    public let path: OrgPath
    public let kind: OrgKind

    public init(path: OrgPath, kind: OrgKind) {
        self.path = path
        self.kind = kind
    }
}

extension Scope {
    /// The scope of transfers of suspected crimes (两法衔接) for a member: a procuratorate sees those of the nearest
    /// government it sits in, like a justice bureau; everybody else has their usual scope. Kept apart from `of`, since
    /// several modules let anyone who sees a record write to it (a progress report, a step of a draft): widening the
    /// procuratorate's general scope would give it writes there.
    public static func transfers(member chain: [OrgSummary], roles: Set<Role>) -> Scope? {
        if roles.contains(.procuratorate), let government = chain.last(where: { $0.kind == .government }) {
            return Scope(root: government.path)
        }
        return of(member: chain, roles: roles)
    }

    /// The whole tree: for command-line tasks and background jobs acting on their own authority.
    public static let system = Scope(root: OrgPath(value: "/"))
}
