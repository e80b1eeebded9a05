/// What one case adds to the monthly enforcement statistics: a count in the month it was filed, decided (with a
/// penalty, or not to punish) and closed, and its fine in the month of the decision. The store keeps the sums per
/// body, matter and month (`enforcement_case_stats`); a batch of steps adds `after − before` of each case it
/// changed, so the sums always equal what the cases' facts say (`fazhi enforcement rebuild-statistics` recomputes
/// them from the facts to prove it).
public struct CaseTally: Sendable, Equatable, Codable {
    public var filed: Int64 = 0
    public var decided: Int64 = 0
    public var noPenalty: Int64 = 0
    public var fineFen: Int64 = 0
    public var closed: Int64 = 0
    /// Cases that stopped being open this month: closed, transferred or withdrawn. The open cases of a body are
    /// then all its `filed` minus all its `ended`, without counting rows.
    public var ended: Int64 = 0
    public var published: Int64 = 0

    public init(
        filed: Int64 = 0, decided: Int64 = 0, noPenalty: Int64 = 0, fineFen: Int64 = 0, closed: Int64 = 0,
        ended: Int64 = 0, published: Int64 = 0
    ) {
        self.filed = filed
        self.decided = decided
        self.noPenalty = noPenalty
        self.fineFen = fineFen
        self.closed = closed
        self.ended = ended
        self.published = published
    }

    public var isZero: Bool { self == CaseTally() }

    public static func + (lhs: CaseTally, rhs: CaseTally) -> CaseTally {
        CaseTally(
            filed: lhs.filed + rhs.filed, decided: lhs.decided + rhs.decided, noPenalty: lhs.noPenalty + rhs.noPenalty,
            fineFen: lhs.fineFen + rhs.fineFen, closed: lhs.closed + rhs.closed, ended: lhs.ended + rhs.ended,
            published: lhs.published + rhs.published)
    }

    public static prefix func - (tally: CaseTally) -> CaseTally {
        CaseTally(
            filed: -tally.filed, decided: -tally.decided, noPenalty: -tally.noPenalty, fineFen: -tally.fineFen,
            closed: -tally.closed, ended: -tally.ended, published: -tally.published)
    }

    /// The value of `metric` (only the monthly ones have one).
    public func value(of metric: EnforcementMetric) -> Int64? {
        switch metric {
        case .filed: filed
        case .decided: decided
        case .noPenalty: noPenalty
        case .fines: fineFen
        case .closed: closed
        case .published: published
        case .open, .overdue, .openAlerts, .reviewScore: nil
        }
    }
}

/// The month a figure is counted in: "2026-03".
public struct StatisticsMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ day: CivilDate) { self.init(year: day.year, month: day.month) }

    /// Parses "2026-03"; nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (1...12).contains(month), year >= 1900
        else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String {
        let year = String(year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + (month < 10 ? "-0" : "-") + String(month)
    }
    public var label: String { "\(year)年\(month)月" }
    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var next: StatisticsMonth {
        month == 12 ? .init(year: year + 1, month: 1) : .init(year: year, month: month + 1)
    }

    public static func < (lhs: StatisticsMonth, rhs: StatisticsMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension CaseFacts {
    /// What this case adds to each month's statistics of its matter (see `CaseTally`).
    public var tallies: [StatisticsMonth: CaseTally] {
        var result: [StatisticsMonth: CaseTally] = [:]
        if let filed = filedOn { result[StatisticsMonth(filed), default: CaseTally()].filed += 1 }
        if let decided = decidedOn {
            if noPenalty || penalties.isEmpty {
                result[StatisticsMonth(decided), default: CaseTally()].noPenalty += 1
            } else {
                result[StatisticsMonth(decided), default: CaseTally()].decided += 1
                result[StatisticsMonth(decided), default: CaseTally()].fineFen += fineFen
            }
        }
        if let closed = closedOn { result[StatisticsMonth(closed), default: CaseTally()].closed += 1 }
        if let ended = endedOn { result[StatisticsMonth(ended), default: CaseTally()].ended += 1 }
        return result
    }
}

extension CaseFacts {
    /// The day the case stopped being open: closed, or transferred or withdrawn (the day of that step).
    public var endedOn: CivilDate? {
        if let closedOn { return closedOn }
        return stage == .transferred || stage == .withdrawn ? lastOn : nil
    }

    /// 'penalty' or 'no_penalty' once decided (the store's `outcome` column, for drilling down).
    public var outcome: String? {
        guard decidedOn != nil else { return nil }
        return noPenalty || penalties.isEmpty ? "no_penalty" : "penalty"
    }
}
