/// The repeated-inspection alert (涉企重复检查预警): more than `maximum` inspections of one enterprise within `days`
/// days, by one body or several.
///
/// No national statute fixes a number. 优化营商环境条例 第五十四条第一款 asks that inspections of one enterprise be
/// combined (「针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围」), and 控制对企业进行经济
/// 检查的规定 第六条 limits one agency to about one economic inspection of an enterprise a year (「同一行政机关对同一
/// 企业的经济检查每年一般不得超过一次」). So the region sets the count and the window; the defaults (more than two
/// within 30 days) are 参照 values, marked as such wherever they are shown.
public struct RepeatedInspectionRule: Sendable, Equatable {
    /// How many inspections within the window are still normal; one more raises the alert.
    public var maximum: Int
    /// The window in calendar days, the day of the latest inspection included.
    public var days: Int
    /// Whether these are the defaults rather than the region's own.
    public var isDefault: Bool

    public init(maximum: Int, days: Int, isDefault: Bool) {
        self.maximum = maximum
        self.days = days
        self.isDefault = isDefault
    }

    public static let maximumRange = 1...50
    public static let daysRange = 1...366

    /// The article the alert rests on, read in `corpus/laws/行政法规/优化营商环境条例(2019-10-22).md`.
    public static let basis = LegalBasis(
        "优化营商环境条例", version: "2019-10-22", article: "第五十四条第一款",
        excerpt: "针对同一检查对象的多个检查事项，应当尽可能合并或者纳入跨部门联合抽查范围。")

    /// The once-a-year limit cited beside it, read in `corpus/laws/行政法规/控制对企业进行经济检查的规定(1999-07-23).md`.
    public static let yearlyLimit = LegalBasis(
        "控制对企业进行经济检查的规定", version: "1999-07-23", article: "第六条",
        excerpt: "同一行政机关对同一企业的经济检查每年一般不得超过一次；法律、行政法规和本规定另有规定的除外。")

    /// The first day of the window that ends on `day`.
    public func windowStart(endingOn day: CivilDate) -> CivilDate { day.adding(days: -(days - 1)) }

    /// The inspections (day, id) of one enterprise that fall within the window ending on `day`, when there are
    /// more than `maximum` of them; nil otherwise. Sorted by day, then id.
    public func crossing<ID: Comparable>(_ inspections: [(date: CivilDate, id: ID)], on day: CivilDate)
        -> [(date: CivilDate, id: ID)]?
    {
        let start = windowStart(endingOn: day)
        let inside = inspections.filter { $0.date >= start && $0.date <= day }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        return inside.count > maximum ? inside : nil
    }

    /// The first window over the limit among those that hold an inspection on `day`: the windows ending on each
    /// inspection day from `day` to `day + days - 1` (a record entered late can complete a later window).
    public func crossing<ID: Comparable>(_ inspections: [(date: CivilDate, id: ID)], involving day: CivilDate)
        -> [(date: CivilDate, id: ID)]?
    {
        let ends = Set(inspections.map(\.date).filter { $0 >= day && day.days(to: $0) < days }).union([day]).sorted()
        for end in ends {
            if let found = crossing(inspections, on: end) { return found }
        }
        return nil
    }

    /// Whether an alert raised for the window starting on `alertStart` already covers an inspection on `day`: one
    /// alert per enterprise per window.
    public func covers(alertStartingOn alertStart: CivilDate, day: CivilDate) -> Bool {
        day >= alertStart && alertStart.days(to: day) < days
    }

    /// How the rule reads on a page: 「30日内超过2次」.
    public var summary: String { "同一企业\(days)日内被检查超过\(maximum)次" }
}
