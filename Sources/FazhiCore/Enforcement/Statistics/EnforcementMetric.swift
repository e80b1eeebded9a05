/// A figure on the enforcement dashboards, with its definition (统计口径) shown beside it and a drill-down to the
/// records it counts. The monthly ones are sums of `CaseTally`; the others are counted live from the records.
public enum EnforcementMetric: String, CaseIterable, Sendable, Codable {
    case filed
    case decided
    case noPenalty = "no_penalty"
    case fines
    case closed
    case published
    case open
    case overdue
    case openAlerts = "open_alerts"
    case reviewScore = "review_score"

    /// The figures summed by month (period-bound); the rest describe today.
    public static let monthly: [EnforcementMetric] = [.filed, .decided, .noPenalty, .fines, .closed, .published]
    /// The figures of the state today.
    public static let current: [EnforcementMetric] = [.open, .overdue, .openAlerts, .reviewScore]
    /// What the public statistics page shows: no figure about a particular case's handling.
    public static let publicMetrics: [EnforcementMetric] = [.filed, .decided, .noPenalty, .fines, .published]

    public var label: String {
        switch self {
        case .filed: "立案数"
        case .decided: "处罚决定数"
        case .noPenalty: "不予处罚数"
        case .fines: "罚款金额（元）"
        case .closed: "结案数"
        case .published: "公示数"
        case .open: "在办案件"
        case .overdue: "超期案件"
        case .openAlerts: "未关闭预警"
        case .reviewScore: "评查平均分"
        }
    }

    /// The definition (统计口径), in full sentences, for the page and the API.
    public var definition: String {
        switch self {
        case .filed:
            "统计期内立案的行政处罚案件数（一般程序以立案日期计，简易程序以当场处罚日期计），按立案的执法主体和执法事项归属。"
        case .decided:
            "统计期内作出行政处罚决定的案件数（以决定日期计，含当场处罚），不含不予行政处罚决定；决定后被撤销的仍计入作出当月。"
        case .noPenalty:
            "统计期内作出不予行政处罚决定的案件数（以决定日期计），包括依免罚清单或《行政处罚法》第三十三条不予处罚的案件。"
        case .fines:
            "统计期内作出的行政处罚决定所确定的罚款金额之和（以决定日期计，单位元），不含没收违法所得、没收非法财物的价值，不等于实际缴款。"
        case .closed: "统计期内结案的案件数（以结案日期计；移送或撤销的案件以移送、撤销之日计）。"
        case .published:
            "统计期内在执法公示平台公示的行政处罚决定数（以公示日期计）；公示后撤回的仍计入公示当月。"
        case .open:
            "截至今日尚未结案、移送或撤销的案件数（含中止的案件），与统计期无关。"
        case .overdue:
            "截至今日所处环节已超过法定期限的案件数（如立案满九十日未作出决定、决定后七日内未送达、罚款逾期未缴纳），与统计期无关。"
        case .openAlerts: "截至今日尚未关闭的执法监督预警数，与统计期无关。"
        case .reviewScore:
            "已评分的评查案卷的平均得分（百分制，被否决的案卷计零分），按被评查案卷的执法主体归属，含统计期内开展的评查活动。"
        }
    }

    /// Fines are kept in fen and shown in yuan; the rest are counts (the review score a mean).
    public var isMoney: Bool { self == .fines }
}
