import FazhiCore
import Foundation
import Plot
import Vapor

/// 工作日历: the public page of a year's holidays and working days, and its ICS export.
struct CalendarController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", use: current)
        routes.get("calendar", ":year", use: year)
    }

    /// The current year (Beijing time).
    @Sendable func current(req: Request) async throws -> Response {
        req.redirect(to: "/calendar/\(req.today.year)")
    }

    /// `/calendar/2026` (page) or `/calendar/2026.ics` (iCalendar).
    @Sendable func year(req: Request) async throws -> Response {
        let text = req.parameters.get("year") ?? ""
        let wantsICS = text.hasSuffix(".ics")
        let calendar = req.calendar.calendar
        guard let year = Int(wantsICS ? String(text.dropLast(4)) : text), calendar.years.contains(year) else {
            throw DomainError.notFound(
                "没有该年份的日历（可查询 \(calendar.years.lowerBound)–\(calendar.years.upperBound) 年）")
        }
        if wantsICS {
            let response = Response(status: .ok, body: .init(string: calendar.ics(year: year)))
            response.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
            response.headers.replaceOrAdd(
                name: .contentDisposition, value: "attachment; filename=\"fazhi-holidays-\(year).ics\"")
            return response
        }
        let context = PageContext(req)
        return Layout.response(CalendarPage.view(year: year, calendar: calendar, context), context: context)
    }
}

/// A year as twelve month grids, with the notice it follows and its holiday periods.
enum CalendarPage {
    static func view(year: Int, calendar: HolidayCalendar, _ context: PageContext) -> PageHTML {
        let notice = calendar.notice(for: year)
        let periods = notice?.holidays ?? StatutoryHolidays.periods(in: year)
        return Layout.page(
            context, title: "\(year)年工作日历",
            body: .group(
                .h1(.safe("\(year)年工作日历")),
                .p(
                    .class("muted"),
                    .unwrap(notice) { .safe("依据：\($0.title)" + ($0.documentNumber.map { "（\($0)）" } ?? "")) },
                    .if(
                        notice == nil,
                        .span(
                            .class("badge badge-warn"),
                            .safe("暂定：国务院尚未发布\(year)年放假安排，以下按《全国年节及纪念日放假办法》推算，不含调休")))),
                .p(
                    .if(calendar.years.contains(year - 1), .a(.href("/calendar/\(year - 1)"), .safe("上一年"))),
                    .safe(" · "),
                    .if(calendar.years.contains(year + 1), .a(.href("/calendar/\(year + 1)"), .safe("下一年"))),
                    .safe(" · "), .a(.href("/calendar/\(year).ics"), .safe("下载 ICS 日历文件"))),
                .table(
                    .class("table"),
                    .thead(.tr(.th(.safe("节日")), .th(.safe("放假")), .th(.safe("天数")), .th(.safe("调休上班")))),
                    .tbody(
                        .forEach(periods) { period in
                            let workdays = (notice?.adjustedWorkdays ?? []).filter { $0.name == period.name }
                            return .tr(
                                .td(.safe(period.name)),
                                .td(
                                    .safe(
                                        period.first == period.last
                                            ? period.first.iso : "\(period.first.iso)至\(period.last.iso)")),
                                .td(.safe("\(period.length)")),
                                .td(.safe(workdays.isEmpty ? "—" : workdays.map(\.date.iso).joined(separator: "、"))))
                        })),
                .div(.class("month-grid"), .forEach(1...12) { month(year: year, month: $0, calendar: calendar) })
            ))
    }

    static func month(year: Int, month: Int, calendar: HolidayCalendar) -> Node<HTML.BodyContext> {
        let first = CivilDate(year: year, month: month, day: 1)!
        let days = CivilDate.daysInMonth(year: year, month: month)
        let leading = first.weekday - 1
        let cells: [CivilDate?] = Array(repeating: nil, count: leading) + (0..<days).map { first.adding(days: $0) }
        let weeks = stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<min($0 + 7, cells.count)]) }
        return .table(
            .class("month"),
            .caption(.safe("\(month)月")),
            .thead(.tr(.forEach(["一", "二", "三", "四", "五", "六", "日"]) { .th(.safe($0)) })),
            .tbody(
                .forEach(weeks) { week in
                    .tr(
                        .forEach(week) { day in
                            guard let day else { return .td() }
                            let info = calendar.dayInfo(day)
                            let kind: String =
                                switch info.kind {
                                case .workday: "workday"
                                case .weekend: "weekend"
                                case .holiday: "holiday"
                                case .adjustedWorkday: "adjusted"
                                }
                            return .td(
                                .class("day day-\(kind)"), .attribute(named: "title", value: "\(day.iso) \(info.text)"),
                                .safe("\(day.day)"))
                        })
                }))
    }
}
