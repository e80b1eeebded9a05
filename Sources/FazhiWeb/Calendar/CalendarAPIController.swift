import FazhiCore
import FazhiStore
import Vapor

/// `GET /api/v1/calendar/{year}`: a year's arrangement, public like the notices themselves.
struct CalendarAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", ":year", use: year)
        routes.get("calendar", "notices", use: notices)
        routes.post("calendar", "notices", use: addNotice)
    }

    struct NoticeRecordDTO: Content {
        let version: Int
        let year: Int
        let title: String
        let documentNumber: String?
        let issuedOn: CivilDate
        let holidays: [HolidayPeriod]
        let adjustedWorkdays: [AdjustedWorkday]
        let reason: String?
        let enteredBy: String
        let enteredAt: Date

        init(_ record: CalendarVersionRecord) {
            version = record.version
            year = record.notice.year
            title = record.notice.title
            documentNumber = record.notice.documentNumber
            issuedOn = record.notice.issuedOn
            holidays = record.notice.holidays
            adjustedWorkdays = record.notice.adjustedWorkdays
            reason = record.reason
            enteredBy = record.enteredBy
            enteredAt = record.enteredAt
        }
    }

    struct CalendarChangeDTO: Content {
        let version: Int
        let recomputed: Int
        let moves: [DeadlineMove]
    }

    /// Every notice entered by administrators, newest first (public, like the notices).
    @Sendable func notices(req: Request) async throws -> [NoticeRecordDTO] {
        try await CalendarStore(db: req.db).history().map(NoticeRecordDTO.init)
    }

    /// Enters a year's notice: a new calendar version; open deadlines are recomputed and owners notified.
    @Sendable func addNotice(req: Request) async throws -> Response {
        let member = try req.requireCalendarAdministrator()
        let body = try req.json(YearNoticeEntry.self)
        let change = try await req.saveNotice(body.notice, reason: body.reason, by: member)
        let response = Response(status: .created)
        try response.content.encode(
            CalendarChangeDTO(version: change.current.version, recomputed: change.recomputed, moves: change.moves))
        return response
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
        let calendar = req.calendar.calendar
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

extension HolidayPeriod: Content {}
extension AdjustedWorkday: Content {}
extension YearNoticeEntry: Content {}
