/// The demo region's inspection (generated for the demo, not a real campaign): the rule-of-law office's annual
/// inspection with findings for cities and departments, some reported, one closed and one past its deadline, so
/// that 督察整改 has every status to show. Every unit is in `DemoRegion.tree`.
public enum DemoInspection {
    public struct Finding: Sendable {
        public let unit: String
        public let kind: InspectionFindingKind
        public let description: String
        public let requirement: String
        /// Days from the day the findings were fed back to the deadline.
        public let days: Int
        /// What the unit reported, if it did.
        public let report: String?
        /// Whether the office closed the finding on the report.
        public let closed: Bool
    }

    public static func title(year: Int) -> String { "\(year)年度法治政府建设督察（演示）" }
    public static let basis = "内蒙古自治区法治政府建设工作要点（演示）"
    /// The findings were fed back this many days before the demo starts.
    public static let raisedDaysAgo = 40

    public static let findings: [Finding] = [
        Finding(
            unit: "呼和浩特市市场监督管理局", kind: .enforcement, description: "部分行政处罚决定未在法定期限内公示。",
            requirement: "逐件补充公示，建立公示台账并按月自查。", days: 60,
            report: "已补充公示处罚决定12件，公示台账已建立。", closed: true),
        Finding(
            unit: "呼和浩特市新城区市场监督管理局", kind: .enforcement, description: "执法人员持证上岗率不足，2名人员无证执法。",
            requirement: "停止无证人员独立执法，组织参加执法资格考试。", days: 30, report: nil, closed: false),
        Finding(
            unit: "鄂尔多斯市人民政府", kind: .rules, description: "行政规范性文件清理结果未向社会公布。",
            requirement: "公布清理结果，并报送备案。", days: 90, report: "清理结果已在政府门户网站公布。", closed: false),
        Finding(
            unit: "鄂尔多斯市生态环境局", kind: .decisions, description: "重大行政决策未履行专家论证程序。",
            requirement: "补充专家论证，完善决策程序规定。", days: 120, report: nil, closed: false),
        Finding(
            unit: "内蒙古自治区交通运输厅", kind: .leadership, description: "主要负责人未按要求述法。",
            requirement: "年内完成述法并纳入年度考核。", days: 75, report: nil, closed: false),
    ]
}
