/// What a day is in the working-day calendar.
public struct DayInfo: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// An ordinary Monday–Friday working day.
        case workday
        /// An ordinary Saturday or Sunday (公休日).
        case weekend
        /// A rest day of a named holiday period (法定节假日 or a day moved into it), e.g. 国庆节.
        case holiday(String)
        /// A Saturday or Sunday that is a working day (调休上班), named after the holiday it pays for.
        case adjustedWorkday(String)
    }

    public let date: CivilDate
    public let kind: Kind
    /// True when the day's year has no State Council notice: the day was computed from the statutory rules and the
    /// arrangement may still change.
    public let provisional: Bool

    public init(date: CivilDate, kind: Kind, provisional: Bool) {
        self.date = date
        self.kind = kind
        self.provisional = provisional
    }

    /// True for ordinary working days and adjusted working days.
    public var isWorkday: Bool {
        switch kind {
        case .workday, .adjustedWorkday: true
        case .weekend, .holiday: false
        }
    }

    /// The holiday's name for holidays and adjusted working days, nil otherwise.
    public var holidayName: String? {
        switch kind {
        case .holiday(let name), .adjustedWorkday(let name): name
        case .workday, .weekend: nil
        }
    }
}

/// A run of consecutive non-working days, for explanations such as 「2026-10-01至10-07 国庆节」.
public struct SkippedPeriod: Hashable, Sendable {
    public let first: CivilDate
    public let last: CivilDate
    /// The holiday names in the run joined by 「、」, or 「周末」 for a plain weekend.
    public let name: String
    /// True when any day of the run lies in a year without a notice.
    public let provisional: Bool

    public init(first: CivilDate, last: CivilDate, name: String, provisional: Bool) {
        self.first = first
        self.last = last
        self.name = name
        self.provisional = provisional
    }

    /// The number of days in the run.
    public var length: Int { first.days(to: last) + 1 }

    /// 「2026-10-01至10-07 国庆节」; the second date drops its year when it is the same year; 「（暂定）」 is appended
    /// when provisional.
    public var label: String {
        let span: String
        if first == last {
            span = first.iso
        } else if first.year == last.year {
            span = "\(first.iso)至\(last.iso.dropFirst(5))"
        } else {
            span = "\(first.iso)至\(last.iso)"
        }
        return "\(span) \(name)" + (provisional ? "（暂定）" : "")
    }
}
