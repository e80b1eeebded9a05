/// The kind of a finding (问题类别), by the area of rule-of-law government it concerns: the areas of the national
/// 法治政府建设实施纲要（2021—2025年）, so that findings and the assessment speak of the same things.
public enum InspectionFindingKind: String, CaseIterable, Sendable, Codable {
    case leadership
    case functions
    case rules
    case decisions
    case enforcement
    case emergencies
    case disputes
    case oversight
    case technology
    case other

    public var label: String {
        switch self {
        case .leadership: "组织领导"
        case .functions: "政府职能履行"
        case .rules: "依法行政制度建设"
        case .decisions: "重大行政决策"
        case .enforcement: "行政执法"
        case .emergencies: "突发事件应对"
        case .disputes: "矛盾纠纷化解"
        case .oversight: "行政权力制约监督"
        case .technology: "法治政府建设信息化"
        case .other: "其他"
        }
    }

    /// The kind a spreadsheet or a form names by its label or its code.
    public init?(label: String) {
        let text = label.trimmingCharacters(in: .whitespaces)
        guard let kind = Self.allCases.first(where: { $0.label == text || $0.rawValue == text }) else { return nil }
        self = kind
    }
}
