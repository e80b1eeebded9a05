/// One year's holiday arrangement as published by the General Office of the State Council
/// (国务院办公厅关于XXXX年部分节假日安排的通知): the rest periods (放假) and the weekend days that are working days
/// (调休上班).
public struct YearNotice: Hashable, Codable, Sendable {
    /// The year the notice arranges.
    public var year: Int
    /// The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知.
    public var title: String
    /// The document number (发文字号), e.g. 国办发明电〔2025〕7号, where known.
    public var documentNumber: String?
    /// The date the notice was signed (成文日期).
    public var issuedOn: CivilDate
    /// False where the signing date could not be confirmed against a published copy of the notice.
    public var issuedOnConfirmed: Bool
    /// The rest periods, in order.
    public var holidays: [HolidayPeriod]
    /// Weekend days that are working days (调休上班).
    public var adjustedWorkdays: [AdjustedWorkday]
    /// Later notices that changed this year's arrangement (e.g. the 2019 Labour Day change, the 2020 Spring
    /// Festival extension), already reflected in `holidays` and `adjustedWorkdays`.
    public var amendments: [NoticeReference]

    public init(
        year: Int, title: String, documentNumber: String? = nil, issuedOn: CivilDate, issuedOnConfirmed: Bool = true,
        holidays: [HolidayPeriod], adjustedWorkdays: [AdjustedWorkday], amendments: [NoticeReference] = []
    ) {
        self.year = year
        self.title = title
        self.documentNumber = documentNumber
        self.issuedOn = issuedOn
        self.issuedOnConfirmed = issuedOnConfirmed
        self.holidays = holidays
        self.adjustedWorkdays = adjustedWorkdays
        self.amendments = amendments
    }
}

/// A run of rest days that a notice names, e.g. 国庆节 2026-10-01 to 2026-10-07. Weekend days inside the run belong
/// to it.
public struct HolidayPeriod: Hashable, Codable, Sendable {
    public var name: String
    public var first: CivilDate
    public var last: CivilDate

    public init(name: String, first: CivilDate, last: CivilDate) {
        self.name = name
        self.first = first
        self.last = last
    }

    /// The number of days in the period.
    public var length: Int { first.days(to: last) + 1 }

    /// Every day of the period, in order.
    public var days: [CivilDate] { (0..<length).map { first.adding(days: $0) } }
}

/// A weekend day that is a working day (调休上班), named after the holiday it pays for.
public struct AdjustedWorkday: Hashable, Codable, Sendable {
    public var date: CivilDate
    public var name: String

    public init(date: CivilDate, name: String) {
        self.date = date
        self.name = name
    }
}

/// A published notice: title, document number and signing date.
public struct NoticeReference: Hashable, Codable, Sendable {
    public var title: String
    public var documentNumber: String?
    public var issuedOn: CivilDate

    public init(title: String, documentNumber: String? = nil, issuedOn: CivilDate) {
        self.title = title
        self.documentNumber = documentNumber
        self.issuedOn = issuedOn
    }
}

/// A problem found by `YearNotice.validate()`.
public enum YearNoticeProblem: Error, Hashable, Sendable {
    /// A period ends before it starts.
    case periodReversed(HolidayPeriod)
    /// A period or adjusted working day lies outside the notice's year and the days next to it.
    case outsideYear(CivilDate)
    /// Two periods share a day.
    case periodsOverlap(CivilDate)
    /// An adjusted working day is not a Saturday or Sunday.
    case adjustedWorkdayNotOnWeekend(AdjustedWorkday)
    /// An adjusted working day falls inside a rest period.
    case adjustedWorkdayInsidePeriod(AdjustedWorkday)
    /// A period or working day has no name.
    case emptyName
}

extension YearNotice {
    /// Checks the notice for internal consistency. A notice may reach into the last days of the previous year
    /// (元旦 2023 starts on 2022-12-31) and, for a rest period beginning in its own year, into the next; nothing else
    /// may lie outside its year.
    public func validate() -> [YearNoticeProblem] {
        var problems: [YearNoticeProblem] = []
        guard let lowest = CivilDate(year: year - 1, month: 12, day: 1),
            let highest = CivilDate(year: year + 1, month: 1, day: 31)
        else { return [.outsideYear(issuedOn)] }
        var seen = Set<CivilDate>()
        for period in holidays {
            if period.name.isEmpty { problems.append(.emptyName) }
            guard period.first <= period.last else {
                problems.append(.periodReversed(period))
                continue
            }
            for day in period.days {
                if day < lowest || day > highest { problems.append(.outsideYear(day)) }
                if !seen.insert(day).inserted { problems.append(.periodsOverlap(day)) }
            }
        }
        for workday in adjustedWorkdays {
            if workday.name.isEmpty { problems.append(.emptyName) }
            if workday.date < lowest || workday.date > highest { problems.append(.outsideYear(workday.date)) }
            if !workday.date.isWeekend { problems.append(.adjustedWorkdayNotOnWeekend(workday)) }
            if seen.contains(workday.date) { problems.append(.adjustedWorkdayInsidePeriod(workday)) }
        }
        return problems
    }
}
