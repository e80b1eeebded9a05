import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The complaints part of the hourly enforcement sweep: a complaint not answered by its due day raises one
/// `complaint.overdue` alert on the handling body for that day.
public enum ComplaintSweep {
    @discardableResult
    public static func overdueComplaints(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT c.id, c.number, c.kind, c.organisation_id, c.org_path, c.due_on, o.name
            FROM complaints c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.due_on < \(bind: today.iso) AND (c.alerted_due IS NULL OR c.alerted_due <> c.due_on)
            """
        ).all()
        let alerts: [(complaintID: UUID, alert: EnforcementSweep.Alert)] = try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let due = try row.decode(column: "due_on", as: String.self)
            let kind = ComplaintKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .report
            let name = try row.decode(column: "name", as: String.self)
            let number = try row.decode(column: "number", as: String.self)
            return (
                id,
                EnforcementSweep.Alert(
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    orgPath: try row.decode(column: "org_path", as: String.self), caseID: nil,
                    key: "complaint:\(id.uuidString):\(due)",
                    finding: CaseFinding(
                        rule: "complaint.overdue", title: "投诉举报逾期未答复",
                        message: "\(name)应于\(due)前答复\(kind.shortLabel)「\(number)」，尚未答复",
                        basis: ComplaintPolicy.basis, severity: .medium))
            )
        }
        try await EnforcementSweep.raise(
            alerts.map { ($0.complaintID, $0.alert) }, today: today, markingDueIn: "complaints", on: db)
        return alerts.count
    }
}
