/// Where a penalty case stands. The moves between stages are `CaseAction.next(from:)`.
public enum CaseStage: String, Codable, CaseIterable, Sendable {
    case investigating
    case notified
    case hearing
    case legalReview = "legal_review"
    case decided
    case served
    case executed
    case closed
    case suspended
    case transferred
    case withdrawn

    public var label: String {
        switch self {
        case .investigating: "调查取证"
        case .notified: "已告知（陈述申辩）"
        case .hearing: "听证"
        case .legalReview: "法制审核"
        case .decided: "已决定（待送达）"
        case .served: "已送达（待执行）"
        case .executed: "已执行（待结案）"
        case .closed: "已结案"
        case .suspended: "中止"
        case .transferred: "已移送司法机关"
        case .withdrawn: "已撤销立案"
        }
    }

    /// Whether the case has ended here.
    public var isFinal: Bool { self == .closed || self == .transferred || self == .withdrawn }

    /// Whether the decision is still to be made: the 90-day decision limit runs (第六十条).
    public var awaitsDecision: Bool {
        switch self {
        case .investigating, .notified, .hearing, .legalReview: true
        default: false
        }
    }
}
