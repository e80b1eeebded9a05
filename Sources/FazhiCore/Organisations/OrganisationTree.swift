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
