import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi deadline …`: the statutory time limits, offline (no server, no database).
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline", abstract: "Statutory time limits and their computation.",
        subcommands: [Rules.self, Compute.self])

    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules with their legal basis.")

        func run() {
            for rule in DeadlineRules.all {
                print("\(rule.id)\t\(rule.title)\t\(rule.startsFrom)\(rule.periodText)\t\(rule.basis.citation)")
            }
        }
    }

    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute a deadline and explain it.",
            discussion: """
                Events, in date order: extend:DATE:N, suspend:DATE, resume:DATE, restart:DATE
                e.g. fazhi deadline compute --rule reconsideration.decision --start 2026-03-02 --event extend:2026-04-20:30
                """)
        @Option(help: "Rule id (see `fazhi deadline rules`).") var rule: String
        @Option(help: "Start date, YYYY-MM-DD.") var start: String
        @Option(help: "Start time HH:mm, for periods counted in hours.") var time: String?
        @Option(help: "An event (repeatable).") var event: [String] = []
        @Flag(help: "Print JSON instead of text.") var json = false

        func run() throws {
            guard let rule = DeadlineRules.rule(self.rule) else {
                throw ValidationError("未知的期限规则「\(self.rule)」，可用 fazhi deadline rules 查看")
            }
            let events = try event.map(parseEvent)
            let startDate = try parseDate(start)
            let deadline: Deadline
            do {
                deadline = try DeadlineCalculator(calendar: .official).compute(
                    rule, start: startDate, startTime: time, events: events)
            } catch {
                throw ValidationError(error.fields.map(\.message).joined(separator: "\n"))
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(deadline), as: UTF8.self))
            } else {
                let due = deadline.due.map { "\($0)\(deadline.dueTime.map { " " + $0 } ?? "")" } ?? "（中止中）"
                print("\(rule.title)：\(due)\(deadline.provisional ? "（暂定）" : "")")
                for line in deadline.explanation { print("  " + line) }
            }
        }

        private func parseEvent(_ text: String) throws -> DeadlineEvent {
            let parts = text.split(separator: ":").map(String.init)
            guard parts.count >= 2, let date = CivilDate(iso: parts[1]) else {
                throw ValidationError("事件「\(text)」格式应为 类型:YYYY-MM-DD[:天数]")
            }
            switch parts[0] {
            case "extend":
                guard parts.count == 3, let amount = Int(parts[2]) else {
                    throw ValidationError("延长事件应为 extend:YYYY-MM-DD:天数")
                }
                return .extend(on: date, amount: amount, note: nil)
            case "suspend": return .suspend(on: date, note: nil)
            case "resume": return .resume(on: date, note: nil)
            case "restart": return .restart(on: date, note: nil)
            default: throw ValidationError("未知的事件类型「\(parts[0])」（extend、suspend、resume、restart）")
            }
        }
    }
}
