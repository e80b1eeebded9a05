/// A unit's score on one scoring indicator in one round, with how it came about.
public struct IndicatorScore: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case scored(Points)
        /// 不适用: left out of the unit's total, which is rescaled to the system's total.
        case excluded
        /// Waiting for a reviewer, with the reason in Chinese.
        case pending(String)
    }

    public let code: String
    public let maxPoints: Points
    public let outcome: Outcome
    /// How the outcome came about, in Chinese: the figure and the rule, or the reviewer's reason.
    public let explanation: String
    /// The figure an automatic indicator was scored on; nil when it is not on the platform yet.
    public let value: MetricValue?
    /// The points the unit gave itself on a manual indicator (自评分); they count for nothing until reviewed.
    public let selfAssessed: Points?

    /// The points earned; nil when excluded or pending.
    public var points: Points? {
        if case .scored(let points) = outcome { return points }
        return nil
    }

    public var isPending: Bool {
        if case .pending = outcome { return true }
        return false
    }

    /// Scores `indicator` by its method: automatic ones from `value` (nil: the figure is not on the platform),
    /// manual ones from the reviewer's `decision`. `decision` is assumed checked with `ReviewDecision.problems`.
    public static func score(
        _ indicator: Indicator, value: MetricValue? = nil, selfAssessed: Points? = nil, decision: ReviewDecision? = nil
    ) -> IndicatorScore {
        func make(_ outcome: Outcome, _ explanation: String) -> IndicatorScore {
            IndicatorScore(
                code: indicator.code, maxPoints: indicator.points, outcome: outcome, explanation: explanation,
                value: value, selfAssessed: selfAssessed)
        }
        func decided(_ fallback: Outcome, _ explanation: String) -> IndicatorScore {
            switch decision {
            case nil: make(fallback, explanation)
            case .points(let points, let comment):
                make(
                    .scored(min(max(points, .zero), indicator.points)), "审核评分" + (comment.isEmpty ? "" : "：\(comment)"))
            case .notApplicable(let comment): make(.excluded, "审核认定不适用：\(comment)")
            }
        }
        switch indicator.method {
        case nil:
            return make(.pending("该指标没有评分方式"), "该指标没有评分方式")
        case .manual:
            return decided(.pending("待审核评分"), selfAssessed.map { "自评\($0.text)分，待审核" } ?? "待审核")
        case .automatic(let code, let rule, let noData):
            let metric = AssessmentMetric.named(code)
            let name = metric?.name ?? code
            guard let value else {
                let reason = "「\(name)」数据暂缺（\(metric?.module ?? "该数据")尚未接入平台），需审核人员评分或认定不适用"
                return decided(.pending(reason), reason)
            }
            guard value.hasData else {
                let reason = "「\(name)」统计期间内无数据（分母为0）"
                switch noData {
                case .reviewerDecides: return decided(.pending(reason + "，需审核人员认定"), reason)
                case .fullPoints: return make(.scored(indicator.points), reason + "，按规则得满分")
                case .zero: return make(.scored(.zero), reason + "，按规则不得分")
                case .exclude: return make(.excluded, reason + "，按规则不计入并折算")
                }
            }
            let direction = metric?.direction ?? .higherIsBetter
            let points = rule.points(for: value, outOf: indicator.points, direction) ?? .zero
            return make(.scored(points), "\(name)\(value.text)，\(rule.text(direction))")
        }
    }
}
