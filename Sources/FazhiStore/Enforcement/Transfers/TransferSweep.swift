import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The transfer part of the hourly enforcement sweep: a transfer whose mandatory period (the head's approval, the
/// 24-hour handover, the police's 3-day review or reconsideration, the handover of materials) has run out without the
/// step raises one `transfer.overdue` alert on the agency for that due day. Hour periods are swept by the day.
public enum TransferSweep {
    @discardableResult
    public static func overdueTransfers(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let stages = TransferStage.allCases.filter(\.alertsWhenOverdue).map(\.rawValue)
        let rows = try await sql.raw(
            """
            \(TransferRow.select)
            WHERE t.due_on < \(bind: today.iso) AND t.stage IN (\(binds: stages))
              AND (t.alerted_due IS NULL OR t.alerted_due <> t.due_on)
            """
        ).all().map(TransferRow.decode)
        let alerts: [(id: UUID, alert: EnforcementSweep.Alert)] = rows.compactMap { row in
            guard let rule = TransferDeadlines.rule(for: row.stage), let due = row.dueOn else { return nil }
            let who = row.stage.policeSide ? row.police : row.organisationName
            return (
                row.id,
                alert(
                    row, rule: "transfer.overdue", key: "transfer:\(row.id.uuidString):\(due)",
                    title: row.stage.policeSide ? "公安机关逾期未作决定" : "\(rule.title)逾期未办",
                    message:
                        "\(who)应于\(due)\(row.dueTime.map { " \($0)" } ?? "")前办结「\(row.subject)」的\(rule.title)，尚未办理",
                    stage: row.stage)
            )
        }
        for chunk in alerts.chunked(by: 1000) {
            try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                try await EnforcementSweep.insert(chunk.map(\.alert), today: today, on: sql)
                try await sql.raw(
                    "UPDATE crime_transfers SET alerted_due = due_on WHERE id IN (\(binds: chunk.map(\.id)))"
                ).run()
            }
        }
        return alerts.count
    }

    /// An alert on the transferring agency for a period of `row` in `stage`.
    static func alert(
        _ row: TransferRow, rule: String, key: String, title: String, message: String, stage: TransferStage
    ) -> EnforcementSweep.Alert {
        EnforcementSweep.Alert(
            organisationID: row.organisationID, orgPath: row.orgPath.value, caseID: row.caseID, key: key,
            finding: CaseFinding(
                rule: rule, title: title, message: message,
                basis: TransferDeadlines.rule(for: stage)?.basis ?? DeadlineRules.rule("transfer.approval")!.basis,
                severity: stage.policeSide ? .medium : .high))
    }
}
