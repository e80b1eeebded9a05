import FazhiCore
import Foundation

/// How dates and rates appear on pages. Dates in Beijing time (UTC+8, no daylight saving), the way officials
/// write them. Plain arithmetic: Foundation's calendar and String(format:) were a visible
/// share of rendering a table of dates.
enum DisplayFormat {
    static func dateTime(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let minuteOfDay = (seconds - days * 86_400) / 60
        return "\(CivilDate(dayNumber: days).iso) \(twoDigits(minuteOfDay / 60)):\(twoDigits(minuteOfDay % 60))"
    }

    /// A rate given in percent, to one decimal (「87.5%」), or 「—」 when there was nothing to count: a rate of
    /// nothing is neither 0 % nor 100 %.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0) } ?? "—"
    }

    /// A date as official documents write it: 「2021年1月22日」.
    static func chineseDate(_ date: CivilDate) -> String { date.chineseText }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
