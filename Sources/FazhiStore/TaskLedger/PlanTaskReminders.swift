import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The task ledger's reminder sweep, run hourly by the job queue next to the deadline reminders:
/// - a dated task not yet done: its lead and responsible units are told at each lead time before the date and
///   once when it has passed; when it has passed, the plan's office is told too (escalation);
/// - standing work with a reporting cycle (「每季度」): its units are told before each period ends, unless one of
///   them has already reported in that period.
/// Who is told: those who answer for the unit (`Notifications.send(toAnswering:)`). Each reminder is recorded on the (task, unit) row (and the escalation on the task),
/// so running the sweep again sends nothing twice, and a task whose date moves is reminded for the new date.
public enum PlanTaskReminders {
    @discardableResult
    public static func sweep(
        today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy = ReminderPolicy(), on db: any Database
    ) async throws -> Int {
        let sql = db as! any SQLDatabase
        let horizon = calendar.addWorkdays(policy.horizon, to: today)
        let rows = try await sql.raw(
            """
            SELECT u.task_id, u.organisation_id, u.due_date, u.status, u.reminded_for, t.code, t.cycle,
                   t.escalated_for, t.plan_id, p.organisation_id AS office_id, p.title
            FROM plan_task_units u JOIN plan_tasks t ON t.id = u.task_id JOIN plans p ON p.id = t.plan_id
            WHERE u.role IN ('lead', 'responsible')
              AND ((u.status IN ('not_started', 'in_progress') AND u.due_date <= \(bind: horizon.iso))
                   OR (u.status = 'ongoing' AND t.cycle IS NOT NULL))
            """
        ).all()
        var sent = 0
        // A task with several units is escalated once; the rows read above do not see this sweep's own updates.
        var escalated = Set<UUID>()
        for row in rows {
            let due: CivilDate
            let marker: String
            let message: (String, String)
            let taskID = try row.decode(column: "task_id", as: UUID.self)
            let code = try row.decode(column: "code", as: String.self)
            let title = try row.decode(column: "title", as: String.self)
            if let cycle = try row.decode(column: "cycle", as: String?.self).flatMap(PlanReportingCycle.init(stored:)),
                try row.decode(column: "status", as: String.self) == PlanTaskStatus.ongoing.rawValue
            {
                guard let period = cycle.period(containing: today),
                    case .dueSoon(let lead)? = policy.reminder(due: period.last, today: today, calendar: calendar)
                else { continue }
                due = period.last
                marker = "cycle \(period.key)@\(lead)"
                // Already reminded (checked before the query below, which the sweep would otherwise run every hour
                // for every unit of every standing task), or already reported in this period.
                guard try row.decode(column: "reminded_for", as: String?.self) != marker,
                    try await !reported(taskID, since: period.first, on: sql)
                else { continue }
                message = ("请报送任务进展：\(code)", "「\(title)」任务\(code)本期（\(period.key)）进展请于 \(due) 前报送。")
            } else {
                guard let date = try row.decode(column: "due_date", as: String?.self).flatMap(CivilDate.init(iso:)),
                    let reminder = policy.reminder(due: date, today: today, calendar: calendar)
                else { continue }
                due = date
                switch reminder {
                case .dueSoon(let lead):
                    marker = "\(date.iso)@\(lead)"
                    message = ("任务即将到期：\(code)", "「\(title)」任务\(code)的完成时限是 \(date)，请按时完成并报告进展。")
                case .overdue:
                    marker = "overdue \(date.iso)"
                    message = (
                        "任务已逾期：\(code)",
                        "「\(title)」任务\(code)的完成时限 \(date) 已过，已逾期\(today.dayNumber - date.dayNumber)日，请尽快完成并报告进展。"
                    )
                }
            }
            guard try row.decode(column: "reminded_for", as: String?.self) != marker else { continue }
            let unit = try row.decode(column: "organisation_id", as: UUID.self)
            let office = try row.decode(column: "office_id", as: UUID.self)
            let escalatedFor = try row.decode(column: "escalated_for", as: String?.self)
            let escalate = marker.hasPrefix("overdue") && escalatedFor != due.iso && !escalated.contains(taskID)
            if escalate { escalated.insert(taskID) }
            try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                try await Notifications.send(
                    toAnswering: unit, kind: "plan.\(marker.hasPrefix("overdue") ? "overdue" : "due_soon")",
                    title: message.0, body: message.1, link: "/plans/tasks/\(taskID)", on: tx)
                try await sql.raw(
                    """
                    UPDATE plan_task_units SET reminded_for = \(bind: marker)
                    WHERE task_id = \(bind: taskID) AND organisation_id = \(bind: unit)
                    """
                ).run()
                if escalate {
                    try await Notifications.send(
                        toAnswering: office, kind: "plan.escalated", title: "任务逾期：\(code)", body: message.1,
                        link: "/plans/tasks/\(taskID)", on: tx)
                    try await sql.raw(
                        "UPDATE plan_tasks SET escalated_for = \(bind: due.iso) WHERE id = \(bind: taskID)"
                    ).run()
                }
            }
            sent += 1
        }
        return sent
    }

    /// Whether a unit reported on the task on or after `day` (a day in China: reports are stamped in UTC).
    static func reported(_ taskID: UUID, since day: CivilDate, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            "SELECT 1 AS x FROM plan_progress WHERE task_id = \(bind: taskID) AND at >= \(bind: day.startInChina)"
        ).first() != nil
    }
}
