import FazhiCore
import Fluent
import Foundation
import SQLKit

extension TaskLedgerRepository {
    /// The plan's tasks the scope sees, filtered and paged, with their units; and how many match in all.
    public func tasks(of plan: PlanListing, _ filter: PlanTaskFilter) async throws -> (tasks: [PlanTaskRow], total: Int)
    {
        // Each id subquery below already names the plan; without `t.plan_id = ?` beside it SQLite looks the few
        // tasks up by id instead of walking all of the plan's tasks to test each against the list.
        var conditions: [SQLQueryString] = []
        if !plan.wholePlan { conditions.append(tasksInScope(of: plan.id)) }
        if let itemID = filter.itemID { conditions.append(try await underItem(itemID, plan: plan.id)) }
        if let organisationID = filter.organisationID {
            conditions.append(
                """
                t.id IN (SELECT f.task_id FROM plan_task_units f
                         WHERE f.plan_id = \(bind: plan.id)
                           AND f.org_path = (SELECT o.path FROM organisations o WHERE o.id = \(bind: organisationID))
                           AND f.organisation_id = \(bind: organisationID))
                """)
        }
        if conditions.isEmpty { conditions.append("t.plan_id = \(bind: plan.id)") }
        if let standing = filter.standing { conditions.append("\(standingSQL("t")) = \(bind: standing.rawValue)") }
        let whereClause = conditions.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM plan_tasks t WHERE \(whereClause)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        // Undated tasks last in both databases (NULLs sort first in one and last in the other).
        let order: SQLQueryString =
            filter.byDeadline
            ? "CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date, t.position" : "t.position"
        let rows = try await sql.raw(
            """
            SELECT t.id, t.plan_id, t.item_id, t.code, t.body, t.deadline_text, t.deadline_kind, t.due_date, t.status,
                   t.responsible_person, t.progress_count, t.updated_at
            FROM plan_tasks t WHERE \(whereClause) ORDER BY \(order)
            LIMIT \(literal: max(0, filter.limit)) OFFSET \(literal: max(0, filter.offset))
            """
        ).all()
        var tasks: [PlanTaskRow] = try rows.map(decodeTask)
        let units = try await self.units(ofTasks: tasks.map { $0.id }, plan: plan.id)
        for index in tasks.indices { tasks[index].units = units[tasks[index].id] ?? [] }
        return (tasks, total)
    }

    func decodeTask(_ row: any SQLRow) throws -> PlanTaskRow {
        let status = PlanTaskStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .notStarted
        let due = try row.decode(column: "due_date", as: String?.self).flatMap(CivilDate.init(iso:))
        return PlanTaskRow(
            id: try row.decode(column: "id", as: UUID.self), planID: try row.decode(column: "plan_id", as: UUID.self),
            itemID: try row.decode(column: "item_id", as: UUID.self),
            code: try row.decode(column: "code", as: String.self),
            body: try row.decode(column: "body", as: String.self),
            deadlineText: try row.decode(column: "deadline_text", as: String?.self),
            deadlineKind: try row.decode(column: "deadline_kind", as: String?.self), due: due, status: status,
            standing: PlanTaskStanding(status, due: due, today: today),
            responsiblePerson: try row.decode(column: "responsible_person", as: String?.self),
            progressCount: try row.decode(column: "progress_count", as: Int.self), units: [],
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    /// The units of these tasks of `plan`: by id for a page of tasks, by plan for an export of thousands (a
    /// statement cannot take that many parameters, and one pass over the plan's units is faster anyway).
    func units(ofTasks ids: [UUID], plan: UUID) async throws -> [UUID: [PlanTaskUnit]] {
        guard !ids.isEmpty else { return [:] }
        let which: SQLQueryString =
            ids.count <= 500 ? "u.task_id IN (\(binds: ids))" : "u.plan_id = \(bind: plan)"
        let rows = try await sql.raw(
            """
            SELECT u.task_id, u.organisation_id, u.org_path, u.role, o.short_name FROM plan_task_units u
            JOIN organisations o ON o.id = u.organisation_id WHERE \(which)
            """
        ).all()
        var units: [UUID: [PlanTaskUnit]] = [:]
        for row in rows {
            units[try row.decode(column: "task_id", as: UUID.self), default: []].append(
                PlanTaskUnit(
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    name: try row.decode(column: "short_name", as: String.self),
                    path: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
                    role: PlanUnit.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .responsible))
        }
        for id in units.keys { units[id]!.sort { PlanLedgerRows.rank($0.role) < PlanLedgerRows.rank($1.role) } }
        return units
    }

    /// One task the scope may see, with its plan.
    public func task(_ id: UUID) async throws -> (task: PlanTaskRow, plan: PlanListing) {
        guard
            let row = try await sql.raw(
                """
                SELECT t.id, t.plan_id, t.item_id, t.code, t.body, t.deadline_text, t.deadline_kind, t.due_date,
                       t.status, t.responsible_person, t.progress_count, t.updated_at
                FROM plan_tasks t WHERE t.id = \(bind: id)
                """
            ).first()
        else { throw Self.notFound }
        var task = try decodeTask(row)
        let plan = try await plan(task.planID)
        task.units = try await units(ofTasks: [id], plan: task.planID)[id] ?? []
        guard plan.wholePlan || task.units.contains(where: { scope.contains($0.path) }) else { throw Self.notFound }
        return (task, plan)
    }
}
