/// A figure as the platform computed it: a count over a count, for one unit and one period.
///
/// The counts are kept, not only the rate, so that every rate shown reconciles with the two numbers beside it and
/// each number drills down to its records. A denominator of 0 is "no data" (无数据), not 0 % and not 100 %: what
/// it is worth is the indicator's `NoDataPolicy`, never a silent default.
public struct MetricValue: Hashable, Sendable, Codable {
    public let numerator: Int
    public let denominator: Int

    /// The counts of a figure; the numerator counts records of the denominator, so it is never larger.
    public init(numerator: Int, denominator: Int) {
        precondition(numerator >= 0 && numerator <= denominator, "a figure counts a subset of its denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    /// False when nothing was there to count.
    public var hasData: Bool { denominator > 0 }

    /// The rate between 0 and 1, for charts; nil without data. Scoring never uses it: see `RateThreshold`.
    public var rate: Double? { hasData ? Double(numerator) / Double(denominator) : nil }

    /// The rate in percent to one decimal, rounded half up with integer arithmetic (「95.2%」), or 「无数据」.
    public var percentText: String {
        guard hasData else { return "无数据" }
        let tenths = (numerator * 2000 + denominator) / (2 * denominator)
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }

    /// The figure with its counts, as every page shows it: 「95.2%（20/21）」.
    public var text: String { hasData ? "\(percentText)（\(numerator)/\(denominator)）" : "无数据（分母为0）" }
}
