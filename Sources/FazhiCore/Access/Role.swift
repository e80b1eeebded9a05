/// The roles a signed-in user can hold (公众, the public, needs no account).
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case officer
    case legalUnit = "legal_unit"
    case justice
    case ruleOfLawOffice = "rule_of_law_office"
    case admin
    /// 检察监督: a procuratorate (检察机关) reads the transfers of suspected crimes (两法衔接) of its government and records
    /// 立案监督 opinions on them; it writes nothing else. Its scope is not widened by `Scope.of` (see `Scope.transfers`).
    case procuratorate

    public var label: String {
        switch self {
        case .officer: "执法人员"
        case .legalUnit: "部门法制员"
        case .justice: "司法行政"
        case .ruleOfLawOffice: "依法治理办"
        case .admin: "管理员"
        case .procuratorate: "检察监督"
        }
    }

    /// The roles that run inspections and assessments and write the annual report: the rule-of-law office owns
    /// them, the justice bureau supervises, the administrator stands in. One set, so that the three modules cannot
    /// disagree about who the office is.
    public static let supervisoryOffice: Set<Role> = [.ruleOfLawOffice, .justice, .admin]

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list of role codes or Chinese labels.
    public static func parseList(_ text: String) -> (roles: Set<Role>, unknown: [String]) {
        var roles = Set<Role>()
        var unknown: [String] = []
        for part in text.split(whereSeparator: { ",，、 ".contains($0) }) {
            let token = String(part)
            if let role = Role(rawValue: token) ?? allCases.first(where: { $0.label == token }) {
                roles.insert(role)
            } else {
                unknown.append(token)
            }
        }
        return (roles, unknown)
    }
}
