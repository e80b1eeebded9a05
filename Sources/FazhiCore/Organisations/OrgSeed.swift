/// An organisation to create, with the organisations below it: the shape shared by the demo
/// region and the CSV import.
public struct OrgSeed: Sendable, Equatable {
    public var name: String
    public var shortName: String
    public var kind: OrgKind
    public var aliases: [String]
    public var creditCode: String?
    public var children: [OrgSeed]

    public init(
        name: String, shortName: String, kind: OrgKind, aliases: [String] = [], creditCode: String? = nil,
        children: [OrgSeed] = []
    ) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.aliases = aliases
        self.creditCode = creditCode
        self.children = children
    }

    /// Every organisation in this tree, this one first.
    public var count: Int { 1 + children.reduce(0) { $0 + $1.count } }
}
