import FazhiCore
import Fluent
import Foundation
import SQLKit

/// What the plan's office may set on a task after import: who answers for it and its date.
public struct PlanTaskEdit: Sendable {
    public var responsiblePerson: String?
    /// `YYYY-MM-DD`, or empty for no date (standing work, or a date the plan leaves to an event).
    public var due: String?

    public init(responsiblePerson: String?, due: String?) {
        self.responsiblePerson = responsiblePerson
        self.due = due
    }
}

extension TaskLedgerRepository {
    /// Sets a task's responsible person and date; only the plan's own office may (a unit reports progress).
    public func edit(_ taskID: UUID, _ edit: PlanTaskEdit, by actor: Actor) async throws -> PlanTaskRow {
        var v = Validation()
        let person = edit.responsiblePerson?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if person.count > 50 { v.add("responsiblePerson", "责任人不能超过50个字") }
        let dueText = edit.due?.trimmingCharacters(in: .whitespaces) ?? ""
        let due = CivilDate(iso: dueText)
        if !dueText.isEmpty && due == nil { v.add("due", "完成时限应为有效日期，例如 2026-12-31") }
        try v.check()
        let (task, plan) = try await task(taskID)
        guard plan.wholePlan else { throw DomainError.forbidden("只有方案的牵头办公室可以修改责任人和完成时限") }
        let planPath = try await sql.raw("SELECT org_path FROM plans WHERE id = \(bind: plan.id)").first()?
            .decode(column: "org_path", as: String.self)
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE plan_tasks SET responsible_person = \(bind: person.isEmpty ? nil : person as String?),
                       due_date = \(bind: due?.iso), updated_at = \(bind: Date()) WHERE id = \(bind: taskID)
                """
            ).run()
            try await sql.raw(
                "UPDATE plan_task_units SET due_date = \(bind: due?.iso) WHERE task_id = \(bind: taskID)"
            ).run()
            try await AuditLog.append(
                .of(
                    "plan.task.update", "plan_task", id: taskID.uuidString,
                    before: TaskEditRecord(responsiblePerson: task.responsiblePerson, due: task.due?.iso),
                    after: TaskEditRecord(responsiblePerson: person.isEmpty ? nil : person, due: due?.iso)),
                orgPath: OrgPath(value: planPath ?? scope.root.value), by: actor, on: tx)
            var updated = task
            updated.responsiblePerson = person.isEmpty ? nil : person
            updated.due = due
            updated.standing = PlanTaskStanding(task.status, due: due, today: today)
            return updated
        }
    }
}

struct TaskEditRecord: Codable {
    var responsiblePerson: String?
    var due: String?
}
