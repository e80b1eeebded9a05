/// The kinds of administrative penalty (行政处罚法 第九条), with what each demands of the procedure.
public enum PenaltyKind: String, Codable, CaseIterable, Sendable {
    case warning
    case fine
    case confiscation
    case licenceSuspension = "licence_suspension"
    case qualificationDowngrade = "qualification_downgrade"
    case licenceRevocation = "licence_revocation"
    case businessRestriction = "business_restriction"
    case closure
    case employmentRestriction = "employment_restriction"
    case detention
    case other

    public var label: String {
        switch self {
        case .warning: "警告、通报批评"
        case .fine: "罚款"
        case .confiscation: "没收违法所得、没收非法财物"
        case .licenceSuspension: "暂扣许可证件"
        case .qualificationDowngrade: "降低资质等级"
        case .licenceRevocation: "吊销许可证件"
        case .businessRestriction: "限制开展生产经营活动"
        case .closure: "责令停产停业、责令关闭"
        case .employmentRestriction: "限制从业"
        case .detention: "行政拘留"
        case .other: "其他行政处罚"
        }
    }

    /// Whether the party must be told of the right to a hearing whatever the amount (第六十三条第一款第三、四项); fines
    /// and confiscations do so above the policy's threshold (第一、二项: 较大数额).
    public var alwaysGrantsHearing: Bool {
        switch self {
        case .qualificationDowngrade, .licenceRevocation, .closure, .employmentRestriction, .businessRestriction: true
        default: false
        }
    }

    /// Reads a code or the Chinese label; 「警告」 and 「通报批评」 alone are accepted too.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "警告" || trimmed == "通报批评" {
            self = .warning
            return
        }
        guard let kind = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.label == trimmed }) else {
            return nil
        }
        self = kind
    }
}
