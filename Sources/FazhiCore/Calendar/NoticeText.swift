/// The plain-text form in which an administrator types a year's notice: one rest period or one adjusted
/// working day per line, as the notice itself lists them. Used by the admin page and the CLI, so that both
/// accept the same thing and report problems by line.
///
///     元旦 2027-01-01 至 2027-01-03
///     春节 2027年2月6日至2月13日
///     春节 2027-02-14            (an adjusted working day: one date)
public enum NoticeText {
    /// Parses rest periods, one per line: a name, a first date and (for more than one day) `至` and a last
    /// date. The last date may omit the year (and the month) as notices do: 「2月6日至13日」.
    public static func holidays(_ text: String, field: String = "holidays") throws(DomainError) -> [HolidayPeriod] {
        var periods: [HolidayPeriod] = []
        var errors: [FieldError] = []
        for (number, line) in lines(text) {
            let parts = line.split(whereSeparator: { "至~～".contains($0) }).map(trimmed)
            guard (1...2).contains(parts.count), let (name, first) = nameAndDate(parts[0], context: nil) else {
                errors.append(
                    FieldError(field, "第\(number)行「\(line)」：应写作「节日名称 起始日期 至 结束日期」，如「春节 2027-02-06 至 2027-02-13」"))
                continue
            }
            var last = first
            if parts.count == 2 {
                guard let end = date(parts[1], context: first) else {
                    errors.append(FieldError(field, "第\(number)行：无法识别结束日期「\(parts[1])」"))
                    continue
                }
                last = end
            }
            guard !name.isEmpty else {
                errors.append(FieldError(field, "第\(number)行：缺少节日名称"))
                continue
            }
            periods.append(HolidayPeriod(name: name, first: first, last: last))
        }
        if !errors.isEmpty { throw .invalid(errors) }
        return periods
    }

    /// Parses adjusted working days, one per line: a date and the holiday it belongs to, in either order.
    public static func workdays(_ text: String, field: String = "workdays") throws(DomainError) -> [AdjustedWorkday] {
        var days: [AdjustedWorkday] = []
        var errors: [FieldError] = []
        for (number, line) in lines(text) {
            guard let (name, day) = nameAndDate(line, context: nil), !name.isEmpty else {
                errors.append(FieldError(field, "第\(number)行「\(line)」：应写作「节日名称 日期」，如「春节 2027-02-14」"))
                continue
            }
            days.append(AdjustedWorkday(date: day, name: name))
        }
        if !errors.isEmpty { throw .invalid(errors) }
        return days
    }

    /// The text form of rest periods, for prefilling a form.
    public static func text(of holidays: [HolidayPeriod]) -> String {
        holidays.map { $0.first == $0.last ? "\($0.name) \($0.first)" : "\($0.name) \($0.first) 至 \($0.last)" }
            .joined(separator: "\n")
    }

    /// The text form of adjusted working days.
    public static func text(of workdays: [AdjustedWorkday]) -> String {
        workdays.map { "\($0.name) \($0.date)" }.joined(separator: "\n")
    }

    // MARK: - Pieces

    private static func lines(_ text: String) -> [(Int, String)] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { ($0.offset + 1, trimmed($0.element)) }
            .filter { !$0.1.isEmpty }
    }

    private static func trimmed(_ text: some StringProtocol) -> String { String(text).trimmingWhitespace }

    /// Splits 「春节 2027-02-14」 or 「2027年2月14日 春节」 into the name and the date.
    private static func nameAndDate(_ text: String, context: CivilDate?) -> (String, CivilDate)? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "：" || $0 == ":" }).map(String.init)
        for (index, word) in words.enumerated() {
            if let day = date(word, context: context) {
                var rest = words
                rest.remove(at: index)
                return (rest.joined(separator: " "), day)
            }
        }
        // 「春节2027年2月6日」: the name runs straight into the date.
        if let start = text.firstIndex(where: \.isNumber), start != text.startIndex,
            let day = date(String(text[start...]), context: context)
        {
            return (trimmed(text[..<start]), day)
        }
        return nil
    }

    /// `2027-02-06`, `2027年2月6日`, `2027/2/6`, `2027.2.6`; with a context date also `2月13日` and `13日`.
    public static func date(_ word: String, context: CivilDate?) -> CivilDate? {
        if let day = CivilDate(iso: word) { return day }
        var numbers: [Int] = []
        var current: Int? = nil
        for character in word {
            if let digit = character.wholeNumberValue, character.isASCII || ("０"..."９").contains(character) {
                current = (current ?? 0) * 10 + digit
            } else if "年月日-/.".contains(character) {
                guard let value = current else { return nil }
                numbers.append(value)
                current = nil
            } else {
                return nil
            }
        }
        if let current { numbers.append(current) }
        switch numbers.count {
        case 3 where numbers[0] >= 1000: return CivilDate(year: numbers[0], month: numbers[1], day: numbers[2])
        case 2 where word.contains("月"):
            guard let context else { return nil }
            return CivilDate(year: context.year, month: numbers[0], day: numbers[1])
        case 1 where word.hasSuffix("日"):
            guard let context else { return nil }
            return CivilDate(year: context.year, month: context.month, day: numbers[0])
        default: return nil
        }
    }
}

extension YearNoticeProblem {
    /// The problem in words, for the form and the API.
    public var message: String {
        switch self {
        case .periodReversed(let p): "「\(p.name)」的结束日期 \(p.last) 早于起始日期 \(p.first)"
        case .outsideYear(let day): "\(day) 不在该通知的年份之内"
        case .periodsOverlap(let day): "\(day) 同时属于两个放假时段"
        case .adjustedWorkdayNotOnWeekend(let w): "调休上班日 \(w.date) 不是周六或周日"
        case .adjustedWorkdayInsidePeriod(let w): "调休上班日 \(w.date) 落在放假时段之内"
        case .emptyName: "放假时段或调休上班日缺少名称"
        }
    }

    /// The form field the problem belongs to.
    public var field: String {
        switch self {
        case .adjustedWorkdayNotOnWeekend, .adjustedWorkdayInsidePeriod: "workdays"
        default: "holidays"
        }
    }
}
