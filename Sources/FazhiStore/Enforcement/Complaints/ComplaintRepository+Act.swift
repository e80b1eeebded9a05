import FazhiCore
import Fluent
import Foundation
import SQLKit

extension ComplaintRepository {
    /// Takes a step on complaint `id`: the handling body accepts it (受理), refuses it with the reason (不予受理, which
    /// is the answer), or replies (答复); a supervising bureau reassigns it to a body in its subtree (转办). The
    /// answer period keeps running from receipt. One transaction, one event, one audit entry.
    public func act(on id: UUID, _ input: ComplaintStepInput, by actor: Actor) async throws -> ComplaintRow {
        let (action, text, target) = try input.validated()
        let row = try await find(id)
        guard mayTake(action, on: row) else {
            throw DomainError.forbidden(
                action == .reassign
                    ? "只有司法行政机关或管理员可以转办"
                    : "只有承办机关（\(row.organisationName)）的工作人员可以「\(action.label)」")
        }
        guard let stage = action.next(from: row.stage) else {
            throw DomainError.conflict(action.refusal(at: row.stage))
        }
        var handler = (id: row.organisationID, name: row.organisationName, path: row.orgPath)
        if action == .reassign, let target {
            guard let option = try await reassignTargets(for: row).first(where: { $0.id == target }),
                let path = try await sql.raw("SELECT path FROM organisations WHERE id = \(bind: target)").first()?
                    .decode(column: "path", as: String.self)
            else { throw DomainError.invalid("target", "请选择管辖范围内已登记的执法机关或司法行政机关") }
            handler = (option.id, option.name, OrgPath(value: path))
        }
        let answered = stage.isAnswered
        let next = handler
        let today = today
        let memberSide = row.organisationName
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let current = try await sql.raw(
                "SELECT event_count, stage FROM complaints WHERE id = \(bind: id)\(sql.forUpdate)"
            ).first()
            guard let current, try current.decode(column: "stage", as: String.self) == row.stage.rawValue,
                try current.decode(column: "event_count", as: Int.self) >= 1
            else { throw DomainError.conflict("投诉举报已被他人处理，请刷新后重试") }
            let sequence = try current.decode(column: "event_count", as: Int.self) + 1
            try await sql.raw(
                """
                UPDATE complaints SET stage = \(bind: stage.rawValue), organisation_id = \(bind: next.id),
                    org_path = \(bind: next.path.value),
                    accepted_on = \(bind: action == .accept ? today.iso : row.acceptedOn),
                    answer = \(bind: answered ? text : row.answer),
                    answered_on = \(bind: answered ? today.iso : row.answeredOn),
                    due_on = \(bind: answered ? nil : row.dueOn), event_count = \(bind: sequence),
                    updated_at = \(bind: Date())
                WHERE id = \(bind: id)
                """
            ).run()
            try await ComplaintEvents.append(
                to: id, sequence: sequence, action: action.rawValue, stage: stage,
                text: action == .reassign ? "转\(next.name)办理：\(text)" : text, side: memberSide, by: actor,
                today: today, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.complaint.\(action.rawValue)", "complaint", id: id.uuidString,
                    before: AuditedComplaintStep(stage: row.stage.rawValue, handler: row.organisationName, text: nil),
                    after: AuditedComplaintStep(stage: stage.rawValue, handler: next.name, text: text)),
                orgPath: next.path, by: actor, on: tx)
        }
        return try await find(id)
    }
}

/// What the audit trail records of a step: the stage and handling body before and after, and the words.
struct AuditedComplaintStep: Encodable {
    var stage: String
    var handler: String
    var text: String?
}
