import FazhiCore
import Fluent
import Foundation
import SQLKit

extension SupervisionRepository {
    /// Whom a notice from these open alerts (all of one agency), or from this case, is addressed to; both must be in
    /// the scope (an agency outside it cannot be addressed).
    public func target(alerts ids: [UUID], caseID: UUID?) async throws -> SupervisionTarget {
        if !ids.isEmpty {
            let alerts = try await sql.raw(
                """
                SELECT a.id, a.case_id, c.reference, o.name AS organisation_name, a.rule, a.title, a.message, a.basis,
                       a.severity, a.raised_on, a.closed_at, a.closed_note, a.organisation_id, a.org_path
                FROM enforcement_alerts a JOIN organisations o ON o.id = a.organisation_id
                LEFT JOIN enforcement_cases c ON c.id = a.case_id
                WHERE a.id IN (\(binds: ids)) AND \(scope.root.sqlSubtreeRange("a.org_path", on: sql))
                ORDER BY a.raised_at, a.id
                """
            ).all()
            guard alerts.count == Set(ids).count else {
                throw DomainError.notFound("预警不存在，或不在您的管辖范围内")
            }
            let rows = try alerts.map(EnforcementAlertRepository.decode)
            if rows.contains(where: { $0.closedAt != nil }) { throw DomainError.conflict("只能对未处理的预警发出督办") }
            let organisations = Set(try alerts.map { try $0.decode(column: "organisation_id", as: UUID.self) })
            guard organisations.count == 1 else { throw DomainError.conflict("一份督办只能发给一个执法机关，请选择同一机关的预警") }
            let cases = Set(rows.compactMap(\.caseID))
            return SupervisionTarget(
                organisationID: organisations.first!, organisationName: rows[0].organisationName,
                orgPath: OrgPath(value: try alerts[0].decode(column: "org_path", as: String.self)),
                caseID: cases.count == 1 ? cases.first : nil,
                caseReference: cases.count == 1 ? rows.first { $0.caseID != nil }?.caseReference : nil, alerts: rows)
        }
        guard let caseID else { throw DomainError.malformed("请从预警或案件发起督办") }
        guard
            let row = try await sql.raw(
                """
                SELECT c.id, c.reference, c.organisation_id, c.org_path, o.name FROM enforcement_cases c
                JOIN organisations o ON o.id = c.organisation_id
                WHERE c.id = \(bind: caseID) AND \(scope.root.sqlSubtreeRange("c.org_path", on: sql))
                """
            ).first()
        else { throw DomainError.notFound("案件不存在，或不在您的管辖范围内") }
        return SupervisionTarget(
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)), caseID: caseID,
            caseReference: try row.decode(column: "reference", as: String.self), alerts: [])
    }

    /// Issues a notice from open alerts (or a case) of an agency in the scope, numbered 「…监督〔年〕N号」 per issuing
    /// bureau and year inside the transaction. The alerts stay open, linked to the notice, until the bureau accepts the
    /// reply: the problem is not corrected yet, and the sweep and the agency still see it as open.
    public func issue(
        _ input: SupervisionNoticeInput, alerts: [UUID] = [], caseID: UUID? = nil, by actor: Actor
    ) async throws -> SupervisionNoticeRow {
        try requireSupervisor()
        let notice = try input.validated()
        let target = try await target(alerts: alerts, caseID: caseID)
        guard let bureau = try await justiceBureau(of: scope.root) else {
            throw DomainError.conflict("本级人民政府未登记司法行政机关，无法发出督办")
        }
        let due = try dueDay(from: today, days: notice.replyDays)
        let id = UUID()
        let year = today.year
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let serial =
                try await sql.raw(
                    """
                    SELECT COALESCE(MAX(serial), 0) AS n FROM supervision_notices
                    WHERE issuer_id = \(bind: bureau.id) AND year = \(bind: year)
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
            let number = "\(bureau.shortName)监督〔\(year)〕\(serial + 1)号"
            let now = Date()
            try await BulkInsert.run(
                into: "supervision_notices",
                columns: [
                    "id", "number", "year", "serial", "kind", "issuer_id", "issuer_scope", "supervisor_id",
                    "supervisor_scope", "organisation_id", "org_path", "case_id", "findings", "requirement",
                    "reply_days", "stage", "issued_on", "due_from", "due_on", "event_count", "created_at", "updated_at",
                ],
                rows: [
                    [
                        id, number, year, serial + 1, notice.kind.rawValue, bureau.id, scope.root.value, bureau.id,
                        scope.root.value, target.organisationID, target.orgPath.value, target.caseID, notice.findings,
                        notice.requirement, notice.replyDays, SupervisionStage.issued.rawValue, today.iso, today.iso,
                        due.iso, 1, now, now,
                    ]
                ], on: sql)
            if !target.alerts.isEmpty {
                try await BulkInsert.run(
                    into: "supervision_notice_alerts", columns: ["id", "notice_id", "alert_id"],
                    rows: target.alerts.map { [UUID(), id, $0.id] }, on: sql)
            }
            try await appendEvent(
                to: id, sequence: 1, action: "issue", stage: .issued,
                text: "\(notice.findings)\n\n\(notice.requirement)",
                files: [], side: bureau.name, by: actor, on: sql)
            try await AuditLog.append(
                .of(
                    "enforcement.supervision.issue", "supervision_notice", id: id.uuidString,
                    before: nil as AuditedNotice?,
                    after: AuditedNotice(
                        number: number, notice: notice, organisation: target.organisationName, dueOn: due.iso,
                        alerts: target.alerts.map(\.id), caseID: target.caseID)),
                orgPath: target.orgPath, by: actor, on: tx)
        }
        return try await find(id)
    }

    func appendEvent(
        to id: UUID, sequence: Int, action: String, stage: SupervisionStage, text: String, files: [EvidenceFile],
        side: String, by actor: Actor, on sql: any SQLDatabase
    ) async throws {
        try await BulkInsert.run(
            into: "supervision_notice_events",
            columns: [
                "id", "notice_id", "sequence", "action", "stage_after", "text", "files", "organisation_name",
                "author_id", "author_name", "on_day", "at",
            ],
            rows: [
                [
                    UUID(), id, sequence, action, stage.rawValue, text, try AuditChange.canonicalJSON(files), side,
                    actor.userID, actor.name, today.iso, Date(),
                ]
            ], on: sql)
    }

    func requireSupervisor() throws {
        guard !roles.isDisjoint(with: Self.supervisors) else {
            throw DomainError.forbidden("发出督办、审查答复需要司法行政或管理员角色")
        }
    }
}

/// What the audit trail records of an issued notice.
struct AuditedNotice: Encodable {
    var number: String
    var notice: SupervisionNotice
    var organisation: String
    var dueOn: String
    var alerts: [UUID]
    var caseID: UUID?
}
