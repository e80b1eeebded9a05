/// Why an agency inspected an enterprise (涉企行政检查的方式).
public enum EnterpriseInspectionKind: String, Codable, CaseIterable, Sendable {
    /// 双随机、一公开 抽查 (优化营商环境条例 第五十四条第一款).
    case random
    /// 专项检查 (a campaign on one sector or problem).
    case special
    /// 投诉举报核查 (第五十四条第二款: 「对通过投诉举报、转办交办、数据监测等发现的问题，应当有针对性地进行检查」).
    case complaint
    case other

    public var label: String {
        switch self {
        case .random: "双随机抽查"
        case .special: "专项检查"
        case .complaint: "投诉举报核查"
        case .other: "其他"
        }
    }

    /// Reads a code or the Chinese label.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let kind = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.label == trimmed }) else {
            return nil
        }
        self = kind
    }
}
