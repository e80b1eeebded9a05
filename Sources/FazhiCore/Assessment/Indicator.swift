/// One indicator of an indicator system (考核指标): a 一级, 二级 or 三级指标 with its points.
///
/// Only scoring indicators — the leaves — have a method; a parent's points are exactly its children's sum, so that
/// the points of every area add up and a unit's subtotals add up to its total.
public struct Indicator: Hashable, Sendable, Codable {
    /// 「1」, 「1.2」, 「1.2.3」, or the code a scheme uses (「A1」); unique in its system.
    public var code: String
    public var name: String
    public var points: Points
    /// 1, 2 or 3: the depth in the tree, written out because sheets and users speak of levels.
    public var level: Int
    /// How the leaf is scored; nil for a parent.
    public var method: IndicatorMethod?
    /// 评分标准: how reviewers score, e.g. 「未按时报备的，每件扣0.5分」.
    public var criteria: String
    /// 佐证材料要求: what a unit uploads to show the work was done.
    public var evidence: String
    public var children: [Indicator]

    public init(
        code: String, name: String, points: Points, level: Int, method: IndicatorMethod? = nil, criteria: String = "",
        evidence: String = "", children: [Indicator] = []
    ) {
        self.code = code
        self.name = name
        self.points = points
        self.level = level
        self.method = method
        self.criteria = criteria
        self.evidence = evidence
        self.children = children
    }

    public var isLeaf: Bool { children.isEmpty }

    /// This indicator and every one below it, parents before their children.
    public var subtree: [Indicator] { [self] + children.flatMap(\.subtree) }
}

/// How a scoring indicator is scored.
public enum IndicatorMethod: Hashable, Sendable, Codable {
    /// 自动: computed from the platform's figure `metric` (a code of `AssessmentMetric.catalogue`) by `rule`;
    /// `noData` says what a figure without data is worth.
    case automatic(metric: String, rule: ScoringRule, noData: NoDataPolicy)
    /// 人工: scored by reviewers out of the indicator's points (the points are the maximum: one number, so the two
    /// cannot disagree); with `evidenceRequired`, a unit cannot submit its self-assessment without evidence.
    case manual(evidenceRequired: Bool)

    /// 「自动」 or 「人工」.
    public var label: String {
        switch self {
        case .automatic: "自动"
        case .manual: "人工"
        }
    }

    /// The figure an automatic indicator is computed from.
    public var metricCode: String? {
        if case .automatic(let metric, _, _) = self { return metric }
        return nil
    }
}
