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
    public func plans() async throws -> [PlanListing] { try await listings(only: nil) }

    /// One plan, if the scope may see it.
    public func plan(_ id: UUID) async throws -> PlanListing {
        guard let plan = try await listings(only: id).first else { throw Self.notFound }
        return plan
    }

    /// The plans the scope sees (or just `id`), with their counts.
    private func listings(only id: UUID?) async throws -> [PlanListing] {
        let owned = scope.root.sqlSubtreeRange("p.org_path", on: sql)
        let one: SQLQueryString = id.map { "p.id = \(bind: $0) AND " } ?? ""
        let rows = try await sql.raw(
            """
            SELECT p.id, p.title, p.source_name, p.source_sha256, p.imported_at, o.name AS organisation_name,
                   CASE WHEN \(owned) THEN 1 ELSE 0 END AS whole
            FROM plans p JOIN organisations o ON o.id = p.organisation_id
            WHERE \(one)(\(owned) OR EXISTS (SELECT 1 FROM plan_task_units v WHERE v.plan_id = p.id
                                               AND \(scope.root.sqlSubtreeRange("v.org_path", on: sql))))
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

    func counts(planID: UUID, whole: Bool) async throws -> PlanTaskCounts {
        let which: SQLQueryString = whole ? "t.plan_id = \(bind: planID)" : tasksInScope(of: planID)
        guard
            let row = try await sql.raw("SELECT \(countColumns("t")) FROM plan_tasks t WHERE \(which)").first()
        else { return PlanTaskCounts() }
        return try decodeCounts(row)
    }

    /// The figures of `PlanTaskCounts` as conditional sums over rows with `status` and `due_date`: one pass, one row
    /// per group, in the order of the index rather than through a sort on a computed standing.
    func countColumns(_ table: String) -> SQLQueryString {
        let t = table
        let late: SQLQueryString = "\(unsafeRaw: t).due_date < \(bind: today.iso)"
        return """
            COUNT(*) AS total,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'done' THEN 1 ELSE 0 END) AS done,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'ongoing' THEN 1 ELSE 0 END) AS ongoing,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'not_started' THEN 1 ELSE 0 END) AS not_started,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'in_progress' THEN 1 ELSE 0 END) AS in_progress,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'not_started' AND \(late) THEN 1 ELSE 0 END) AS late_not_started,
            SUM(CASE WHEN \(unsafeRaw: t).status = 'in_progress' AND \(late) THEN 1 ELSE 0 END) AS late_in_progress
            """
    }

    func decodeCounts(_ row: any SQLRow) throws -> PlanTaskCounts {
        func n(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
        var counts = PlanTaskCounts()
        let lateNotStarted = try n("late_not_started"), lateInProgress = try n("late_in_progress")
        counts.add(.done, count: try n("done"))
        counts.add(.ongoing, count: try n("ongoing"))
        counts.add(.overdue, count: lateNotStarted + lateInProgress)
        counts.add(.notStarted, count: try n("not_started") - lateNotStarted)
        counts.add(.inProgress, count: try n("in_progress") - lateInProgress)
        return counts
    }

    /// The plan's headings in document order: all of them (`level` nil), or those of one level (1: the chapters).
    public func items(of plan: PlanListing, level: Int? = nil) async throws -> [PlanItemRow] {
        let only: SQLQueryString = level.map { " AND level = \(bind: $0)" } ?? ""
        return try await sql.raw(
            """
            SELECT id, parent_id, kind, level, marker, title, body, units_text FROM plan_items
            WHERE plan_id = \(bind: plan.id)\(only) ORDER BY position
            """
        ).all().map(decodeItem)
    }

    /// The headings with these ids (the items of a page of tasks).
    public func items(_ ids: [UUID]) async throws -> [PlanItemRow] {
        guard !ids.isEmpty else { return [] }
        return try await sql.raw(
            "SELECT id, parent_id, kind, level, marker, title, body, units_text FROM plan_items WHERE id IN (\(binds: ids))"
        ).all().map(decodeItem)
    }

    func decodeItem(_ row: any SQLRow) throws -> PlanItemRow {
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

    /// The condition "the task sits under `itemID`": items are stored in document order, so a heading's subtree is
    /// the run of positions from it to the next heading at its level or above.
    func underItem(_ itemID: UUID, plan: UUID) async throws -> SQLQueryString {
        guard
            let item = try await sql.raw(
                "SELECT position, level FROM plan_items WHERE id = \(bind: itemID) AND plan_id = \(bind: plan)"
            ).first()
        else { throw Self.notFound }
        let position = try item.decode(column: "position", as: Int.self)
        let level = try item.decode(column: "level", as: Int.self)
        let end = try await sql.raw(
            """
            SELECT MIN(position) AS next FROM plan_items
            WHERE plan_id = \(bind: plan) AND position > \(bind: position) AND level <= \(bind: level)
            """
        ).first()?.decode(column: "next", as: Int?.self)
        return """
            t.item_id IN (SELECT i.id FROM plan_items i WHERE i.plan_id = \(bind: plan)
                          AND i.position >= \(bind: position) AND i.position < \(bind: end ?? Int(Int32.max)))
            """
    }

    /// Each unit's tasks in the plan and where they stand, units with late tasks first; counted from the units
    /// table alone (it carries each task's status and date).
    public func units(of plan: PlanListing) async throws -> [PlanUnitStanding] {
        let visible: SQLQueryString =
            plan.wholePlan ? "" : " AND \(scope.root.sqlSubtreeRange("u.org_path", on: sql))"
        let rows = try await sql.raw(
            """
            SELECT u.organisation_id, \(countColumns("u")),
                   SUM(CASE WHEN u.role = 'lead' THEN 1 ELSE 0 END) AS lead
            FROM plan_task_units u WHERE u.plan_id = \(bind: plan.id)\(visible)
            GROUP BY u.org_path, u.organisation_id
            """
        ).all()
        var units = try rows.map { row in
            PlanUnitStanding(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self), name: "",
                lead: try row.decode(column: "lead", as: Int?.self) ?? 0, counts: try decodeCounts(row))
        }
        let names = Dictionary(
            uniqueKeysWithValues: try await OrganisationRow.find(units.map(\.organisationID), on: sql).map {
                ($0.id, $0.name)
            })
        for index in units.indices { units[index].name = names[units[index].organisationID] ?? "—" }
        return units.sorted {
            ($0.counts.overdue, $0.counts.total, $1.name) > ($1.counts.overdue, $1.counts.total, $0.name)
        }
    }
}
