import FazhiCore
import Fluent
import Foundation

/// The reminder sweep, run by the job queue: tells owners once at each lead time before a deadline and once when
/// it has passed. Each reminder is recorded against the due date (and lead time) it was sent for, so running the
/// sweep again (or after a crash half-way) sends nothing twice, and a deadline whose date moves is reminded again
/// for the new date.
public enum DeadlineReminders {
    /// Sends the reminders due on `today`; returns how many were sent.
    @discardableResult
    public static func sweep(
        today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy = ReminderPolicy(), on db: any Database
    ) async throws -> Int {
        let horizon = calendar.addWorkdays(policy.horizon, to: today)
        let candidates = try await DeadlineModel.query(on: db)
            .filter(\.$status == TrackedDeadline.Status.open.rawValue)
            .filter(\.$dueDate != nil)
            .filter(\.$dueDate <= horizon.iso)
            .all()
        var sent = 0
        for row in candidates {
            guard let due = row.dueDate.flatMap(CivilDate.init(iso:)),
                let reminder = policy.reminder(due: due, today: today, calendar: calendar)
            else { continue }
            let marker = Self.marker(reminder, due: due)
            let alreadySent = reminder == .overdue ? row.remindedOverdueFor : row.remindedDueSoonFor
            guard alreadySent != marker else { continue }
            try await db.writeTransaction { tx in
                switch reminder {
                case .dueSoon: row.remindedDueSoonFor = marker
                case .overdue: row.remindedOverdueFor = marker
                }
                try await row.save(on: tx)
                let (title, body) = message(reminder, subject: row.subject, due: due, today: today, calendar: calendar)
                try await Notifications.send(
                    to: row.ownerID, kind: "deadline.\(reminder.kind)", title: title, body: body,
                    link: "/deadlines/\(row.id!)", on: tx)
            }
            sent += 1
        }
        return sent
    }

    /// What is stored for a reminder sent: the due date, and for due-soon reminders the lead time
    /// (「2027-02-09@3」), so that each lead time is reminded once per due date.
    static func marker(_ reminder: ReminderPolicy.Reminder, due: CivilDate) -> String {
        switch reminder {
        case .dueSoon(let lead): "\(due.iso)@\(lead)"
        case .overdue: due.iso
        }
    }

    static func message(
        _ reminder: ReminderPolicy.Reminder, subject: String, due: CivilDate, today: CivilDate,
        calendar: HolidayCalendar
    ) -> (String, String) {
        switch reminder {
        case .dueSoon:
            let left = calendar.workdays(from: today, to: due)
            let when = due == today ? "今天届满" : "将于 \(due) 届满（还剩\(left)个工作日）"
            return ("期限即将届满：\(subject)", "「\(subject)」\(when)。")
        case .overdue:
            return ("期限已逾期：\(subject)", "「\(subject)」的期限已于 \(due) 届满，已逾期\(today.dayNumber - due.dayNumber)日。")
        }
    }
}
