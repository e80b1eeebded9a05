import FazhiCore
import Fluent
import Foundation
import SQLKit

extension DemoLoader {
    /// Supervision for the demo: 呼和浩特市司法局 turns two open alerts of agencies in its subtree into notices — a
    /// correction notice still waiting for its reply, and an opinion the agency has replied to — through the real
    /// repository, so numbering, deadlines and audit entries are the platform's own.
    static func loadSupervision(today: CivilDate, on db: any Database, by actor: Actor) async throws {
        let sql = db as! any SQLDatabase
        guard
            let bureau = try await sql.raw(
                """
                SELECT b.path AS bureau_path, g.path AS government_path FROM organisations b
                JOIN organisations g ON g.id = b.parent_id
                WHERE b.name = \(bind: "呼和浩特市司法局") AND b.kind = \(bind: OrgKind.justiceBureau.rawValue)
                """
            ).first()
        else { return }
        let government = OrgPath(value: try bureau.decode(column: "government_path", as: String.self))
        let supervisor = SupervisionRepository(
            db: db, scope: Scope(root: government), today: today, roles: [.justice],
            memberPath: OrgPath(value: try bureau.decode(column: "bureau_path", as: String.self)), calendar: .official)
        // One open alert from each of the first two agencies with any.
        let alerts = try await sql.raw(
            """
            SELECT a.id, a.org_path, a.title, c.reference FROM enforcement_alerts a
            LEFT JOIN enforcement_cases c ON c.id = a.case_id
            WHERE a.closed_at IS NULL AND \(government.sqlSubtreeRange("a.org_path", on: sql))
            ORDER BY a.org_path, a.raised_at, a.id
            """
        ).all()
        var picked: [(id: UUID, path: String, title: String, reference: String?)] = []
        for row in alerts {
            let path = try row.decode(column: "org_path", as: String.self)
            guard !picked.contains(where: { $0.path == path }) else { continue }
            picked.append(
                (
                    try row.decode(column: "id", as: UUID.self), path, try row.decode(column: "title", as: String.self),
                    try row.decode(column: "reference", as: String?.self)
                ))
            if picked.count == 2 { break }
        }
        guard let first = picked.first else { return }
        let about = { (alert: (id: UUID, path: String, title: String, reference: String?)) in
            alert.reference.map { "案件「\($0)」\(alert.title)" } ?? alert.title
        }
        _ = try await supervisor.issue(
            SupervisionNoticeInput(
                kind: SupervisionNoticeKind.correction.rawValue,
                findings: "经执法监督检查发现：\(about(first))，不符合法定程序要求。",
                requirement: "请立即纠正，并在答复期限内书面报告纠正情况，附相关文书。",
                replyDays: String(SupervisionPolicy.standard.replyWorkingDays)),
            alerts: [first.id], by: actor)
        guard picked.count == 2 else { return }
        let second = picked[1]
        let opinion = try await supervisor.issue(
            SupervisionNoticeInput(
                kind: SupervisionNoticeKind.opinion.rawValue, findings: "执法预警显示：\(about(second))。",
                requirement: "请核查原因、完善内部期限提醒机制，并报告整改情况。", replyDays: "10"),
            alerts: [second.id], by: actor)
        let agency = SupervisionRepository(
            db: db, scope: Scope(root: OrgPath(value: second.path)), today: today, roles: [.officer],
            memberPath: OrgPath(value: second.path), calendar: .official)
        _ = try await agency.act(
            on: opinion.id,
            SupervisionStepInput(action: SupervisionAction.reply.rawValue, text: "已核查原因，完善了案件期限提醒，并对承办人员进行了提醒谈话。"),
            files: [(name: "整改情况报告.txt", content: Data("整改情况报告（演示）".utf8))], by: actor)
    }
}
