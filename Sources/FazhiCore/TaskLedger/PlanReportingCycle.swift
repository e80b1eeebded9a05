/// How often a unit reports on standing work (「每季度」, 「每年3月底前」): the period a day falls in, its last
/// day (the report is due by then) and a key naming it, so that each period is reminded once.
public struct PlanReportingCycle: Sendable, Equatable {
    public var recurrence: PlanRecurrence

    public init(_ recurrence: PlanRecurrence) { self.recurrence = recurrence }

    /// The cycle stored for a task: `yearly`, `halfYearly`, `quarterly`, `monthly`, with `-M-D` for a fixed day
    /// (「每年3月底前」 is `yearly-3-31`). Weekly work is not followed by report reminders.
    public var stored: String? {
        guard recurrence.period != .weekly else { return nil }
        return recurrence.period.rawValue + (recurrence.month.map { "-\($0)-\(recurrence.day ?? 31)" } ?? "")
    }

    public init?(stored: String) {
        let parts = stored.split(separator: "-")
        guard let first = parts.first, let period = PlanRecurrence.Period(rawValue: String(first)) else { return nil }
        let month = parts.count == 3 ? Int(parts[1]) : nil
        let day = parts.count == 3 ? Int(parts[2]) : nil
        self.init(PlanRecurrence(period, month: month, day: day))
    }

    /// The period `date` falls in: its first day, its last day (the day the report is due) and its key.
    public func period(containing date: CivilDate) -> (first: CivilDate, last: CivilDate, key: String)? {
        let year = date.year
        func range(_ startMonth: Int, _ endMonth: Int) -> (CivilDate, CivilDate)? {
            guard let first = CivilDate(year: year, month: startMonth, day: 1),
                let last = CivilDate.lastDay(year: year, month: endMonth)
            else { return nil }
            return (first, last)
        }
        switch recurrence.period {
        case .monthly:
            return range(date.month, date.month).map { ($0.0, $0.1, "\(year)-\(date.month)") }
        case .quarterly:
            let quarter = (date.month - 1) / 3
            return range(quarter * 3 + 1, quarter * 3 + 3).map { ($0.0, $0.1, "\(year)-Q\(quarter + 1)") }
        case .halfYearly:
            let half = date.month <= 6 ? 0 : 1
            return range(half * 6 + 1, half * 6 + 6).map { ($0.0, $0.1, "\(year)-H\(half + 1)") }
        case .yearly:
            // 「每年3月底前」: a report is due each year on 3-31; the period runs from the day after the last one.
            if let month = recurrence.month {
                func due(_ year: Int) -> CivilDate? {
                    CivilDate.lastDay(year: year, month: month).map { last in
                        CivilDate(year: year, month: month, day: min(recurrence.day ?? 31, last.day)) ?? last
                    }
                }
                guard let this = due(year), let previous = due(year - 1), let next = due(year + 1) else { return nil }
                return date <= this
                    ? (previous.adding(days: 1), this, "\(year)") : (this.adding(days: 1), next, "\(year + 1)")
            }
            return range(1, 12).map { ($0.0, $0.1, "\(year)") }
        case .weekly:
            return nil
        }
    }
}

extension CivilDate {
    /// The last day of a month.
    public static func lastDay(year: Int, month: Int) -> CivilDate? {
        guard (1...12).contains(month) else { return nil }
        return CivilDate(year: year, month: month, day: daysInMonth(year: year, month: month))
    }
}
