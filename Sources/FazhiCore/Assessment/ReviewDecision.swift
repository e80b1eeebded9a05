import Foundation

/// A reviewer's decision on one scoring indicator of one unit: the points of a manual indicator, or of an
/// automatic one whose figure has no data or is not yet on the platform; or 不适用.
///
/// Each decision below full points says why, because a unit is told what it lost points for and may contest it.
/// An automatic indicator with a figure is never overridden: its points follow from its counts.
public enum ReviewDecision: Hashable, Sendable, Codable {
    /// 审核得分, with the reason for any deduction (扣分理由).
    case points(Points, comment: String)
    /// 不适用: the indicator is left out of this unit's total, which is rescaled; the reason is required.
    case notApplicable(comment: String)

    public var comment: String {
        switch self {
        case .points(_, let comment), .notApplicable(let comment): comment
        }
    }

    /// What is wrong with this decision for `indicator`, as field errors (field `<code>.review`).
    public func problems(for indicator: Indicator) -> [FieldError] {
        let field = "\(indicator.code).review"
        let hasComment = !comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        switch self {
        case .points(let points, _):
            if points < .zero || points > indicator.points {
                return [FieldError(field, "「\(indicator.name)」的得分应在0至\(indicator.points.text)分之间")]
            }
            if points < indicator.points && !hasComment {
                return [FieldError(field, "「\(indicator.name)」扣了\((indicator.points - points).text)分，请写明扣分理由")]
            }
        case .notApplicable:
            if !hasComment { return [FieldError(field, "认定「\(indicator.name)」不适用，请写明理由")] }
        }
        return []
    }
}
