import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi calendar …`: the working-day calendar. `is-workday` and `add-workdays` work offline on the built-in
/// notices; `notice add` and `notice list` use the database, where administrators' notices are kept.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Working days and holidays (国务院节假日安排).",
        subcommands: [IsWorkday.self, AddWorkdays.self, Notice.self])

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

extension CalendarCommand {
    struct Notice: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notice", abstract: "Holiday notices entered into the database (放假通知).",
            subcommands: [Add.self, List.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract:
                    "Enter a year's notice from a JSON file (fields as POST /api/v1/calendar/notices); open deadlines are recomputed."
            )
            @ArgumentParser.OptionGroup var database: DatabaseOptions
            @ArgumentParser.Argument(help: "The notice as JSON (UTF-8).") var file: String

            func run() async throws {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("无法读取文件 \(file)")
                }
                let entry: YearNoticeEntry
                do {
                    entry = try JSONDecoder().decode(YearNoticeEntry.self, from: data)
                } catch {
                    throw CommandFailure("文件 \(file) 不是有效的通知 JSON：\(error)")
                }
                var config = try resolveConfig(database.input)
                config.loadDemo = false
                config.runWorker = false
                try await withApplication(config) { app in
                    let root = try await OrganisationRepository(db: app.db, scope: .system).list().first {
                        $0.parentID == nil
                    }
                    let change = try await CalendarStore(db: app.db).add(
                        entry.notice, reason: entry.reason, orgPath: root?.path ?? Scope.system.root,
                        by: .system("命令行 calendar notice add"))
                    print(
                        "已保存\(entry.year)年放假安排（日历第\(change.current.version)版）；重新计算\(change.recomputed)个进行中的期限，\(change.moves.count)个有变化："
                    )
                    for move in change.moves { print("  \(move.deadlineID) \(move.summary)") }
                }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the notices entered, newest first.")
            @ArgumentParser.OptionGroup var database: DatabaseOptions

            func run() async throws {
                var config = try resolveConfig(database.input)
                config.loadDemo = false
                config.runWorker = false
                try await withApplication(config) { app in
                    let history = try await CalendarStore(db: app.db).history()
                    if history.isEmpty { print("尚未录入通知；使用内置的 2004–2026 年国务院通知。") }
                    for record in history {
                        print(
                            "第\(record.version)版 \(record.notice.year) \(record.notice.title) \(record.enteredBy) \(record.reason ?? "")"
                        )
                    }
                }
            }
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
