import FazhiCore
import Fluent
import Foundation

/// One version of the calendar as the history lists it.
public struct CalendarVersionRecord: Sendable, Equatable {
    public let version: Int
    public let notice: YearNotice
    public let reason: String?
    public let enteredBy: String
    public let enteredAt: Date
}

/// The calendar in force: the built-in notices plus those entered, and its version number (0 = built-in only).
public struct VersionedCalendar: Sendable {
    public let version: Int
    public let calendar: HolidayCalendar

    public static let builtIn = VersionedCalendar(version: 0, calendar: .official)
}

/// What saving a notice did: the new version and every deadline that moved.
public struct CalendarChange: Sendable {
    public let current: VersionedCalendar
    public let recomputed: Int
    public let moves: [DeadlineMove]
}

/// Holiday notices entered by administrators (the State Council publishes next year's arrangement each
/// autumn). Saving one versions the calendar and recomputes, in the same transaction, every open deadline.
public struct CalendarStore: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    /// The calendar in force now.
    public func current() async throws -> VersionedCalendar {
        let rows = try await CalendarNoticeModel.query(on: db).sort(\.$version).all()
        return try Self.calendar(from: rows)
    }

    /// The newest version number, cheap enough to poll.
    public func latestVersion() async throws -> Int {
        try await CalendarNoticeModel.query(on: db).max(\.$version) ?? 0
    }

    /// Every entered notice, newest first.
    public func history() async throws -> [CalendarVersionRecord] {
        try await CalendarNoticeModel.query(on: db).sort(\.$version, .descending).all().map {
            CalendarVersionRecord(
                version: $0.version, notice: try $0.decoded(), reason: $0.reason, enteredBy: $0.enteredBy,
                enteredAt: $0.enteredAt)
        }
    }

    /// Validates and saves `notice` as a new version, then recomputes every open deadline with the new calendar;
    /// deadlines whose last day (or provisional mark) changed are recorded as moves and their owners notified.
    public func add(_ notice: YearNotice, reason: String?, orgPath: OrgPath, by actor: Actor) async throws
        -> CalendarChange
    {
        let notice = try notice.validatedForEntry()
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if (reason?.count ?? 0) > 500 { throw DomainError.invalid("reason", "说明不能超过500字") }
        return try await db.writeTransaction { tx in
            let rows = try await CalendarNoticeModel.query(on: tx).sort(\.$version).all()
            let previous = try Self.calendar(from: rows)
            let row = CalendarNoticeModel()
            row.id = UUID()
            row.version = previous.version + 1
            row.year = notice.year
            row.notice = try AuditChange.canonicalJSON(notice)
            row.reason = reason?.isEmpty == false ? reason : nil
            row.enteredByID = actor.userID
            row.enteredBy = actor.name
            row.enteredAt = Date()
            try await row.create(on: tx)
            let current = try Self.calendar(from: rows + [row])
            try await AuditLog.append(
                .of(
                    "calendar.notice", "calendar", id: "\(notice.year)",
                    before: previous.calendar.notice(for: notice.year),
                    after: notice),
                orgPath: orgPath, by: actor, on: tx)
            let why = "\(notice.year)年放假安排已录入（\(notice.documentNumber ?? notice.title)，日历第\(current.version)版）"
            let result = try await DeadlineRecalculation.run(with: current, reason: why, on: tx)
            return CalendarChange(current: current, recomputed: result.recomputed, moves: result.moves)
        }
    }

    static func calendar(from rows: [CalendarNoticeModel]) throws -> VersionedCalendar {
        guard let last = rows.last else { return .builtIn }
        let entered = try rows.map { try $0.decoded() }
        return VersionedCalendar(
            version: last.version, calendar: HolidayCalendar(notices: YearNotice.official + entered))
    }
}
