/// A responsible unit (责任单位) as a plan names it, with its shared prefix restored: 「自治区党委宣传部、依法治区办」
/// names 「自治区党委宣传部」 and 「自治区党委依法治区办」.
public struct PlanUnit: Sendable, Equatable, Hashable {
    public enum Role: String, Sendable, Codable {
        /// 牵头单位: leads the task.
        case lead
        /// 配合单位, 参与单位: works with the lead.
        case cooperating
        /// 责任单位 with no lead named: answers for the task.
        case responsible

        public var label: String {
            switch self {
            case .lead: "牵头"
            case .cooperating: "配合"
            case .responsible: "责任"
            }
        }
    }

    /// The full name as read, e.g. 「自治区党委依法治区办」.
    public var name: String
    public var role: Role
    /// The words in the list, e.g. 「依法治区办」.
    public var written: String
    /// Other readings of a shared prefix, tried after `name` when resolving (「政法委」 after 「自治区党委组织部」 is
    /// read 「自治区党委政法委」, else 「自治区政法委」).
    public var alternatives: [String]
    /// Set for a collective name (「各市」, 「区直有关部门」) that stands for several organisations of the tree.
    public var collective: PlanCollective?

    public init(
        name: String, role: Role, written: String? = nil, alternatives: [String] = [], collective: PlanCollective? = nil
    ) {
        self.name = name
        self.role = role
        self.written = written ?? name
        self.alternatives = alternatives
        self.collective = collective
    }
}

/// What a collective name stands for, for the store to expand against the organisation tree.
public enum PlanCollective: Sendable, Equatable, Hashable {
    /// 「各市」, 「各县〔区〕」, 「各乡镇〔街道〕」, 「各镇街」, 「各旗县（市、区）」: the governments below the plan's
    /// author whose level or name ends in one of `levels` (市, 县, 区, 乡, 镇, 街道, 旗, 盟 …), and the organisations
    /// named in `including` (「开发区及各镇街」 includes 开发区).
    case governments(levels: [String], including: [String])
    /// 「区直有关部门」, 「区各部门」, 「自治区各有关部门」: departments of the government of `of` (「区」, 「自治区」;
    /// nil: the plan's author); `relevantOnly` for 有关/相关, which the user narrows down.
    case departments(of: String?, relevantOnly: Bool)
    /// Any other collective (「全面依法治区委员会各协调小组」, 「各成员单位」): the user maps it.
    case other
}
