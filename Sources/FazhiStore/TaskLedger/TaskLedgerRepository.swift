import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The task ledger within a scope. A plan's own office (the plan's organisation in the scope) sees all of it; a
/// unit sees the plans that assign it tasks and, in them, the tasks of its subtree. Nobody sees a plan that neither
/// belongs to nor assigns anything to their subtree.
public struct TaskLedgerRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate

    public init(db: any Database, scope: Scope, today: CivilDate) {
        self.db = db
        self.scope = scope
        self.today = today
    }

    static let notFound = DomainError.notFound("任务台账不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The standing of a row with `status` and `due_date` columns (a task, or a task's unit), computed by the
    /// database and named as `PlanTaskStanding` names it.
    func standingSQL(_ table: String) -> SQLQueryString {
        """
        CASE WHEN \(unsafeRaw: table).status IN ('not_started', 'in_progress') AND \(unsafeRaw: table).due_date < \(bind: today.iso) \
        THEN 'overdue' ELSE \(unsafeRaw: table).status END
        """
    }

    /// Tasks of `plan` the scope may see in a plan it does not own: those with a unit in the scope. Driven from the
    /// units' path index, which holds few rows for a unit however large the plan.
    func tasksInScope(of planID: UUID) -> SQLQueryString {
        """
        t.id IN (SELECT v.task_id FROM plan_task_units v
                 WHERE \(scope.root.sqlSubtreeRange("v.org_path", on: sql)) AND v.plan_id = \(bind: planID))
        """
    }

    /// Every plan the scope owns or is assigned tasks in, newest first, with its counts.
    public func plans() async throws -> [PlanListing] {
        let owned = scope.root.sqlSubtreeRange("p.org_path", on: sql)
        let rows = try await sql.raw(
            """
            SELECT p.id, p.title, p.source_name, p.source_sha256, p.imported_at, o.name AS organisation_name,
                   CASE WHEN \(owned) THEN 1 ELSE 0 END AS whole
            FROM plans p JOIN organisations o ON o.id = p.organisation_id
            WHERE \(owned) OR EXISTS (SELECT 1 FROM plan_task_units v WHERE v.plan_id = p.id
                                      AND \(scope.root.sqlSubtreeRange("v.org_path", on: sql)))
            ORDER BY p.imported_at DESC
            """
        ).all()
        var listings = try rows.map { row in
            PlanListing(
                id: try row.decode(column: "id", as: UUID.self),
                title: try row.decode(column: "title", as: String.self),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                sourceName: try row.decode(column: "source_name", as: String.self),
                sourceSHA256: try row.decode(column: "source_sha256", as: String.self),
                importedAt: try row.decode(column: "imported_at", as: Date.self), counts: PlanTaskCounts(),
                wholePlan: try row.decode(column: "whole", as: Int.self) == 1)
        }
        for index in listings.indices {
            listings[index].counts = try await counts(planID: listings[index].id, whole: listings[index].wholePlan)
        }
        return listings
    }

    /// One plan, if the scope may see it.
    public func plan(_ id: UUID) async throws -> PlanListing {
        guard let plan = try await plans().first(where: { $0.id == id }) else { throw Self.notFound }
        return plan
    }

    func counts(planID: UUID, whole: Bool) async throws -> PlanTaskCounts {
        let visible: SQLQueryString = whole ? "" : " AND \(tasksInScope(of: planID))"
        let rows = try await sql.raw(
            """
            SELECT \(standingSQL("t")) AS standing, COUNT(*) AS n FROM plan_tasks t
            WHERE t.plan_id = \(bind: planID)\(visible) GROUP BY 1
            """
        ).all()
        var counts = PlanTaskCounts()
        for row in rows {
            guard let standing = PlanTaskStanding(rawValue: try row.decode(column: "standing", as: String.self))
            else { continue }
            counts.add(standing, count: try row.decode(column: "n", as: Int.self))
        }
        return counts
    }

    /// The plan's tree of chapters, sections and items, in document order.
    public func items(of plan: PlanListing) async throws -> [PlanItemRow] {
        try await sql.raw(
            """
            SELECT id, parent_id, kind, level, marker, title, body, units_text FROM plan_items
            WHERE plan_id = \(bind: plan.id) ORDER BY position
            """
        ).all().map { row in
            PlanItemRow(
                id: try row.decode(column: "id", as: UUID.self),
                parentID: try row.decode(column: "parent_id", as: UUID?.self),
                kind: PlanNodeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .item,
                level: try row.decode(column: "level", as: Int.self),
                marker: try row.decode(column: "marker", as: String.self),
                title: try row.decode(column: "title", as: String?.self),
                body: try row.decode(column: "body", as: String.self),
                unitsText: try row.decode(column: "units_text", as: String?.self))
        }
    }

    /// Each unit's tasks in the plan and where they stand, units with late tasks first; counted from the units
    /// table alone (it carries each task's status and date).
    public func units(of plan: PlanListing) async throws -> [PlanUnitStanding] {
        let visible: SQLQueryString =
            plan.wholePlan ? "" : " AND \(scope.root.sqlSubtreeRange("u.org_path", on: sql))"
        let rows = try await sql.raw(
            """
            SELECT u.organisation_id, \(standingSQL("u")) AS standing, COUNT(*) AS n,
                   SUM(CASE WHEN u.role = 'lead' THEN 1 ELSE 0 END) AS lead
            FROM plan_task_units u WHERE u.plan_id = \(bind: plan.id)\(visible)
            GROUP BY u.organisation_id, 2
            """
        ).all()
        var byUnit: [UUID: PlanUnitStanding] = [:]
        for row in rows {
            let id = try row.decode(column: "organisation_id", as: UUID.self)
            var unit = byUnit[id] ?? PlanUnitStanding(organisationID: id, name: "", lead: 0, counts: PlanTaskCounts())
            if let standing = PlanTaskStanding(rawValue: try row.decode(column: "standing", as: String.self)) {
                unit.counts.add(standing, count: try row.decode(column: "n", as: Int.self))
            }
            unit.lead += try row.decode(column: "lead", as: Int.self)
            byUnit[id] = unit
        }
        for org in try await OrganisationRow.find(Array(byUnit.keys), on: sql) { byUnit[org.id]?.name = org.name }
        return byUnit.values.sorted {
            ($0.counts.overdue, $0.counts.total, $1.name) > ($1.counts.overdue, $1.counts.total, $0.name)
        }
    }
}
