import FazhiCore
import Vapor

/// `GET /api/v1/calendar/{year}`: a year's arrangement, public like the notices themselves.
struct CalendarAPIController: RouteCollection {
    let calendar: HolidayCalendar

    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", ":year", use: year)
    }

    struct YearDTO: Content {
        struct Period: Content {
            let name: String
            let first: CivilDate
            let last: CivilDate
        }
        struct Workday: Content {
            let date: CivilDate
            let name: String
        }
        let year: Int
        let provisional: Bool
        let notice: String?
        let documentNumber: String?
        let issuedOn: CivilDate?
        let holidays: [Period]
        let adjustedWorkdays: [Workday]
        /// Every non-working day of the year, weekends included.
        let restDays: [CivilDate]
    }

    @Sendable func year(req: Request) async throws -> YearDTO {
        guard let year = req.parameters.get("year").flatMap(Int.init), calendar.years.contains(year) else {
            throw DomainError.notFound("没有该年份的日历（可查询 \(calendar.years.lowerBound)–\(calendar.years.upperBound) 年）")
        }
        let notice = calendar.notice(for: year)
        let first = CivilDate(year: year, month: 1, day: 1)!
        let count = first.days(to: CivilDate(year: year, month: 12, day: 31)!) + 1
        return YearDTO(
            year: year, provisional: notice == nil, notice: notice?.title, documentNumber: notice?.documentNumber,
            issuedOn: notice?.issuedOn,
            holidays: (notice?.holidays ?? StatutoryHolidays.periods(in: year)).map {
                .init(name: $0.name, first: $0.first, last: $0.last)
            },
            adjustedWorkdays: (notice?.adjustedWorkdays ?? []).map { .init(date: $0.date, name: $0.name) },
            restDays: (0..<count).map { first.adding(days: $0) }.filter { !calendar.isWorkday($0) })
    }
}

extension CivilDate: Content {}
