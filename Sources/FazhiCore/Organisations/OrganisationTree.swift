/// Orders organisations for display as a tree.
public enum OrganisationTree {
    /// Depth-first: each organisation followed by those below it. Among siblings, departments
    /// come before the governments below, then by name. Organisations whose parent is not in
    /// the list (the top of a scope) start the list.
    public static func sorted(_ orgs: [Organisation]) -> [(org: Organisation, depth: Int)] {
        let ids = Set(orgs.map(\.id))
        let children = Dictionary(grouping: orgs) { org in org.parentID.flatMap { ids.contains($0) ? $0 : nil } }
        var result: [(Organisation, Int)] = []
        func visit(_ parent: Organisation.ID?, depth: Int) {
            let siblings = (children[parent] ?? []).sorted { a, b in
                let ga = a.kind == .government, gb = b.kind == .government
                return ga != gb ? !ga : a.name < b.name
            }
            for org in siblings {
                result.append((org, depth))
                visit(org.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return result
    }
}

extension OrganisationTree {
    /// The level name of each government (by how many governments lie above it on its path),
    /// and of each department the level of the government it belongs to, e.g. 「盟市」.
    public static func levelNames(_ orgs: [Organisation], preset: LevelPreset) -> [Organisation.ID: String] {
        let byID = Dictionary(uniqueKeysWithValues: orgs.map { ($0.id, $0) })
        var result: [Organisation.ID: String] = [:]
        for org in orgs {
            // Ancestors outside the list (above a scope) are unknown here; count only what we know.
            let governmentsAbove = org.path.ids.dropLast().filter { byID[$0]?.kind == .government }.count
            let depth = org.kind == .government ? governmentsAbove : governmentsAbove - 1
            result[org.id] = depth >= 0 ? preset.levelName(depth: depth) : nil
        }
        return result
    }
}
