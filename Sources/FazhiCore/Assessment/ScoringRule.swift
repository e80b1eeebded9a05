/// How an automatic indicator turns its figure into points. Three rules cover the assessment schemes in use and
/// stay readable in a spreadsheet cell (see `ScoringRule+Text.swift`):
///
/// - 按比例计分 (`proportional`): the indicator's points times the rate — times (1 − rate) when lower is better.
/// - 达标得满分 (`fullAt`): full points when the figure reaches the threshold; below it, proportional points or none.
/// - 分档计分 (`tiers`): the points of the first tier the figure reaches, best tier first; none below the last.
///
/// A figure without data (denominator 0) is not scored by any rule: see `NoDataPolicy`.
public enum ScoringRule: Hashable, Sendable, Codable {
    case proportional
    case fullAt(RateThreshold, otherwise: Shortfall)
    case tiers([ScoringTier])

    /// What a figure short of the `fullAt` threshold earns.
    public enum Shortfall: String, Hashable, Sendable, Codable {
        case proportional
        case zero
    }

    /// The points `value` earns out of `maximum`; nil without data.
    public func points(for value: MetricValue, outOf maximum: Points, _ direction: AssessmentMetric.Direction)
        -> Points?
    {
        guard value.hasData else { return nil }
        let good = direction == .higherIsBetter ? value.numerator : value.denominator - value.numerator
        let proportional = maximum.scaled(by: good, over: value.denominator) ?? .zero
        switch self {
        case .proportional:
            return proportional
        case .fullAt(let threshold, let otherwise):
            if threshold.isReached(by: value, direction) == true { return maximum }
            return otherwise == .proportional ? proportional : .zero
        case .tiers(let tiers):
            return tiers.first { $0.threshold.isReached(by: value, direction) == true }?.points ?? .zero
        }
    }

    /// What is wrong with this rule for an indicator of `maximum` points, in Chinese; empty when nothing is.
    public func problems(maximum: Points, _ direction: AssessmentMetric.Direction) -> [String] {
        guard case .tiers(let tiers) = self else { return [] }
        guard !tiers.isEmpty else { return ["分档计分至少需要一档"] }
        var problems: [String] = []
        for (index, tier) in tiers.enumerated() {
            let name = "第\(index + 1)档（\(direction.comparison)\(tier.threshold.text)）"
            if tier.points <= .zero { problems.append("\(name)的得分应大于0") }
            if tier.points > maximum { problems.append("\(name)得\(tier.points.text)分，超过本指标分值\(maximum.text)分") }
            guard index > 0 else { continue }
            let previous = tiers[index - 1]
            let stricter =
                direction == .higherIsBetter
                ? tier.threshold < previous.threshold : tier.threshold > previous.threshold
            if !stricter {
                let order = direction == .higherIsBetter ? "从高到低" : "从低到高"
                problems.append(
                    "分档门槛应\(order)排列：\(name)应\(direction == .higherIsBetter ? "低" : "高")于上一档的\(previous.threshold.text)"
                )
            }
            if tier.points >= previous.points {
                problems.append("\(name)得\(tier.points.text)分，应少于上一档的\(previous.points.text)分")
            }
        }
        return problems
    }
}

/// One tier of a 分档计分 rule: a figure at `threshold` or better earns `points`.
public struct ScoringTier: Hashable, Sendable, Codable {
    public let threshold: RateThreshold
    public let points: Points

    public init(_ threshold: RateThreshold, _ points: Points) {
        self.threshold = threshold
        self.points = points
    }
}
