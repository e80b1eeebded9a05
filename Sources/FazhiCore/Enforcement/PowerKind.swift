/// The kinds of administrative power a powers list (权责清单) sorts its matters into.
public enum PowerKind: String, Codable, CaseIterable, Sendable {
    case penalty
    case licence
    case coercion
    case inspection
    case levy
    case benefit
    case confirmation
    case adjudication
    case reward
    case other

    public var label: String {
        switch self {
        case .penalty: "行政处罚"
        case .licence: "行政许可"
        case .coercion: "行政强制"
        case .inspection: "行政检查"
        case .levy: "行政征收"
        case .benefit: "行政给付"
        case .confirmation: "行政确认"
        case .adjudication: "行政裁决"
        case .reward: "行政奖励"
        case .other: "其他"
        }
    }

    /// Reads a code or the Chinese label, as a spreadsheet writes it.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let kind = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.label == trimmed }) else {
            return nil
        }
        self = kind
    }
}
