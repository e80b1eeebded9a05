import Foundation

/// When the owner of a running deadline is reminded: once at each configured lead time (counted in working
/// days before the last day), and once when it has passed. Counting in working days matches how the limits
/// themselves are felt in an office: a reminder three working days ahead still leaves three days to act,
/// whatever holiday lies between.
public struct ReminderPolicy: Sendable, Equatable {
    public enum Reminder: Sendable, Equatable {
        /// Due within `lead` working days (0: today).
        case dueSoon(lead: Int)
        /// The last day has passed.
        case overdue

        /// The kind of notification it becomes.
        public var kind: String {
            switch self {
            case .dueSoon: "due_soon"
            case .overdue: "overdue"
            }
        }
    }

    /// The lead times in working days, largest first (e.g. [3, 1]).
    public let leadDays: [Int]

    /// Lead times are deduplicated and sorted; negative ones are dropped.
    public init(leadDays: [Int] = ReminderPolicy.defaultLeadDays) {
        self.leadDays = Array(Set(leadDays.filter { $0 >= 0 })).sorted(by: >)
    }

    public static let defaultLeadDays = [3, 1]

    /// The widest window: lists call what lies within it "due soon".
    public var horizon: Int { leadDays.first ?? 0 }

    /// The reminder due for a deadline ending on `due`, seen on `today`, or nil while it is far away. Of the
    /// windows `today` lies in, the narrowest one counts, so a deadline first seen one day ahead is reminded
    /// once, for that day, not for every wider window it has already passed through.
    public func reminder(due: CivilDate, today: CivilDate, calendar: HolidayCalendar) -> Reminder? {
        if today > due { return .overdue }
        let within = leadDays.filter { calendar.addWorkdays($0, to: today) >= due }
        return within.last.map { .dueSoon(lead: $0) }
    }

    /// Parses "3,1" (working days, comma-separated), as configuration gives it.
    public static func parse(_ text: String) -> ReminderPolicy? {
        let parts = text.split(whereSeparator: { ",，、 ".contains($0) })
        let days = parts.compactMap { Int($0) }
        guard !parts.isEmpty, days.count == parts.count, days.allSatisfy({ (0...60).contains($0) }) else { return nil }
        return ReminderPolicy(leadDays: days)
    }
}

extension CivilDate {
    /// The calendar day in China (UTC+8, no daylight saving) at an instant given as seconds since 1970.
    /// Statutory days are Beijing days whatever time zone the server runs in.
    public init(chinaTimeAt secondsSince1970: Double) {
        let seconds = Int(secondsSince1970.rounded(.down)) + 8 * 3600
        self.init(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// The calendar day in China of an instant.
    public init(chinaDayOf date: Date) { self.init(chinaTimeAt: date.timeIntervalSince1970) }

    /// 00:00 of this day in China, as an instant: where a Beijing day begins among timestamps stored in UTC.
    public var startInChina: Date { Date(timeIntervalSince1970: TimeInterval(dayNumber * 86_400 - 8 * 3_600)) }
}
