import FazhiCore
import Foundation
import SQLKit

/// The platform's own figures for one unit over a period, counted from the records by `MetricCounting` (the
/// reference definitions), so that every figure lists the very records it counts.
///
/// A unit's figure counts the records addressed to that unit itself (its task assignments, its findings, its
/// deadlines), not its subtree's: a government is assessed on what it answers for, its departments separately.
enum AssessmentFigures {
    /// The figure `metric` for `unit` in `period`; nil when the platform does not hold that figure yet.
    static func count(_ metric: String, unit: UUID, in period: AssessmentPeriod, on sql: any SQLDatabase) async throws
        -> MetricCount?
    {
        switch metric {
        case "plan.tasks.on_time": MetricCounting.tasksOnTime(try await tasks(of: unit, on: sql), in: period)
        case "plan.tasks.completed": MetricCounting.tasksCompleted(try await tasks(of: unit, on: sql), in: period)
        case "inspection.findings.rectified":
            MetricCounting.findingsRectified(try await findings(of: unit, on: sql), in: period)
        case "inspection.findings.rectified_on_time":
            MetricCounting.findingsRectifiedOnTime(try await findings(of: unit, on: sql), in: period)
        case "deadlines.met": MetricCounting.deadlinesMet(try await deadlines(of: unit, on: sql), in: period)
        default: nil
        }
    }

    private static func tasks(of unit: UUID, on sql: any SQLDatabase) async throws -> [TaskAssignmentFact] {
        try await sql.raw(
            """
            SELECT t.id, v.role, t.status, t.due_date, t.completed_at FROM plan_task_units v
            JOIN plan_tasks t ON t.id = v.task_id WHERE v.organisation_id = \(bind: unit)
            """
        ).all().map { row in
            TaskAssignmentFact(
                id: try row.decode(column: "id", as: UUID.self),
                role: PlanUnit.Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .cooperating,
                status: PlanTaskStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .notStarted,
                due: try row.decode(column: "due_date", as: String?.self).flatMap(CivilDate.init(iso:)),
                completedOn: try row.decode(column: "completed_at", as: Date?.self).map(CivilDate.init(chinaDayOf:)))
        }
    }

    private static func findings(of unit: UUID, on sql: any SQLDatabase) async throws -> [FindingFact] {
        try await sql.raw(
            """
            SELECT id, raised_on, deadline, status, closed_on, reported_on FROM inspection_findings
            WHERE organisation_id = \(bind: unit)
            """
        ).all().map { row in
            let closed = try row.decode(column: "status", as: String.self) == InspectionFindingStatus.closed.rawValue
            func date(_ column: String) throws -> CivilDate? {
                try row.decode(column: column, as: String?.self).flatMap(CivilDate.init(iso:))
            }
            return FindingFact(
                id: try row.decode(column: "id", as: UUID.self), raisedOn: try CivilDate.column(row, "raised_on"),
                deadline: try CivilDate.column(row, "deadline"), closedOn: closed ? try date("closed_on") : nil,
                reportedOn: closed ? try date("reported_on") : nil)
        }
    }

    private static func deadlines(of unit: UUID, on sql: any SQLDatabase) async throws -> [DeadlineFact] {
        try await sql.raw(
            "SELECT id, due_date, status, closed_at FROM deadlines WHERE organisation_id = \(bind: unit)"
        ).all().map { row in
            let closed = try row.decode(column: "status", as: String.self) == "closed"
            return DeadlineFact(
                id: try row.decode(column: "id", as: UUID.self),
                due: try row.decode(column: "due_date", as: String?.self).flatMap(CivilDate.init(iso:)),
                closedOn: closed
                    ? try row.decode(column: "closed_at", as: Date?.self).map(CivilDate.init(chinaDayOf:)) : nil)
        }
    }

    /// A record a figure counts, named as its page names it, with the address of that page.
    struct Record: Sendable, Equatable {
        var id: UUID
        var title: String
        var path: String
    }

    /// The records `ids` of the kind `metric` counts.
    static func records(_ metric: String, ids: [UUID], on sql: any SQLDatabase) async throws -> [Record] {
        guard !ids.isEmpty else { return [] }
        let (query, path): (SQLQueryString, String) =
            switch metric {
            case "plan.tasks.on_time", "plan.tasks.completed":
                ("SELECT id, code || ' ' || body AS title FROM plan_tasks WHERE id IN ", "/plans/tasks/")
            case "inspection.findings.rectified", "inspection.findings.rectified_on_time":
                ("SELECT id, description AS title FROM inspection_findings WHERE id IN ", "/inspections/findings/")
            default: ("SELECT id, subject AS title FROM deadlines WHERE id IN ", "/deadlines/")
            }
        let rows = try await sql.raw("\(query)(\(binds: ids))").all()
        var titles: [UUID: String] = [:]
        for row in rows {
            titles[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "title", as: String.self)
        }
        return ids.map { Record(id: $0, title: titles[$0] ?? "—", path: path + $0.uuidString) }
    }
}
