import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A ledger just created.
public struct PlanImportResult: Sendable, Equatable {
    public var planID: UUID
    public var items: Int
    public var tasks: Int
    public var assignments: Int
}

extension PlanImport {
    /// Creates the ledger of `request` (see `PlanImport`).
    public func commit(_ request: PlanImportRequest, by actor: Actor) async throws -> PlanImportResult {
        guard !request.document.tasks.isEmpty else {
            throw DomainError.invalid("document", "没有从文件中识别出任何任务，请检查文件内容是否为工作方案、实施意见等")
        }
        let scope = scope
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "sqlite" {
                // A plan of thousands of tasks touches more pages than SQLite's default 2 MB cache holds; with it, the
                // transaction writes pages out and reads them back before it commits (a third of an import's time).
                // The setting stays with this connection of the pool, as a ceiling, not an allocation.
                try await sql.raw("PRAGMA cache_size = -65536").run()
            }
            let preview = try await Self.preview(request, scope: scope, on: tx)
            let unresolved = preview.unresolved
            guard unresolved.isEmpty else {
                throw DomainError.invalid(
                    "mappings", "以下\(unresolved.count)个责任单位尚未对应到机构，请逐一选择：\(unresolved.joined(separator: "、"))")
            }
            try await PlanUnitMappings.save(
                request.mappings, owner: preview.government.id, by: actor.userID, on: sql)
            let owner = try await OrganisationRepository(db: tx, scope: scope).find(request.organisationID)
            let planID = UUID()
            let now = Date()
            let rows = PlanLedgerRows(
                planID: planID, document: request.document,
                units: Dictionary(uniqueKeysWithValues: preview.units.map { ($0.name, $0.organisations) }), now: now)
            try await BulkInsert.run(
                into: "plans",
                columns: [
                    "id", "organisation_id", "org_path", "title", "source_name", "source_sha256", "reference_year",
                    "task_count", "imported_by", "imported_at",
                ],
                rows: [
                    [
                        planID, owner.id, owner.path.value, request.document.title ?? request.sourceName,
                        request.sourceName, request.sourceSHA256, request.referenceYear, rows.tasks.count,
                        actor.userID, now,
                    ]
                ], on: sql)
            try await BulkInsert.run(into: "plan_items", columns: PlanLedgerRows.itemColumns, rows: rows.items, on: sql)
            try await BulkInsert.run(into: "plan_tasks", columns: PlanLedgerRows.taskColumns, rows: rows.tasks, on: sql)
            try await BulkInsert.run(
                into: "plan_task_units", columns: PlanLedgerRows.unitColumns, rows: rows.units, on: sql)
            let result = PlanImportResult(
                planID: planID, items: rows.items.count, tasks: rows.tasks.count, assignments: rows.units.count)
            try await AuditLog.append(
                .of(
                    "plan.import", "plan", id: planID.uuidString, before: nil as PlanImportRecord?,
                    after: PlanImportRecord(
                        title: request.document.title ?? request.sourceName, sourceName: request.sourceName,
                        sourceSHA256: request.sourceSHA256, organisationID: owner.id, items: result.items,
                        tasks: result.tasks, assignments: result.assignments,
                        mappings: request.mappings.mapValues { $0.map(\.uuidString) })),
                orgPath: owner.path, by: actor, on: tx)
            return result
        }
    }
}

/// What the audit log keeps of an import: the source's hash identifies the very file, the counts what came of it.
struct PlanImportRecord: Codable {
    var title: String
    var sourceName: String
    var sourceSHA256: String
    var organisationID: UUID
    var items: Int
    var tasks: Int
    var assignments: Int
    var mappings: [String: [String]]
}

/// The rows of a plan's tree, tasks and unit assignments, in document order.
struct PlanLedgerRows {
    static let itemColumns = [
        "id", "plan_id", "parent_id", "position", "kind", "level", "number", "marker", "title", "body", "units_text",
        "line",
    ]
    static let taskColumns = [
        "id", "plan_id", "item_id", "position", "code", "body", "deadline_kind", "deadline_text", "due_date", "status",
        "progress_count", "updated_at", "cycle",
    ]
    static let unitColumns = [
        "task_id", "plan_id", "organisation_id", "org_path", "role", "written", "status", "due_date",
    ]

    var items: [[any Encodable & Sendable]] = []
    var tasks: [[any Encodable & Sendable]] = []
    var units: [[any Encodable & Sendable]] = []

    init(planID: UUID, document: PlanDocument, units resolved: [String: [Organisation]], now: Date) {
        var ids = OrderedIDs(now: now)
        func add(_ node: PlanNode, parent: UUID?) {
            let itemID = ids.next()
            items.append([
                itemID, planID, parent, items.count, node.kind.rawValue, node.level, node.number, node.marker,
                node.title, node.text, node.unitsText, node.line,
            ])
            for task in node.tasks {
                let taskID = ids.next()
                let code =
                    task.path.map(String.init).joined(separator: ".") + (node.tasks.count > 1 ? "-\(task.index)" : "")
                let deadline = task.deadline
                let status = PlanTaskStatus.initial(for: deadline).rawValue
                tasks.append([
                    taskID, planID, itemID, tasks.count, code, task.text, deadline?.kind.name, deadline?.text,
                    deadline?.date?.iso, status, 0, now, Self.cycle(of: deadline),
                ])
                var assigned = Set<UUID>()
                // Lead units first, so that an organisation named both as lead and as co-operating counts as lead.
                for unit in task.units.sorted(by: { Self.rank($0.role) < Self.rank($1.role) }) {
                    for org in resolved[unit.name] ?? [] where assigned.insert(org.id).inserted {
                        units.append([
                            taskID, planID, org.id, org.path.value, unit.role.rawValue, unit.name, status,
                            deadline?.date?.iso,
                        ])
                    }
                }
            }
            for child in node.children { add(child, parent: itemID) }
        }
        for node in document.nodes { add(node, parent: nil) }
    }

    static func cycle(of deadline: PlanDeadline?) -> String? {
        guard case .recurring(let recurrence)? = deadline?.kind else { return nil }
        return PlanReportingCycle(recurrence).stored
    }

    static func rank(_ role: PlanUnit.Role) -> Int {
        switch role {
        case .lead: 0
        case .responsible: 1
        case .cooperating: 2
        }
    }
}
