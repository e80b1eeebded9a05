import ArgumentParser
import FazhiCore

/// `fazhi calendar …`: the working-day calendar, offline (no server, no database).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Working days and holidays (国务院节假日安排).",
        subcommands: [IsWorkday.self, AddWorkdays.self])

    struct IsWorkday: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "is-workday", abstract: "Whether a date is a working day, and why.")
        @Argument(help: "A date, YYYY-MM-DD.") var date: String

        func run() throws {
            let day = try parseDate(date)
            print("\(day) \(HolidayCalendar.official.dayInfo(day).text)")
        }
    }

    struct AddWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-workdays", abstract: "The n-th working day after a date (the date itself not counted).")
        @Argument(help: "The start date, YYYY-MM-DD.") var date: String
        @Argument(help: "How many working days (negative counts back).") var days: Int

        func run() throws {
            let start = try parseDate(date)
            let calendar = HolidayCalendar.official
            let result = calendar.addWorkdays(days, to: start)
            print("\(result) \(calendar.dayInfo(result).text)")
            let (from, to) = days >= 0 ? (start.adding(days: 1), result) : (result, start.adding(days: -1))
            for period in calendar.skippedDays(from: from, to: to) { print("  跳过 \(period.label)") }
        }
    }
}

/// Parses a YYYY-MM-DD argument, or fails with a message in Chinese.
func parseDate(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else {
        throw ValidationError("日期「\(text)」无效，请使用 YYYY-MM-DD，如 2026-09-28")
    }
    return date
}
