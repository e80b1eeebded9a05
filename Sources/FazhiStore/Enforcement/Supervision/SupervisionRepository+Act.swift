import FazhiCore
import Fluent
import Foundation
import SQLKit

extension SupervisionRepository {
    /// Takes a step on notice `id`: the agency replies (with files, hashed and kept like case evidence; a reply after
    /// the due day raises a `supervision.overdue` alert), or the bureau handling it accepts (closing the linked
    /// alerts), returns it for a fuller reply (a new reply period from today), or escalates it to the justice bureau
    /// of the government above, which handles it from then on.
    public func act(
        on id: UUID, _ input: SupervisionStepInput, files: [(name: String, content: Data)] = [], by actor: Actor
    ) async throws -> SupervisionNoticeRow {
        let (action, text) = try input.validated()
        var fileCheck = Validation()
        EvidenceUpload.check(files, into: &fileCheck)
        if !files.isEmpty && !action.byAgency { fileCheck.add("files", "只有答复可以附佐证材料") }
        try fileCheck.check()
        let row = try await find(id)
        guard mayTake(action, on: row) else {
            throw DomainError.forbidden(
                action.byAgency
                    ? "只有被督办单位的执法人员、部门法制员或管理员可以答复"
                    : "只有当前承办该督办的司法行政机关可以「\(action.label)」")
        }
        guard let stage = action.next(from: row.stage) else {
            throw DomainError.conflict(action.refusal(at: row.stage))
        }
        var supervisor = (id: row.supervisorID, scope: row.supervisorScope, name: row.supervisorName)
        if action == .escalate {
            guard let above = try await governmentAbove(row.supervisorScope),
                let bureau = try await justiceBureau(of: above)
            else { throw DomainError.conflict("上级人民政府未登记司法行政机关，无法提请上级督办") }
            supervisor = (bureau.id, above, bureau.name)
        }
        var dueFrom = row.dueFrom
        var dueOn = row.dueOn
        switch action {
        case .reply, .accept: (dueFrom, dueOn) = (nil, nil)
        case .return: (dueFrom, dueOn) = (today.iso, try dueDay(from: today, days: row.replyDays).iso)
        case .escalate:
            // Still waiting for a reply: the bureau above gives the agency a fresh period.
            if row.dueOn != nil { (dueFrom, dueOn) = (today.iso, try dueDay(from: today, days: row.replyDays).iso) }
        }
        let due = (from: dueFrom, on: dueOn)
        let handler = supervisor
        let evidence = files.map { EvidenceFile(name: $0.name, content: $0.content) }
        let lateBy = action == .reply ? row.dueOn.flatMap { $0 < today.iso ? $0 : nil } : nil
        let side = action.byAgency ? row.organisationName : row.supervisorName
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let count =
                try await sql.raw(
                    "SELECT event_count, stage FROM supervision_notices WHERE id = \(bind: id)\(sql.forUpdate)"
                ).first()
            guard let count, try count.decode(column: "stage", as: String.self) == row.stage.rawValue else {
                throw DomainError.conflict("督办已被他人处理，请刷新后重试")
            }
            let sequence = try count.decode(column: "event_count", as: Int.self) + 1
            let now = Date()
            for (file, content) in zip(evidence, files.map(\.content)) {
                try await EvidenceFiles.store(content, sha256: file.sha256, at: now, on: sql)
            }
            try await sql.raw(
                """
                UPDATE supervision_notices SET stage = \(bind: stage.rawValue), due_from = \(bind: due.from),
                    due_on = \(bind: due.on), supervisor_id = \(bind: handler.id),
                    supervisor_scope = \(bind: handler.scope.value),
                    replied_on = \(bind: action == .reply ? today.iso : row.repliedOn),
                    closed_on = \(bind: stage == .closed ? today.iso : nil), event_count = \(bind: sequence),
                    updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
            try await appendEvent(
                to: id, sequence: sequence, action: action.rawValue, stage: stage,
                text: action == .escalate ? "提请\(handler.name)督办：\(text)" : text, files: evidence, side: side,
                by: actor, on: sql)
            if stage == .closed {
                try await sql.raw(
                    """
                    UPDATE enforcement_alerts SET closed_at = \(bind: now), closed_note = \(bind: "督办已办结（\(row.number)）")
                    WHERE closed_at IS NULL
                      AND id IN (SELECT alert_id FROM supervision_notice_alerts WHERE notice_id = \(bind: id))
                    """
                ).run()
            }
            if let lateBy {
                try await NewAlert.insert(
                    [
                        NewAlert(
                            organisationID: row.organisationID, orgPath: row.orgPath.value, caseID: row.caseID,
                            key: "supervision-late:\(id.uuidString):\(lateBy)",
                            finding: CaseFinding(
                                rule: "supervision.overdue", title: "逾期答复督办",
                                message: "\(row.organisationName)对「\(row.number)」的答复期限于\(lateBy)届满，\(today.iso)才答复",
                                basis: SupervisionPolicy.basis, severity: .medium),
                            raisedOn: today)
                    ], at: now, on: sql)
            }
            try await AuditLog.append(
                .of(
                    "enforcement.supervision.\(action.rawValue)", "supervision_notice", id: id.uuidString,
                    before: AuditedStep(
                        stage: row.stage.rawValue, text: nil, files: nil, supervisor: row.supervisorName),
                    after: AuditedStep(stage: stage.rawValue, text: text, files: evidence, supervisor: handler.name)),
                orgPath: row.orgPath, by: actor, on: tx)
        }
        return try await find(id)
    }
}

/// What the audit trail records of a step: the stage and handling bureau before and after, the words and the files'
/// hashes (so the evidence ledger anchors the reply's evidence).
struct AuditedStep: Encodable {
    var stage: String
    var text: String?
    var files: [EvidenceFile]?
    var supervisor: String
}
