/// The days an assessment counts (考核期间), first and last included; usually a calendar year.
public struct AssessmentPeriod: Hashable, Sendable, Codable {
    public let first: CivilDate
    public let last: CivilDate

    /// Nil when the period would end before it starts.
    public init?(first: CivilDate, last: CivilDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// The calendar year, 1 January to 31 December.
    public static func year(_ year: Int) -> AssessmentPeriod? {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { return nil }
        return AssessmentPeriod(first: first, last: last)
    }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }

    /// 「2025-01-01至2025-12-31」.
    public var text: String { "\(first.iso)至\(last.iso)" }
}
