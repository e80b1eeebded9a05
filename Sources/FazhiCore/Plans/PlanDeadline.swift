/// A deadline as a plan words it, with the date it means where the wording fixes one. The wording is always
/// kept: 「2025年前」 could be read as the end of 2024 or of 2025, and the user decides from the original.
public struct PlanDeadline: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// 「2022年6月30日前」: a day.
        case date
        /// 「2022年年底前」, 「2022年内」, 「2022年下半年」: the end of a year.
        case yearEnd
        /// 「2022年4月底前」, 「2022年上半年」, 「2022年第三季度末」: the end of a month.
        case monthEnd
        /// 「2025年前」, 「到2022年」: by a year, read as its last day.
        case byYear
        /// 「每年」, 「每季度」, 「每年3月底前」: again and again.
        case recurring(PlanRecurrence)
        /// 「长期坚持」: no end.
        case ongoing
        /// 「有效期届满前6个月」, 「会议召开1个月前」, 「印发之日起30日内」: from an event the plan names.
        case relative(PlanRelativeDeadline)

        /// The name used in JSON: date, yearEnd, monthEnd, byYear, recurring, ongoing, relative.
        public var name: String {
            switch self {
            case .date: "date"
            case .yearEnd: "yearEnd"
            case .monthEnd: "monthEnd"
            case .byYear: "byYear"
            case .recurring: "recurring"
            case .ongoing: "ongoing"
            case .relative: "relative"
            }
        }
    }

    /// The last day allowed; nil for recurring, ongoing and relative deadlines, and for a month or year end
    /// whose year the text leaves open (「年底前」 in a plan whose year is unknown).
    public var date: CivilDate?
    /// The words of the plan, e.g. 「2022年4月底前」.
    public var text: String
    public var kind: Kind

    public init(date: CivilDate?, text: String, kind: Kind) {
        self.date = date
        self.text = text
        self.kind = kind
    }
}

/// How often a recurring deadline comes back; `month` and `day` where the plan fixes them (「每年3月底前」 is
/// yearly, month 3, day 31).
public struct PlanRecurrence: Sendable, Equatable, Hashable, Encodable {
    public enum Period: String, Sendable, Codable {
        case yearly, halfYearly, quarterly, monthly, weekly
    }

    public var period: Period
    public var month: Int?
    public var day: Int?

    public init(_ period: Period, month: Int? = nil, day: Int? = nil) {
        self.period = period
        self.month = month
        self.day = day
    }
}

/// A deadline counted from an event: `amount` `unit`s before or after `anchor`.
public struct PlanRelativeDeadline: Sendable, Equatable, Hashable, Encodable {
    public enum Unit: String, Sendable, Codable {
        case days, workingDays, weeks, months, years
    }

    /// The event, in the plan's words: 「行政规范性文件有效期届满」, 「人大常委会召开审议法规草案会议」.
    public var anchor: String
    public var amount: Int
    public var unit: Unit
    /// True for 「…前6个月」 (before the event), false for 「…之日起30日内」 (after it).
    public var before: Bool

    public init(anchor: String, amount: Int, unit: Unit, before: Bool) {
        self.anchor = anchor
        self.amount = amount
        self.unit = unit
        self.before = before
    }
}
