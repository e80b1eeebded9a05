/// What an organisation is. Access rules depend on it: a justice bureau or a rule-of-law
/// office supervises the whole government it belongs to, not only itself.
public enum OrgKind: String, Codable, CaseIterable, Sendable {
    case government
    case department
    case enforcementAgency = "enforcement_agency"
    case justiceBureau = "justice_bureau"
    case ruleOfLawOffice = "rule_of_law_office"
    case other

    /// Chinese label shown in the interface.
    public var label: String {
        switch self {
        case .government: "人民政府"
        case .department: "政府部门"
        case .enforcementAgency: "行政执法机关"
        case .justiceBureau: "司法行政机关"
        case .ruleOfLawOffice: "依法治理办"
        case .other: "其他"
        }
    }

    /// Whether this kind supervises its parent government's whole subtree.
    public var supervisesGovernment: Bool { self == .justiceBureau || self == .ruleOfLawOffice }
}
