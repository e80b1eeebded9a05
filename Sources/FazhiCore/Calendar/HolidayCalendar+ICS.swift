/// iCalendar (RFC 5545) export of one year's holidays and adjusted working days, so that
/// officials can subscribe to the official arrangement in their calendar programs.
extension HolidayCalendar {
    public func ics(year: Int) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fazhi//Holiday Calendar//ZH", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:\(year)年节假日安排" + (isProvisional(year: year) ? "（暂定）" : ""),
        ]
        func day(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }
        let notice = notice(for: year)
        let source =
            notice.map { "依据：\($0.title)" + ($0.documentNumber.map { "（\($0)）" } ?? "") }
            ?? "依据《全国年节及纪念日放假办法》推算，国务院尚未发布当年安排，结果为暂定"
        let periods = notice?.holidays ?? StatutoryHolidays.periods(in: year)
        for period in periods {
            lines += [
                "BEGIN:VEVENT", "UID:fazhi-holiday-\(day(period.first))@fazhi", "DTSTAMP:\(day(period.first))T000000Z",
                "DTSTART;VALUE=DATE:\(day(period.first))", "DTEND;VALUE=DATE:\(day(period.last.adding(days: 1)))",
                "SUMMARY:\(period.name)放假", "DESCRIPTION:\(Self.escapeICS(source))", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        for workday in notice?.adjustedWorkdays ?? [] {
            lines += [
                "BEGIN:VEVENT", "UID:fazhi-workday-\(day(workday.date))@fazhi", "DTSTAMP:\(day(workday.date))T000000Z",
                "DTSTART;VALUE=DATE:\(day(workday.date))", "DTEND;VALUE=DATE:\(day(workday.date.adding(days: 1)))",
                "SUMMARY:调休上班（\(workday.name)）", "DESCRIPTION:\(Self.escapeICS(source))", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func escapeICS(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }
}
