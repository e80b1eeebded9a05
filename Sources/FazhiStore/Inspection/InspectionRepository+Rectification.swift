import FazhiCore
import Fluent
import Foundation
import SQLKit

extension InspectionRepository {
    /// Takes an action on a finding: the unit's rectification report (with evidence), or the office's decision
    /// (销号, 退回, 重新打开, 延期). Refused with the reason when the finding's status does not allow it, or when the
    /// user may not take it; the finding, its history and the audit log change together or not at all.
    /// A report is recorded as the finding's unit's, a decision as the campaign office's.
    @discardableResult
    public func act(on findingID: UUID, _ input: InspectionActionInput, by actor: Actor) async throws
        -> InspectionFindingRow
    {
        let finding = try await finding(findingID)
        let valid = try input.validated(current: finding.deadline)
        if valid.action.isOfficeDecision {
            guard mayInspect, finding.ownCampaign else { throw Self.officeOnly }
        } else {
            // The unit answers, or an office above it records a report it received on paper; an office that
            // inspected a unit outside its own subtree cannot.
            guard finding.unitInScope else {
                throw DomainError.forbidden("整改报告由整改责任单位提交")
            }
        }
        guard let next = valid.action.next(from: finding.status) else {
            throw DomainError.conflict(valid.action.refusal(for: finding.status))
        }
        let evidence = input.files.map { EvidenceFile(name: $0.name, content: $0.content) }
        let author = try await author(of: valid.action, finding)
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Two people acting at once: the second finds the status changed and is told so; nothing is written.
            let current = try await sql.raw(
                "SELECT status FROM inspection_findings WHERE id = \(bind: findingID)\(sql.forUpdate)"
            ).first()?.decode(column: "status", as: String.self)
            guard current == finding.status.rawValue else {
                throw DomainError.conflict("问题的状态刚刚已被他人更改，请刷新页面后再操作")
            }
            let now = Date()
            for (file, proof) in zip(input.files, evidence) {
                try await EvidenceFiles.store(file.content, sha256: proof.sha256, at: now, on: sql)
            }
            try await BulkInsert.run(
                into: "inspection_events",
                columns: [
                    "id", "finding_id", "action", "organisation_id", "author_id", "author_name", "at", "body",
                    "deadline", "evidence",
                ],
                rows: [
                    [
                        UUID(), findingID, valid.action.rawValue, author.id, actor.userID, actor.name, now, valid.body,
                        valid.deadline?.iso, try AuditChange.canonicalJSON(evidence),
                    ]
                ], on: sql)
            try await sql.raw(
                """
                UPDATE inspection_findings SET \(update(valid.action, next: next, deadline: valid.deadline)),
                       updated_at = \(bind: now)
                WHERE id = \(bind: findingID)
                """
            ).run()
            try await AuditLog.append(
                .of(
                    "inspection.finding.\(valid.action.rawValue)", "inspection_finding", id: findingID.uuidString,
                    before: FindingStateRecord(status: finding.status.rawValue, deadline: finding.deadline.iso),
                    after: FindingStateRecord(
                        status: next.rawValue, deadline: (valid.deadline ?? finding.deadline).iso, body: valid.body,
                        evidence: evidence)),
                orgPath: author.path, by: actor, on: tx)
        }
        return try await self.finding(findingID)
    }

    /// The columns an action sets, besides the time of the change.
    private func update(_ action: InspectionAction, next: InspectionFindingStatus, deadline: CivilDate?)
        -> SQLQueryString
    {
        let status: SQLQueryString = "status = \(bind: next.rawValue)"
        switch action {
        case .report: return "\(status), reported_on = \(bind: today.iso)"
        case .close: return "\(status), closed_on = \(bind: today.iso)"
        case .sendBack: return "\(status), reported_on = NULL"
        case .reopen: return "\(status), closed_on = NULL, reported_on = NULL, reopened_count = reopened_count + 1"
        case .extend: return "\(status), deadline = \(bind: deadline!.iso), extended_count = extended_count + 1"
        }
    }

    /// Who an action is recorded for: the campaign's office for a decision, the finding's unit for a report (a
    /// unit answers for its subtree, whoever in it writes the report).
    private func author(of action: InspectionAction, _ finding: InspectionFindingRow) async throws -> Organisation {
        // Both were checked against the user's scope already; the office may lie above a unit's scope.
        let organisations = OrganisationRepository(db: db, scope: .system)
        if action.isOfficeDecision {
            let office = try await sql.raw(
                "SELECT organisation_id FROM inspection_campaigns WHERE id = \(bind: finding.campaignID)"
            ).first()?.decode(column: "organisation_id", as: UUID.self)
            guard let office else { throw Self.notFound }
            return try await organisations.find(office)
        }
        return try await organisations.find(finding.organisationID)
    }

    /// An evidence file, if it belongs to a report on a finding the scope may see.
    public func evidence(_ sha256: String, findingID: UUID) async throws -> (file: EvidenceFile, content: Data) {
        let events = try await events(of: findingID)
        guard let file = events.flatMap(\.evidence).first(where: { $0.sha256 == sha256 }),
            let content = try await EvidenceFiles.content(sha256, on: sql)
        else { throw DomainError.notFound("佐证材料不存在，或不在您的管辖范围内") }
        return (file, content)
    }
}

/// A finding's state in the audit log.
struct FindingStateRecord: Codable {
    var status: String
    var deadline: String
    var body: String?
    var evidence: [EvidenceFile]?
}
