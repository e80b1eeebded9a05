import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The rectification reminder sweep, run hourly by the job queue beside the ledger's: a finding the unit still owes
/// (待整改) is reminded to the unit at each lead time before its deadline and once when the deadline has passed, and
/// then the campaign's office is told too. Who is told: those who answer for the unit
/// (`Notifications.send(toAnswering:)`). The reminder sent is recorded on the finding, so a second sweep sends nothing and
/// an extended deadline is reminded afresh.
public enum InspectionReminders {
    @discardableResult
    public static func sweep(
        today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy = ReminderPolicy(), on db: any Database
    ) async throws -> Int {
        let sql = db as! any SQLDatabase
        let horizon = calendar.addWorkdays(policy.horizon, to: today)
        let rows = try await sql.raw(
            """
            SELECT f.id, f.number, f.organisation_id, f.deadline, f.reminded_for, c.title, c.organisation_id AS office_id
            FROM inspection_findings f JOIN inspection_campaigns c ON c.id = f.campaign_id
            WHERE f.status = 'open' AND f.deadline <= \(bind: horizon.iso)
            """
        ).all()
        var sent = 0
        for row in rows {
            let deadline = try CivilDate.column(row, "deadline")
            guard let reminder = policy.reminder(due: deadline, today: today, calendar: calendar) else { continue }
            let number = try row.decode(column: "number", as: Int.self)
            let title = try row.decode(column: "title", as: String.self)
            let marker: String
            let message: (String, String)
            switch reminder {
            case .dueSoon(let lead):
                marker = "\(deadline.iso)@\(lead)"
                message = ("整改即将到期：\(title) 问题\(number)", "「\(title)」反馈的问题\(number)整改期限是 \(deadline)，请按时整改并提交整改报告。")
            case .overdue:
                marker = "overdue \(deadline.iso)"
                message = (
                    "整改已逾期：\(title) 问题\(number)",
                    "「\(title)」反馈的问题\(number)整改期限 \(deadline) 已过，已逾期\(today.dayNumber - deadline.dayNumber)日，请尽快整改并提交整改报告。"
                )
            }
            guard try row.decode(column: "reminded_for", as: String?.self) != marker else { continue }
            let id = try row.decode(column: "id", as: UUID.self)
            let unit = try row.decode(column: "organisation_id", as: UUID.self)
            let office = try row.decode(column: "office_id", as: UUID.self)
            let overdue = marker.hasPrefix("overdue")
            try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                let told = try await Notifications.send(
                    toAnswering: unit, kind: "inspection.\(overdue ? "overdue" : "due_soon")", title: message.0,
                    body: message.1, link: "/inspections/findings/\(id)", on: tx)
                if overdue {
                    try await Notifications.send(
                        toAnswering: office, kind: "inspection.escalated", title: message.0, body: message.1,
                        link: "/inspections/findings/\(id)", skipping: told, on: tx)
                }
                try await sql.raw(
                    "UPDATE inspection_findings SET reminded_for = \(bind: marker) WHERE id = \(bind: id)"
                )
                .run()
            }
            sent += 1
        }
        return sent
    }
}
