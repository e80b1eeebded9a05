/// The working-day calendar of the People's Republic of China (全国工作日历): weekends, statutory holidays and the
/// State Council's annual arrangements (调休), with a provisional rule-based calendar for years without a notice.
///
/// Built once into a compact per-day table, so that `isWorkday` is one array load and `addWorkdays` two (a prefix
/// count of working days and the list of working days), independent of `n`. Dates outside the table fall back to the
/// weekday rule and are flagged provisional.
public struct HolidayCalendar: Sendable {
    /// The years the built-in table covers: every notice year plus provisional years ahead.
    public static let defaultYears = 2004...2035

    /// The built-in calendar: the notices of 2004–2026 and provisional years up to 2035.
    public static let official = HolidayCalendar(notices: YearNotice.official)

    /// The notices this calendar was built from, by year.
    public let notices: [Int: YearNotice]
    /// The years the per-day table covers.
    public let years: ClosedRange<Int>

    @usableFromInline let table: DayTable

    /// Builds the calendar from `notices` (a later notice for the same year replaces an earlier one) and computes
    /// the statutory holidays of every other year in `years`.
    public init(notices: [YearNotice], years: ClosedRange<Int> = HolidayCalendar.defaultYears) {
        var byYear: [Int: YearNotice] = [:]
        for notice in notices { byYear[notice.year] = notice }
        let lower = min(years.lowerBound, byYear.keys.min() ?? years.lowerBound)
        let upper = max(years.upperBound, byYear.keys.max() ?? years.upperBound)
        self.notices = byYear
        self.years = lower...upper
        self.table = DayTable(notices: byYear, years: lower...upper)
    }

    /// A new calendar with `notice` added, or replacing the notice of its year. Throws when the notice is
    /// inconsistent (see `YearNotice.validate()`).
    public func withNotice(_ notice: YearNotice) throws -> HolidayCalendar {
        let problems = notice.validate()
        guard problems.isEmpty else { throw HolidayCalendarError.invalidNotice(year: notice.year, problems) }
        var all = notices
        all[notice.year] = notice
        return HolidayCalendar(notices: all.values.sorted { $0.year < $1.year }, years: years)
    }

    /// The notice for `year`, if the State Council has published one (and it was entered).
    public func notice(for year: Int) -> YearNotice? { notices[year] }

    /// True when `year` has no notice, so that its holidays were computed from the statutory rules.
    public func isProvisional(year: Int) -> Bool { notices[year] == nil }

    /// What `date` is: working day, weekend, holiday or adjusted working day, and whether that is provisional.
    public func dayInfo(_ date: CivilDate) -> DayInfo {
        let provisional = isProvisional(year: date.year)
        guard let index = table.index(of: date.dayNumber) else {
            return DayInfo(date: date, kind: date.isWeekend ? .weekend : .workday, provisional: true)
        }
        let name = table.names[Int(table.nameIndex[index])]
        let kind: DayInfo.Kind =
            switch table.codes[index] {
            case DayTable.workday: .workday
            case DayTable.weekend: .weekend
            case DayTable.adjustedWorkday: .adjustedWorkday(name)
            default: .holiday(name)
            }
        return DayInfo(date: date, kind: kind, provisional: provisional)
    }

    /// True when people work on `date` (an ordinary working day or an adjusted working day).
    @inlinable
    public func isWorkday(_ date: CivilDate) -> Bool { isWorkday(dayNumber: date.dayNumber) }

    /// `isWorkday` for a day given as days since 1970-01-01.
    @inlinable
    public func isWorkday(dayNumber: Int) -> Bool {
        let index = dayNumber &- table.base
        if index >= 0 && index < table.codes.count { return table.codes[index] & 1 == 0 }
        return CivilDate.weekday(ofDayNumber: dayNumber) < 6
    }

    /// The `n`-th working day after `date`, not counting `date` itself (n > 0); `date` itself (n == 0); the `|n|`-th
    /// working day before `date`, not counting `date` (n < 0). The result is a working day whenever n ≠ 0.
    @inlinable
    public func addWorkdays(_ n: Int, to date: CivilDate) -> CivilDate {
        if n == 0 { return date }
        let dayNumber = date.dayNumber
        let index = dayNumber &- table.base
        if index >= 0 && index < table.codes.count {
            // workdaysBefore[i] counts the working days in table days 0..<i; workdayOffsets lists them in order.
            let k = n > 0 ? Int(table.workdaysBefore[index &+ 1]) &+ n &- 1 : Int(table.workdaysBefore[index]) &+ n
            if k >= 0 && k < table.workdayOffsets.count {
                return CivilDate(dayNumber: table.base &+ Int(table.workdayOffsets[k]))
            }
        }
        return stepWorkdays(n, from: dayNumber)
    }

    /// Day-by-day counting for results outside the table.
    @usableFromInline
    func stepWorkdays(_ n: Int, from dayNumber: Int) -> CivilDate {
        var current = dayNumber
        var remaining = n.magnitude
        let step = n > 0 ? 1 : -1
        while remaining > 0 {
            current += step
            if isWorkday(dayNumber: current) { remaining -= 1 }
        }
        return CivilDate(dayNumber: current)
    }

    /// The number of working days `d` with `start < d ≤ end` (0 when `end ≤ start`), so that
    /// `workdays(from: d, to: addWorkdays(n, to: d)) == n` for every n ≥ 0.
    public func workdays(from start: CivilDate, to end: CivilDate) -> Int {
        let from = start.dayNumber
        let to = end.dayNumber
        guard to > from else { return 0 }
        if let a = table.index(of: from), let b = table.index(of: to) {
            return Int(table.workdaysBefore[b + 1] - table.workdaysBefore[a + 1])
        }
        var count = 0
        for day in (from + 1)...to where isWorkday(dayNumber: day) { count += 1 }
        return count
    }

    /// `date` if it is a working day, otherwise the first working day after it.
    public func nextWorkday(onOrAfter date: CivilDate) -> CivilDate {
        isWorkday(date) ? date : addWorkdays(1, to: date)
    }

    /// `date` if it is a working day, otherwise the last working day before it.
    public func previousWorkday(onOrBefore date: CivilDate) -> CivilDate {
        isWorkday(date) ? date : addWorkdays(-1, to: date)
    }

    /// The non-working days from `start` through `end`, grouped into runs of consecutive days and named after the
    /// holidays they contain (「周末」 for a plain weekend), clipped to the range.
    public func skippedDays(from start: CivilDate, to end: CivilDate) -> [SkippedPeriod] {
        guard start <= end else { return [] }
        var runs: [SkippedPeriod] = []
        var runStart: CivilDate?
        var runNames: [String] = []
        var runProvisional = false
        var day = start
        while true {
            let info = dayInfo(day)
            if info.isWorkday {
                if let first = runStart {
                    runs.append(Self.period(first, day.adding(days: -1), runNames, runProvisional))
                    runStart = nil
                }
            } else {
                if runStart == nil {
                    runStart = day
                    runNames = []
                    runProvisional = false
                }
                if case .holiday(let name) = info.kind, !runNames.contains(name) { runNames.append(name) }
                runProvisional = runProvisional || info.provisional
            }
            if day == end { break }
            day = day.adding(days: 1)
        }
        if let first = runStart { runs.append(Self.period(first, end, runNames, runProvisional)) }
        return runs
    }

    private static func period(_ first: CivilDate, _ last: CivilDate, _ names: [String], _ provisional: Bool)
        -> SkippedPeriod
    {
        SkippedPeriod(
            first: first, last: last, name: names.isEmpty ? "周末" : names.joined(separator: "、"),
            provisional: provisional)
    }
}

/// Errors from building or changing a calendar.
public enum HolidayCalendarError: Error, Hashable, Sendable {
    /// The notice for `year` failed validation.
    case invalidNotice(year: Int, [YearNoticeProblem])
}
