import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The repeated-inspection alert (`RepeatedInspectionRule`): raised when an inspection is recorded (inside its
/// transaction) and by the hourly sweep, once per enterprise per window. The alert belongs to the body of the latest
/// inspection it counted (the enforcement alerts page of that body's scope lists it) and is linked to every inspection
/// it counted, so the bureau over any of the bodies sees it on the inspections page.
public enum RepeatedInspectionAlerts {
    public static let rule = "inspection.repeated"

    struct Inspection {
        var id: UUID
        var date: CivilDate
        var organisationID: UUID
        var orgPath: String
        var bodyName: String
        var matterName: String
        var enterpriseName: String
    }

    /// Checks the enterprises `codes` around the days `days` (each code's recorded days) under `rule`, and raises
    /// the alerts due; the alerts raised.
    static func raise(
        _ codes: [String: [CivilDate]], rule: (UUID) async throws -> RepeatedInspectionRule, today: CivilDate,
        on sql: any SQLDatabase
    ) async throws -> [String: [RepeatedInspectionAlert]] {
        var raised: [String: [RepeatedInspectionAlert]] = [:]
        for (code, days) in codes {
            guard let first = days.min(), let last = days.max() else { continue }
            // The widest window any region allows, either side of the days recorded.
            let span = RepeatedInspectionRule.daysRange.upperBound
            let inspections = try await sql.raw(
                """
                SELECT i.id, i.inspected_on, i.organisation_id, i.org_path, o.name AS body_name, i.matter_name,
                       i.enterprise_name
                FROM enterprise_inspections i JOIN organisations o ON o.id = i.organisation_id
                WHERE i.credit_code = \(bind: code) AND i.inspected_on >= \(bind: first.adding(days: -span).iso)
                  AND i.inspected_on <= \(bind: last.adding(days: span).iso)
                """
            ).all().map { row in
                Inspection(
                    id: try row.decode(column: "id", as: UUID.self), date: try CivilDate.column(row, "inspected_on"),
                    organisationID: try row.decode(column: "organisation_id", as: UUID.self),
                    orgPath: try row.decode(column: "org_path", as: String.self),
                    bodyName: try row.decode(column: "body_name", as: String.self),
                    matterName: try row.decode(column: "matter_name", as: String.self),
                    enterpriseName: try row.decode(column: "enterprise_name", as: String.self))
            }
            var starts = try await sql.raw(
                "SELECT DISTINCT window_from FROM enterprise_inspection_alerts WHERE credit_code = \(bind: code)"
            ).all().map { try CivilDate.column($0, "window_from") }
            let byID = Dictionary(uniqueKeysWithValues: inspections.map { ($0.id, $0) })
            let pairs = inspections.map { (date: $0.date, id: $0.id.uuidString) }
            for day in Set(days).sorted() {
                guard let latest = inspections.filter({ $0.date <= day }).max(by: { $0.date < $1.date }) else {
                    continue
                }
                let rule = try await rule(latest.organisationID)
                guard let found = rule.crossing(pairs, involving: day), let start = found.first?.date,
                    !starts.contains(where: { rule.covers(alertStartingOn: $0, day: start) })
                else { continue }
                let counted = found.compactMap { UUID(uuidString: $0.id).flatMap { byID[$0] } }
                let alert = try await insert(code: code, counted: counted, rule: rule, today: today, on: sql)
                starts.append(start)
                raised[code, default: []].append(alert)
            }
        }
        return raised
    }

    static func insert(
        code: String, counted: [Inspection], rule: RepeatedInspectionRule, today: CivilDate, on sql: any SQLDatabase
    ) async throws -> RepeatedInspectionAlert {
        let start = counted.first!.date
        let last = counted.last!
        let name = last.enterpriseName
        let listing = counted.map { "\($0.date.iso) \($0.bodyName)「\($0.matterName)」" }.joined(separator: "；")
        let reference = rule.isDefault ? "（参照）" : ""
        let message =
            "「\(name)」（\(code)）自\(start.iso)起\(rule.days)日内被检查\(counted.count)次，超过\(rule.maximum)次\(reference)：\(listing)。应当尽可能合并检查或者纳入跨部门联合抽查"
        let finding = CaseFinding(
            rule: Self.rule, title: "涉企重复检查", message: message, basis: RepeatedInspectionRule.basis,
            severity: .medium)
        let id = try await NewAlert.insert(
            [
                NewAlert(
                    organisationID: last.organisationID, orgPath: last.orgPath,
                    key: "\(Self.rule):\(code):\(start.iso)", finding: finding, raisedOn: today)
            ], on: sql)[0]
        try await BulkInsert.run(
            into: "enterprise_inspection_alerts",
            columns: ["id", "alert_id", "inspection_id", "credit_code", "window_from"],
            rows: counted.map { [UUID(), id, $0.id, code, start.iso] }, on: sql)
        return RepeatedInspectionAlert(
            alertID: id, creditCode: code, enterpriseName: name, windowFrom: start,
            windowTo: start.adding(days: rule.days - 1), title: finding.title, message: message,
            basis: finding.basis.citation,
            raisedOn: today.iso, closed: false,
            inspections: counted.map {
                .init(id: $0.id, date: $0.date, bodyName: $0.bodyName, matterName: $0.matterName)
            })
    }

    /// The sweep's part (called by `EnforcementSweep.sweep`): the enterprises inspected in the last year more than
    /// once, checked as if each inspection had just been recorded, so a window completed by a late record or a
    /// changed policy is alerted too; the number of alerts raised.
    @discardableResult
    public static func sweep(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let since = today.adding(days: -RepeatedInspectionRule.daysRange.upperBound)
        let rows = try await sql.raw(
            """
            SELECT credit_code, inspected_on FROM enterprise_inspections
            WHERE inspected_on >= \(bind: since.iso) AND credit_code IN (
                SELECT credit_code FROM enterprise_inspections WHERE inspected_on >= \(bind: since.iso)
                GROUP BY credit_code HAVING COUNT(*) > 1)
            """
        ).all()
        var codes: [String: [CivilDate]] = [:]
        for row in rows {
            codes[try row.decode(column: "credit_code", as: String.self), default: []].append(
                try CivilDate.column(row, "inspected_on"))
        }
        var count = 0
        for chunk in Array(codes).chunked(by: 200) {
            count += try await db.writeTransaction { tx in
                let sql = tx as! any SQLDatabase
                let rules = RuleCache(db: tx)
                return try await raise(
                    Dictionary(uniqueKeysWithValues: chunk.map { ($0.key, $0.value) }),
                    rule: { try await rules.rule(for: $0) }, today: today,
                    on: sql
                ).values.reduce(0) { $0 + $1.count }
            }
        }
        return count
    }

    /// Loads alerts (rows with id, title, message, basis, raised_on, closed_at) with the inspections they counted.
    static func load(_ rows: [any SQLRow], on sql: any SQLDatabase) async throws -> [RepeatedInspectionAlert] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        var items: [UUID: [(code: String, from: CivilDate, name: String, item: RepeatedInspectionAlert.Item)]] = [:]
        for row in try await sql.raw(
            """
            SELECT l.alert_id, l.credit_code, l.window_from, i.id, i.inspected_on, o.name AS body_name, i.matter_name,
                   i.enterprise_name
            FROM enterprise_inspection_alerts l JOIN enterprise_inspections i ON i.id = l.inspection_id
            JOIN organisations o ON o.id = i.organisation_id
            WHERE l.alert_id IN (\(binds: ids)) ORDER BY i.inspected_on, i.id
            """
        ).all() {
            items[try row.decode(column: "alert_id", as: UUID.self), default: []].append(
                (
                    try row.decode(column: "credit_code", as: String.self), try CivilDate.column(row, "window_from"),
                    try row.decode(column: "enterprise_name", as: String.self),
                    .init(
                        id: try row.decode(column: "id", as: UUID.self),
                        date: try CivilDate.column(row, "inspected_on"),
                        bodyName: try row.decode(column: "body_name", as: String.self),
                        matterName: try row.decode(column: "matter_name", as: String.self))
                ))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let counted = items[id] ?? []
            let from = counted.first?.from ?? CivilDate(iso: "2000-01-01")!
            return RepeatedInspectionAlert(
                alertID: id, creditCode: counted.first?.code ?? "", enterpriseName: counted.last?.name ?? "",
                windowFrom: from, windowTo: counted.last?.item.date ?? from,
                title: try row.decode(column: "title", as: String.self),
                message: try row.decode(column: "message", as: String.self),
                basis: try row.decode(column: "basis", as: String.self),
                raisedOn: try row.decode(column: "raised_on", as: String.self),
                closed: try row.decode(column: "closed_at", as: Date?.self) != nil,
                inspections: counted.map(\.item))
        }
    }
}

/// The repeated-inspection rule of each body, read once per body.
final class RuleCache: @unchecked Sendable {
    let db: any Database
    var rules: [UUID: RepeatedInspectionRule] = [:]

    init(db: any Database) { self.db = db }

    func rule(for body: UUID) async throws -> RepeatedInspectionRule {
        if let rule = rules[body] { return rule }
        let path = try await (db as! any SQLDatabase).raw("SELECT path FROM organisations WHERE id = \(bind: body)")
            .first()?
            .decode(column: "path", as: String.self)
        let rule = try await EnforcementPolicies.applied(to: OrgPath(value: path ?? "/"), on: db)
            .policy.repeatedInspection
        rules[body] = rule
        return rule
    }
}
