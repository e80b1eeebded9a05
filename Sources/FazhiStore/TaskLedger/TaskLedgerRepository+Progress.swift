import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A progress report as a unit submits it.
public struct PlanProgressInput: Sendable {
    public var body: String
    public var status: String
    public var files: [(name: String, content: Data)]

    public init(body: String, status: String, files: [(name: String, content: Data)] = []) {
        self.body = body
        self.status = status
        self.files = files
    }

    func validated() throws -> (body: String, status: PlanTaskStatus) {
        var v = Validation()
        let body = v.text("body", body, label: "进展情况", maxLength: 4000)
        let status = PlanTaskStatus(rawValue: status)
        if status == nil { v.add("status", "请选择任务状态") }
        EvidenceUpload.check(files, into: &v)
        try v.check()
        return (body, status!)
    }
}

extension TaskLedgerRepository {
    /// The reports on a task, newest first.
    public func progress(of taskID: UUID) async throws -> [PlanProgressRow] {
        _ = try await task(taskID)
        return try await sql.raw(
            """
            SELECT r.id, o.short_name, r.author_name, r.at, r.body, r.status, r.evidence FROM plan_progress r
            JOIN organisations o ON o.id = r.organisation_id WHERE r.task_id = \(bind: taskID) ORDER BY r.at DESC
            """
        ).all().map { row in
            PlanProgressRow(
                id: try row.decode(column: "id", as: UUID.self),
                organisationName: try row.decode(column: "short_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                at: try row.decode(column: "at", as: Date.self), body: try row.decode(column: "body", as: String.self),
                status: PlanTaskStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .inProgress,
                evidence: try JSONDecoder().decode(
                    [EvidenceFile].self, from: Data(try row.decode(column: "evidence", as: String.self).utf8)))
        }
    }

    /// Records a report and sets the task's status. The report is the unit's whose subtree the reporter belongs to
    /// (`reporter`, the user's organisation: a city's 司法局 reports for the city government); failing that, for the
    /// plan's own office, the plan's organisation; with no reporter (the system), the first unit in scope.
    public func report(_ taskID: UUID, _ input: PlanProgressInput, by actor: Actor, from reporter: OrgPath? = nil)
        async throws -> PlanProgressRow
    {
        let valid = try input.validated()
        let evidence = input.files.map { EvidenceFile(name: $0.name, content: $0.content) }
        let (task, plan) = try await task(taskID)
        let reporter = try await reportingUnit(task, plan, reporter: reporter)
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let now = Date()
            for (file, proof) in zip(input.files, evidence) {
                try await EvidenceFiles.store(file.content, sha256: proof.sha256, at: now, on: sql)
            }
            let row = PlanProgressRow(
                id: UUID(), organisationName: reporter.name, authorName: actor.name, at: now, body: valid.body,
                status: valid.status, evidence: evidence)
            try await BulkInsert.run(
                into: "plan_progress",
                columns: [
                    "id", "task_id", "organisation_id", "author_id", "author_name", "at", "body", "status", "evidence",
                ],
                rows: [
                    [
                        row.id, taskID, reporter.id, actor.userID, actor.name, now, valid.body, valid.status.rawValue,
                        try AuditChange.canonicalJSON(evidence),
                    ]
                ], on: sql)
            try await sql.raw(
                """
                UPDATE plan_tasks SET status = \(bind: valid.status.rawValue), progress_count = progress_count + 1,
                       updated_at = \(bind: now), completed_at = \(bind: valid.status == .done ? now : nil as Date?)
                WHERE id = \(bind: taskID)
                """
            ).run()
            try await sql.raw(
                "UPDATE plan_task_units SET status = \(bind: valid.status.rawValue) WHERE task_id = \(bind: taskID)"
            ).run()
            try await AuditLog.append(
                .of(
                    "plan.task.progress", "plan_task", id: taskID.uuidString,
                    before: TaskStatusRecord(status: task.status.rawValue, body: nil, evidence: []),
                    after: TaskStatusRecord(status: valid.status.rawValue, body: valid.body, evidence: evidence)),
                orgPath: reporter.path, by: actor, on: tx)
            return row
        }
    }

    private func reportingUnit(_ task: PlanTaskRow, _ plan: PlanListing, reporter: OrgPath?) async throws
        -> Organisation
    {
        let organisations = OrganisationRepository(db: db, scope: scope)
        let inScope = task.units.filter { scope.contains($0.path) }
        if let reporter, let unit = inScope.first(where: { $0.path.contains(reporter) }) {
            return try await organisations.find(unit.organisationID)
        }
        if plan.wholePlan,
            let owner = try await sql.raw("SELECT organisation_id FROM plans WHERE id = \(bind: plan.id)").first()?
                .decode(column: "organisation_id", as: UUID.self), reporter != nil || inScope.isEmpty
        {
            return try await organisations.find(owner)
        }
        guard let unit = inScope.first else { throw Self.notFound }
        return try await organisations.find(unit.organisationID)
    }

    /// An evidence file, if it belongs to a report on a task the scope may see.
    public func evidence(_ sha256: String, taskID: UUID) async throws -> (file: EvidenceFile, content: Data) {
        let reports = try await progress(of: taskID)
        guard let file = reports.flatMap(\.evidence).first(where: { $0.sha256 == sha256 }),
            let content = try await EvidenceFiles.content(sha256, on: sql)
        else { throw DomainError.notFound("佐证材料不存在，或不在您的管辖范围内") }
        return (file, content)
    }
}

/// A task's status in the audit log.
struct TaskStatusRecord: Codable {
    var status: String
    var body: String?
    var evidence: [EvidenceFile]
}
