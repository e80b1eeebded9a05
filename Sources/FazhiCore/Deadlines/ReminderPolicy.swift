/// When the owner of a running deadline is reminded: once when it is due within a number of working days,
/// and once when it has passed. Counting in working days matches how the limits themselves are felt in an
/// office: a reminder three working days ahead still leaves three days to act, whatever holiday lies between.
public struct ReminderPolicy: Sendable, Equatable {
    public enum Reminder: String, Sendable, Equatable {
        /// Due today or within the window.
        case dueSoon = "due_soon"
        /// The last day has passed.
        case overdue
    }

    /// How many working days ahead the due-soon reminder comes.
    public let workdaysAhead: Int

    public init(workdaysAhead: Int = 3) { self.workdaysAhead = workdaysAhead }

    /// The reminder due for a deadline ending on `due`, seen on `today`, or nil while it is far away.
    public func reminder(due: CivilDate, today: CivilDate, calendar: HolidayCalendar) -> Reminder? {
        if today > due { return .overdue }
        if calendar.addWorkdays(workdaysAhead, to: today) >= due { return .dueSoon }
        return nil
    }
}

extension CivilDate {
    /// The calendar day in China (UTC+8, no daylight saving) at an instant given as seconds since 1970.
    /// Statutory days are Beijing days whatever time zone the server runs in.
    public init(chinaTimeAt secondsSince1970: Double) {
        let seconds = Int(secondsSince1970.rounded(.down)) + 8 * 3600
        self.init(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}
