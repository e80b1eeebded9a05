import FazhiCore
import Fluent
import Foundation
import SQLKit

extension TransferRepository {
    /// Records the task group's report of a suspected crime (第五条第一款), for the member's own agency, or for the
    /// agency of `caseID` (a case of the scope) when it comes from a penalty case. The head's 3-day approval period
    /// starts from the report's day.
    public func report(_ input: TransferInput, caseID: UUID? = nil, by actor: Actor) async throws -> TransferRow {
        guard mayReport else { throw DomainError.forbidden("只有执法人员、部门法制员或管理员可以提出移送") }
        let report = try input.validated(today: today)
        var agency = (id: memberOrganisationID, path: memberPath)
        if let caseID {
            guard
                let row = try await sql.raw(
                    """
                    SELECT organisation_id, org_path FROM enforcement_cases
                    WHERE id = \(bind: caseID) AND \(scope.root.sqlSubtreeRange("org_path", on: sql))
                    """
                ).first()
            else { throw DomainError.notFound("案件不存在，或不在您的管辖范围内") }
            agency = (
                try row.decode(column: "organisation_id", as: UUID.self),
                OrgPath(value: try row.decode(column: "org_path", as: String.self))
            )
            guard roles.contains(.admin) || agency.path.contains(memberPath) else {
                throw DomainError.forbidden("只有办理该案件的执法机关可以提出移送")
            }
        }
        let due = TransferDeadlines.running(.reported, since: report.reportedOn, time: nil, calculator: calculator)
        let id = UUID()
        let members = String(decoding: try JSONEncoder().encode(report.members), as: UTF8.self)
        let owner = agency
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let now = Date()
            try await sql.raw(
                """
                INSERT INTO crime_transfers (id, organisation_id, org_path, case_id, subject, party, offence, facts,
                    police, members, stage, reported_on, last_step_on, due_from, due_on, event_count, opinion_count,
                    created_at, updated_at)
                VALUES (\(bind: id), \(bind: owner.id), \(bind: owner.path.value), \(bind: caseID),
                    \(bind: report.subject), \(bind: report.party), \(bind: report.offence), \(bind: report.facts),
                    \(bind: report.police), \(bind: members), \(bind: TransferStage.reported.rawValue),
                    \(bind: report.reportedOn.iso), \(bind: report.reportedOn.iso), \(bind: report.reportedOn.iso),
                    \(bind: due?.due?.iso), 1, 0, \(bind: now), \(bind: now))
                """
            ).run()
            try await appendEvent(
                to: id, sequence: 1, action: "report", stage: .reported, day: report.reportedOn, time: nil,
                document: "", note: "专案组：\(report.members.joined(separator: "、"))。\(report.facts)", late: false,
                by: actor, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.transfer.report", "crime_transfer", id: id.uuidString, before: nil as TransferReport?,
                    after: report),
                orgPath: owner.path, by: actor, on: tx)
        }
        return try await find(id)
    }

    /// Records a step (the head's decision, the handover, the police's receipt and decisions, the agency's request for
    /// reconsideration or suggestion to the procuratorate, the handover of materials, the conclusion, a withdrawal).
    /// A step that ends a period after it ran out is recorded and marked late, and raises a `transfer.late` alert.
    public func act(on id: UUID, _ input: TransferStepInput, by actor: Actor) async throws -> TransferRow {
        let row = try await find(id)
        guard mayRecord(on: row) else {
            throw DomainError.forbidden("只有移送机关的执法人员、部门法制员或管理员可以办理移送")
        }
        let step = try input.validated(today: today, previous: CivilDate(iso: row.lastStepOn))
        guard let stage = step.action.next(from: row.stage) else {
            throw DomainError.conflict(step.action.refusal(at: row.stage))
        }
        let running = deadline(for: row)
        let late = running.map { TransferDeadlines.isLate(step, for: $0) } ?? false
        let next = TransferDeadlines.running(stage, since: step.date, time: step.time, calculator: calculator)
        let due = (
            from: next == nil ? nil : step.date.iso, fromTime: next?.dueTime == nil ? nil : step.time,
            on: next?.due?.iso, time: next?.dueTime
        )
        let lateAlert: EnforcementSweep.Alert? =
            late && row.stage.alertsWhenOverdue
            ? running.map { deadline in
                TransferSweep.alert(
                    row, rule: "transfer.late", key: "transfer-late:\(id.uuidString):\(row.stage.rawValue)",
                    title: "\(deadline.title)逾期",
                    message:
                        "「\(row.subject)」\(deadline.title)于\(deadline.due?.iso ?? "")\(deadline.dueTime.map { " \($0)" } ?? "")届满，\(step.date)\(step.time.map { " \($0)" } ?? "")才\(step.action.label)",
                    stage: row.stage)
            } : nil
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let current = try await sql.raw(
                "SELECT event_count, stage FROM crime_transfers WHERE id = \(bind: id)\(sql.forUpdate)"
            ).first()
            guard let current, try current.decode(column: "stage", as: String.self) == row.stage.rawValue else {
                throw DomainError.conflict("移送已被他人办理，请刷新后重试")
            }
            let sequence = try current.decode(column: "event_count", as: Int.self) + 1
            try await sql.raw(
                """
                UPDATE crime_transfers SET stage = \(bind: stage.rawValue), last_step_on = \(bind: step.date.iso),
                    transferred_on = \(bind: step.action == .handOver ? step.date.iso : row.transferredOn),
                    due_from = \(bind: due.from), due_from_time = \(bind: due.fromTime), due_on = \(bind: due.on),
                    due_time = \(bind: due.time), event_count = \(bind: sequence), updated_at = \(bind: Date())
                WHERE id = \(bind: id)
                """
            ).run()
            try await appendEvent(
                to: id, sequence: sequence, action: step.action.rawValue, stage: stage, day: step.date,
                time: step.time, document: step.document, note: step.note, late: late, by: actor, on: sql)
            if let lateAlert { try await EnforcementSweep.insert([lateAlert], today: today, on: sql) }
            try await AuditLog.append(
                .of(
                    "enforcement.transfer.\(step.action.rawValue)", "crime_transfer", id: id.uuidString,
                    before: AuditedTransferStep(stage: row.stage.rawValue, step: nil, late: nil),
                    after: AuditedTransferStep(stage: stage.rawValue, step: step, late: late)),
                orgPath: row.orgPath, by: actor, on: tx)
        }
        return try await find(id)
    }

    /// Records a procuratorate's 立案监督 note or opinion on the transfer; the stage does not change.
    public func opinion(on id: UUID, _ input: TransferOpinionInput, by actor: Actor) async throws -> TransferRow {
        guard mayGiveOpinion else { throw DomainError.forbidden("只有检察机关（检察监督）可以提出立案监督意见") }
        let text = try input.validated()
        let row = try await find(id)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            guard
                let current = try await sql.raw(
                    "SELECT event_count FROM crime_transfers WHERE id = \(bind: id)\(sql.forUpdate)"
                ).first()
            else { throw Self.notFound }
            let sequence = try current.decode(column: "event_count", as: Int.self) + 1
            try await sql.raw(
                """
                UPDATE crime_transfers SET event_count = \(bind: sequence), opinion_count = opinion_count + 1,
                    updated_at = \(bind: Date())
                WHERE id = \(bind: id)
                """
            ).run()
            try await appendEvent(
                to: id, sequence: sequence, action: "opinion", stage: row.stage, day: today, time: nil, document: "",
                note: text, late: false, by: actor, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.transfer.opinion", "crime_transfer", id: id.uuidString, before: nil as String?,
                    after: text),
                orgPath: row.orgPath, by: actor, on: tx)
        }
        return try await find(id)
    }

    func appendEvent(
        to id: UUID, sequence: Int, action: String, stage: TransferStage, day: CivilDate, time: String?,
        document: String, note: String, late: Bool, by actor: Actor, on sql: any SQLDatabase
    ) async throws {
        let organisation =
            try await sql.raw("SELECT name FROM organisations WHERE id = \(bind: memberOrganisationID)").first()?
            .decode(column: "name", as: String.self) ?? ""
        try await sql.raw(
            """
            INSERT INTO crime_transfer_events (id, transfer_id, sequence, action, stage_after, on_day, on_time,
                document, note, late, organisation_name, author_id, author_name, at)
            VALUES (\(bind: UUID()), \(bind: id), \(bind: sequence), \(bind: action), \(bind: stage.rawValue),
                \(bind: day.iso), \(bind: time), \(bind: document), \(bind: note), \(bind: late),
                \(bind: organisation), \(bind: actor.userID), \(bind: actor.name), \(bind: Date()))
            """
        ).run()
    }
}

/// What the audit trail records of a step: the stage before and after, the step as checked, and whether it was late.
struct AuditedTransferStep: Encodable {
    var stage: String
    var step: TransferStep?
    var late: Bool?
}
