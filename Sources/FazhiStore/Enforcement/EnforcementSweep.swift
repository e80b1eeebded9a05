import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The enforcement alert sweep (预警), run hourly by the job queue: a stage past its limit (a decision not made
/// within 90 days, a decision not served, a fine not paid), a decision not published in time, an officer's
/// certificate expired while still marked valid. Each is raised once for the date it concerns (a moved date is
/// raised afresh); alerts raised by steps themselves come from `CaseRecorder`.
public enum EnforcementSweep {
    @discardableResult
    public static func sweep(today: CivilDate, on db: any Database) async throws -> Int {
        try await overdueStages(today: today, on: db) + latePublicity(today: today, on: db)
            + expiredCertificates(today: today, on: db) + SupervisionSweep.overdueNotices(today: today, on: db)
            + RepeatedInspectionAlerts.sweep(today: today, on: db)
            + TransferSweep.overdueTransfers(today: today, on: db)
            + ComplaintSweep.overdueComplaints(today: today, on: db)
    }

    struct Alert {
        var organisationID: UUID
        var orgPath: String
        var caseID: UUID?
        var key: String
        var finding: CaseFinding
    }

    static func overdueStages(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT id, organisation_id, org_path, reference, due_on, due_rule FROM enforcement_cases
            WHERE due_on < \(bind: today.iso) AND (alerted_due IS NULL OR alerted_due <> due_on)
            """
        ).all()
        let alerts: [Alert] = try rows.map { row in
            let due = try row.decode(column: "due_on", as: String.self)
            let caseID = try row.decode(column: "id", as: UUID.self)
            let rule =
                DeadlineRules.rule(try row.decode(column: "due_rule", as: String?.self) ?? "") ?? CaseLimits.decision
            let reference = try row.decode(column: "reference", as: String.self)
            let (title, severity): (String, CaseFinding.Severity) =
                switch rule.id {
                case CaseLimits.service.id: ("超期未送达", .medium)
                case CaseLimits.payment.id: ("罚款逾期未缴纳", .low)
                default: ("超期未作出决定", .high)
                }
            return Alert(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                orgPath: try row.decode(column: "org_path", as: String.self),
                caseID: caseID, key: "due:\(caseID.uuidString):\(due)",
                finding: CaseFinding(
                    rule: "stage.overdue", title: title, message: "案件「\(reference)」\(rule.title)于\(due)届满，仍未办结该环节",
                    basis: rule.basis, severity: severity))
        }
        try await raise(alerts, today: today, mark: "alerted_due = due_on", on: sql)
        return alerts.count
    }

    static func latePublicity(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT id, organisation_id, org_path, reference, publicity_due FROM enforcement_cases
            WHERE publicity_due < \(bind: today.iso)
              AND (alerted_publicity IS NULL OR alerted_publicity <> publicity_due)
            """
        ).all()
        let alerts: [Alert] = try rows.map { row in
            let due = try row.decode(column: "publicity_due", as: String.self)
            let caseID = try row.decode(column: "id", as: UUID.self)
            let reference = try row.decode(column: "reference", as: String.self)
            return Alert(
                organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                orgPath: try row.decode(column: "org_path", as: String.self),
                caseID: caseID, key: "publicity:\(caseID.uuidString):\(due)",
                finding: CaseFinding(
                    rule: "publicity.missing", title: "未按期公示", message: "案件「\(reference)」的处罚决定应于\(due)前公示，尚未公示",
                    basis: EnforcementPolicy.standard.publicityRule.basis, severity: .medium))
        }
        try await raise(alerts, today: today, mark: "alerted_publicity = publicity_due", on: sql)
        return alerts.count
    }

    static func expiredCertificates(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT c.id, c.number, c.valid_to, c.organisation_id, c.org_path, o.name FROM enforcement_certificates c
            JOIN enforcement_officers o ON o.id = c.officer_id
            WHERE c.status = 'valid' AND c.valid_to < \(bind: today.iso) AND o.active = \(bind: true)
            """
        ).all()
        var alerts: [Alert] = []
        for row in rows {
            let number = try row.decode(column: "number", as: String.self)
            let validTo = try row.decode(column: "valid_to", as: String.self)
            alerts.append(
                Alert(
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    orgPath: try row.decode(column: "org_path", as: String.self), caseID: nil,
                    key: "certificate:\(number):\(validTo)",
                    finding: CaseFinding(
                        rule: "certificate.expired", title: "执法证已过期",
                        message:
                            "\(try row.decode(column: "name", as: String.self))的执法证\(number)已于\(validTo)到期，不得从事执法活动，请换证或注销",
                        basis: EnforcementBases.officers, severity: .low)))
        }
        // Certificates carry no marker: the alert's unique key keeps each one to a single alert.
        let keys = Set(
            try await sql.raw(
                "SELECT key FROM enforcement_alerts WHERE rule = 'certificate.expired' AND key IS NOT NULL"
            ).all().map { try $0.decode(column: "key", as: String.self) })
        let fresh = alerts.filter { !keys.contains($0.key) }
        try await raise(fresh, today: today, mark: nil, on: sql)
        return fresh.count
    }

    /// Inserts the alerts of records of `table` (the record's id beside each alert) and marks each record's
    /// `due_on` as alerted in the same transaction, so a record marked is one whose alert exists: for the sweeps of
    /// supervision notices and complaints, which keep `due_on` and `alerted_due` as cases do.
    static func raise(
        _ alerts: [(recordID: UUID, alert: Alert)], today: CivilDate, markingDueIn table: String, on db: any Database
    ) async throws {
        for chunk in alerts.chunked(by: 1000) {
            try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                try await insert(chunk.map(\.alert), today: today, on: sql)
                try await sql.raw(
                    "UPDATE \(unsafeRaw: table) SET alerted_due = due_on WHERE id IN (\(binds: chunk.map(\.recordID)))"
                ).run()
            }
        }
    }

    /// Inserts the alerts and marks their cases, in one transaction per thousand.
    static func raise(_ alerts: [Alert], today: CivilDate, mark: String?, on sql: any SQLDatabase) async throws {
        for chunk in alerts.chunked(by: 1000) {
            try await (sql as! any Database).writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                try await insert(Array(chunk), today: today, on: sql)
                if let mark {
                    let ids = chunk.compactMap(\.caseID)
                    try await sql.raw(
                        "UPDATE enforcement_cases SET \(unsafeRaw: mark) WHERE id IN (\(binds: ids))"
                    ).run()
                }
            }
        }
    }

    static func insert(_ alerts: [Alert], today: CivilDate, on sql: any SQLDatabase) async throws {
        try await NewAlert.insert(
            alerts.map {
                NewAlert(
                    organisationID: $0.organisationID, orgPath: $0.orgPath, caseID: $0.caseID, key: $0.key,
                    finding: $0.finding, raisedOn: today)
            }, on: sql)
    }
}
