import FazhiCore
import Foundation
import SQLKit

/// The history rows of complaints and the answer period, shared by the public desk and the scoped repository.
enum ComplaintEvents {
    static func append(
        to id: UUID, sequence: Int, action: String, stage: ComplaintStage, text: String, side: String,
        by actor: Actor, today: CivilDate, on sql: any SQLDatabase
    ) async throws {
        try await BulkInsert.run(
            into: "complaint_events",
            columns: [
                "id", "complaint_id", "sequence", "action", "stage_after", "text", "organisation_name", "author_name",
                "on_day", "at",
            ],
            rows: [[UUID(), id, sequence, action, stage.rawValue, text, side, actor.name, today.iso, Date()]],
            on: sql)
    }

    static func list(of id: UUID, on sql: any SQLDatabase) async throws -> [ComplaintEventRow] {
        try await sql.raw(
            """
            SELECT sequence, action, stage_after, text, organisation_name, author_name, on_day, at
            FROM complaint_events WHERE complaint_id = \(bind: id) ORDER BY sequence
            """
        ).all().map { row in
            ComplaintEventRow(
                sequence: try row.decode(column: "sequence", as: Int.self),
                action: try row.decode(column: "action", as: String.self),
                stageAfter: ComplaintStage(rawValue: try row.decode(column: "stage_after", as: String.self))
                    ?? .received,
                text: try row.decode(column: "text", as: String.self),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                onDay: try row.decode(column: "on_day", as: String.self),
                at: try row.decode(column: "at", as: Date.self))
        }
    }

    /// The answer period running on a complaint under its handler's region, computed and explained; nil once
    /// answered.
    static func deadline(for row: ComplaintRow, calendar: HolidayCalendar, on sql: any SQLDatabase) async throws
        -> Deadline?
    {
        guard row.dueOn != nil, let start = CivilDate(iso: row.receivedOn) else { return nil }
        var policy = try await ComplaintRouting.policy(at: row.orgPath, on: sql)
        // The period was fixed on receipt; a later change of the region's rule does not move it.
        policy.replyWorkingDays = row.replyDays
        return try? DeadlineCalculator(calendar: calendar).compute(policy.replyRule, start: start)
    }
}
