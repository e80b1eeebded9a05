import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The supervision part of the hourly enforcement sweep: a notice whose reply period has ended without a reply raises
/// one `supervision.overdue` alert on the agency for that due day (a new period after a return is raised afresh).
public enum SupervisionSweep {
    @discardableResult
    public static func overdueNotices(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT n.id, n.number, n.organisation_id, n.org_path, n.case_id, n.due_on, o.name
            FROM supervision_notices n JOIN organisations o ON o.id = n.organisation_id
            WHERE n.due_on < \(bind: today.iso) AND (n.alerted_due IS NULL OR n.alerted_due <> n.due_on)
            """
        ).all()
        let alerts: [(noticeID: UUID, alert: EnforcementSweep.Alert)] = try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let due = try row.decode(column: "due_on", as: String.self)
            return (
                id,
                EnforcementSweep.Alert(
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    orgPath: try row.decode(column: "org_path", as: String.self),
                    caseID: try row.decode(column: "case_id", as: UUID?.self),
                    key: "supervision:\(id.uuidString):\(due)",
                    finding: CaseFinding(
                        rule: "supervision.overdue", title: "督办逾期未答复",
                        message:
                            "\(try row.decode(column: "name", as: String.self))应于\(due)前答复「\(try row.decode(column: "number", as: String.self))」，尚未答复",
                        basis: SupervisionPolicy.basis, severity: .high))
            )
        }
        try await EnforcementSweep.raise(
            alerts.map { ($0.noticeID, $0.alert) }, today: today, markingDueIn: "supervision_notices", on: db)
        return alerts.count
    }
}
