/// The per-day table behind `HolidayCalendar`: one byte of kind and one byte of name index per day, a prefix count
/// of working days and the list of working days, all indexed by `dayNumber - base`.
@usableFromInline
final class DayTable: Sendable {
    // Kind codes: the low bit is set exactly on rest days, so `code & 1 == 0` means "working day".
    static let workday: UInt8 = 0
    static let weekend: UInt8 = 1
    static let adjustedWorkday: UInt8 = 2
    static let holiday: UInt8 = 3

    /// `dayNumber` of the first day of the table.
    @usableFromInline let base: Int
    @usableFromInline let codes: [UInt8]
    @usableFromInline let nameIndex: [UInt8]
    /// names[0] is the empty name of ordinary days.
    let names: [String]
    /// workdaysBefore[i] = the number of working days among table days 0..<i (count + 1 entries).
    @usableFromInline let workdaysBefore: [Int32]
    /// The table offsets of all working days, in order.
    @usableFromInline let workdayOffsets: [Int32]

    init(notices: [Int: YearNotice], years: ClosedRange<Int>) {
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!
        let end = CivilDate(year: years.upperBound, month: 12, day: 31)!
        let base = first.dayNumber
        let count = end.dayNumber - base + 1
        var codes = [UInt8](repeating: 0, count: count)
        var nameIndex = [UInt8](repeating: 0, count: count)
        var names = [""]
        for i in 0..<count where CivilDate.weekday(ofDayNumber: base + i) >= 6 { codes[i] = Self.weekend }

        func nameID(_ name: String) -> UInt8 {
            if let found = names.firstIndex(of: name) { return UInt8(found) }
            precondition(names.count < 256, "too many holiday names")
            names.append(name)
            return UInt8(names.count - 1)
        }
        func mark(_ date: CivilDate, _ code: UInt8, _ name: String) {
            let i = date.dayNumber - base
            guard i >= 0, i < count else { return }
            codes[i] = code
            nameIndex[i] = nameID(name)
        }
        for year in years where notices[year] == nil {
            for period in StatutoryHolidays.periods(in: year) {
                for date in period.days { mark(date, Self.holiday, period.name) }
            }
        }
        for notice in notices.values.sorted(by: { $0.year < $1.year }) {
            for period in notice.holidays {
                for date in period.days { mark(date, Self.holiday, period.name) }
            }
            for workday in notice.adjustedWorkdays { mark(workday.date, Self.adjustedWorkday, workday.name) }
        }

        var before = [Int32](repeating: 0, count: count + 1)
        var offsets: [Int32] = []
        offsets.reserveCapacity(count)
        for i in 0..<count {
            let working = codes[i] & 1 == 0
            before[i + 1] = before[i] + (working ? 1 : 0)
            if working { offsets.append(Int32(i)) }
        }
        self.base = base
        self.codes = codes
        self.nameIndex = nameIndex
        self.names = names
        self.workdaysBefore = before
        self.workdayOffsets = offsets
    }

    /// The table index of a day, or nil outside the table.
    func index(of dayNumber: Int) -> Int? {
        let i = dayNumber - base
        return i >= 0 && i < codes.count ? i : nil
    }
}
