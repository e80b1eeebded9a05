/// What an automatic indicator is worth when its figure has no data: nothing fell in the period to count (no task
/// was due, no finding was raised), so the rate is neither 0 % nor 100 %.
///
/// Each indicator says which applies, because the schemes differ: 「无此项工作的不扣分」 is full points, a missing
/// duty may be zero, and 「缺项的按实际得分折算」 excludes the indicator. Unless an indicator says so, nobody guessed:
/// the indicator is 不适用 and a reviewer decides.
public enum NoDataPolicy: String, CaseIterable, Hashable, Sendable, Codable {
    /// 不适用，由审核人员认定 — the default: the score waits for a reviewer's decision.
    case reviewerDecides = "reviewer"
    /// 得满分: nothing to do, nothing done wrong.
    case fullPoints = "full"
    /// 不得分.
    case zero
    /// 不计入，按实际得分折算: left out, and the unit's total rescaled to the system's total.
    case exclude

    public var label: String {
        switch self {
        case .reviewerDecides: "不适用，由审核人员认定"
        case .fullPoints: "得满分"
        case .zero: "不得分"
        case .exclude: "不计入，按实际得分折算"
        }
    }

    /// The policy a sheet names by its label or a short form (「满分」, 「0分」, 「不计入」, 「折算」); an empty cell is
    /// the default. Nil for anything else.
    public init?(label: String) {
        let text = Points.halfWidth(label).filter { !$0.isWhitespace }
        switch text {
        case "", "不适用", "审核认定", "由审核人员认定", Self.reviewerDecides.label.filter({ !$0.isWhitespace }):
            self = .reviewerDecides
        case "满分", "得满分", "不扣分": self = .fullPoints
        case "不得分", "0分", "零分", "得0分": self = .zero
        case "不计入", "折算", "按实际得分折算", "不计入，按实际得分折算": self = .exclude
        default: return nil
        }
    }
}
