import Foundation

extension ScoringRule {
    /// The rule as a spreadsheet cell shows it, and as `parse` reads it back: 「按比例计分」,
    /// 「≥95%得满分，否则按比例计分」, 「≥95%得满分，否则不得分」, 「≥95%得3分；≥90%得2分；否则不得分」.
    public func text(_ direction: AssessmentMetric.Direction) -> String {
        let comparison = direction.comparison
        switch self {
        case .proportional:
            return "按比例计分"
        case .fullAt(let threshold, let otherwise):
            return "\(comparison)\(threshold.text)得满分，否则\(otherwise == .proportional ? "按比例计分" : "不得分")"
        case .tiers(let tiers):
            return (tiers.map { "\(comparison)\($0.threshold.text)得\($0.points.text)分" } + ["否则不得分"])
                .joined(separator: "；")
        }
    }

    /// Reads a rule written as `text` writes it, with the variants people type: 「>=」, 「不低于」, 「达到」 for ≥,
    /// 「<=」, 「不高于」, 「不超过」 for ≤, full-width signs, 「；」 「，」 or new lines between clauses. An empty cell
    /// means 按比例计分. 「得满分」 in a tier means `maximum`. The comparison must be the metric's direction, so that a
    /// rule never rewards the wrong end of a figure.
    public static func parse(_ text: String, maximum: Points, _ direction: AssessmentMetric.Direction)
        throws(DomainError) -> ScoringRule
    {
        // A new line separates clauses like 「；」; other white space means nothing.
        var normalised = String(Points.halfWidth(text).map { $0.isNewline ? "；" : $0 }.filter { !$0.isWhitespace })
        for (variant, sign) in comparisonVariants {
            normalised = normalised.replacingOccurrences(of: variant, with: sign)
        }
        let clauses = normalised.split(whereSeparator: { "；;，,。、".contains($0) }).map(String.init)
        guard !clauses.isEmpty else { return .proportional }
        if clauses == ["按比例计分"] || clauses == ["按比例"] { return .proportional }

        var tiers: [(threshold: RateThreshold, points: Points?)] = []
        var otherwise: Shortfall?
        for (index, clause) in clauses.enumerated() {
            if ["否则按比例计分", "否则按比例"].contains(clause), index == clauses.count - 1 {
                otherwise = .proportional
            } else if ["否则不得分", "否则得0分", "否则0分", "否则不计分"].contains(clause), index == clauses.count - 1 {
                otherwise = .zero
            } else {
                tiers.append(try tier(clause, direction))
            }
        }
        guard !tiers.isEmpty else { throw .invalid("rule", "计分规则「\(text)」没有门槛，例如「≥95%得满分」") }
        if tiers.count == 1, tiers[0].points == nil {
            return .fullAt(tiers[0].threshold, otherwise: otherwise ?? .zero)
        }
        guard otherwise != .proportional else {
            throw .invalid("rule", "分档计分的最后只能是「否则不得分」；要按比例计分，请只写一档「≥x%得满分，否则按比例计分」")
        }
        return .tiers(tiers.map { ScoringTier($0.threshold, $0.points ?? maximum) })
    }

    /// 「≥95%得满分」 (points nil) or 「≥95%得3分」.
    private static func tier(_ clause: String, _ direction: AssessmentMetric.Direction) throws(DomainError)
        -> (threshold: RateThreshold, points: Points?)
    {
        let example = direction == .higherIsBetter ? "≥95%得3分" : "≤5%得3分"
        guard let sign = clause.first, sign == "≥" || sign == "≤", let split = clause.range(of: "得") else {
            throw .invalid("rule", "无法识别计分规则中的「\(clause)」，应写作「\(example)」")
        }
        guard String(sign) == direction.comparison else {
            let way = direction == .higherIsBetter ? "越高越好" : "越低越好"
            throw .invalid("rule", "该计算口径的数值\(way)，门槛应写作「\(direction.comparison)x%」，而不是「\(clause)」")
        }
        guard let threshold = RateThreshold(percent: clause[clause.index(after: clause.startIndex)..<split.lowerBound])
        else { throw .invalid("rule", "「\(clause)」中的门槛应为0%至100%之间的百分比，例如「\(example)」") }
        let award = clause[split.upperBound...]
        if award == "满分" { return (threshold, nil) }
        guard award.hasSuffix("分"), let points = Points(award) else {
            throw .invalid("rule", "「\(clause)」中的得分应写作「得满分」或「得3分」")
        }
        return (threshold, points)
    }

    private static let comparisonVariants: [(String, String)] = [
        (">=", "≥"), ("≧", "≥"), ("大于等于", "≥"), ("不低于", "≥"), ("不少于", "≥"), ("达到", "≥"),
        ("<=", "≤"), ("≦", "≤"), ("小于等于", "≤"), ("不高于", "≤"), ("不超过", "≤"),
    ]
}
