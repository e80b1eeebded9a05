/// The sections of a government's annual report on building rule-of-law government (法治政府建设年度报告), in the
/// order such reports follow: what was done in each area, then the problems, then next year's plan.
public enum AnnualReportSection: String, CaseIterable, Sendable, Codable {
    case leadership
    case functions
    case rules
    case decisions
    case enforcement
    case disputes
    case supervision
    case problems
    case nextYear = "next_year"

    public var title: String {
        switch self {
        case .leadership: "履行推进法治建设第一责任人职责情况"
        case .functions: "依法全面履行政府职能情况"
        case .rules: "完善依法行政制度体系情况"
        case .decisions: "推进重大行政决策科学化、民主化、法治化情况"
        case .enforcement: "推进严格规范公正文明执法情况"
        case .disputes: "依法有效化解社会矛盾纠纷情况"
        case .supervision: "强化行政权力制约和监督情况"
        case .problems: "存在的不足和原因"
        case .nextYear: "下一年度推进法治政府建设的主要安排"
        }
    }

    /// The heading as the report numbers it: 「一、……」.
    public var heading: String {
        let numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
        return numbers[Self.allCases.firstIndex(of: self)!] + "、" + title
    }
}

/// One figure of a report: counted by the platform, with its definition and the address of its records; or
/// missing, with the reason, because a figure the platform cannot count is never invented.
public struct ReportFigure: Sendable, Equatable, Codable {
    public var label: String
    /// 「128项」, 「87.5%（112/128）」; nil when missing.
    public var value: String?
    public var definition: String
    /// The page listing the records counted; nil when missing or when there is no list.
    public var link: String?
    /// Why the figure is missing (the module is not on the platform yet).
    public var missingReason: String?

    public init(label: String, value: String?, definition: String, link: String? = nil, missingReason: String? = nil) {
        self.label = label
        self.value = value
        self.definition = definition
        self.link = link
        self.missingReason = missingReason
    }

    /// A figure of a module the platform does not have yet.
    public static func missing(_ label: String, definition: String, module: String) -> ReportFigure {
        ReportFigure(
            label: label, value: nil, definition: definition, missingReason: "「\(module)」尚未接入平台，本项数据暂缺，请据实填写")
    }

    /// A count over a count as people read it: 「87.5%（112/128）」 (`MetricValue.text`, the assessment's wording), or
    /// 「无数据（0/0）」 with nothing to count.
    public static func rate(_ numerator: Int, _ denominator: Int) -> String {
        denominator > 0 ? MetricValue(numerator: numerator, denominator: denominator).text : "无数据（0/0）"
    }
}
