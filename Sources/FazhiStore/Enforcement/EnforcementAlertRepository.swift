import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Alerts (预警) within a scope: raised by case steps (`CaseRecorder`) and by the sweep (`EnforcementSweep`); the
/// supervising bureau and the body see them, and close them with a note.
public struct EnforcementAlertRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The alerts the scope may see, the newest first.
    public func list(_ filter: EnforcementAlertFilter) async throws -> (rows: [EnforcementAlertRow], total: Int) {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("a.org_path", on: sql)]
        if let open = filter.open { conditions.append(open ? "a.closed_at IS NULL" : "a.closed_at IS NOT NULL") }
        if let caseID = filter.caseID { conditions.append("a.case_id = \(bind: caseID)") }
        if let id = filter.organisationID { conditions.append("a.organisation_id = \(bind: id)") }
        if let rule = filter.rule, !rule.isEmpty { conditions.append("a.rule = \(bind: rule)") }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM enforcement_alerts a WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            SELECT a.id, a.case_id, c.reference, o.name AS organisation_name, a.rule, a.title, a.message, a.basis,
                   a.severity, a.raised_on, a.closed_at, a.closed_note
            FROM enforcement_alerts a JOIN organisations o ON o.id = a.organisation_id
            LEFT JOIN enforcement_cases c ON c.id = a.case_id
            WHERE \(condition) ORDER BY a.raised_at DESC, a.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(Self.decode)
        return (rows, total)
    }

    /// Closes an open alert in scope with the reason it needs no more attention (纠正 done, explained, …).
    public func close(_ id: UUID, note: String, by actor: Actor) async throws {
        var check = Validation()
        let note = check.text("note", note, label: "处理说明", maxLength: 1000)
        try check.check()
        let row = try await sql.raw(
            """
            SELECT id, org_path, closed_at FROM enforcement_alerts
            WHERE id = \(bind: id) AND \(scope.root.sqlSubtreeRange("org_path", on: sql))
            """
        ).first()
        guard let row else { throw DomainError.notFound("预警不存在，或不在您的管辖范围内") }
        guard try row.decode(column: "closed_at", as: Date?.self) == nil else {
            throw DomainError.conflict("该预警已经处理")
        }
        let path = OrgPath(value: try row.decode(column: "org_path", as: String.self))
        try await db.writeTransaction { tx in
            try await (tx as! any SQLDatabase).raw(
                """
                UPDATE enforcement_alerts SET closed_at = \(bind: Date()), closed_note = \(bind: note)
                WHERE id = \(bind: id) AND closed_at IS NULL
                """
            ).run()
            try await AuditLog.append(
                .of(
                    "enforcement.alert.close", "enforcement_alert", id: id.uuidString, before: nil as String?,
                    after: note),
                orgPath: path, by: actor, on: tx)
        }
    }

    static func decode(_ row: any SQLRow) throws -> EnforcementAlertRow {
        EnforcementAlertRow(
            id: try row.decode(column: "id", as: UUID.self), caseID: try row.decode(column: "case_id", as: UUID?.self),
            caseReference: try row.decode(column: "reference", as: String?.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            rule: try row.decode(column: "rule", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            message: try row.decode(column: "message", as: String.self),
            basis: try row.decode(column: "basis", as: String.self),
            severity: CaseFinding.Severity(rawValue: try row.decode(column: "severity", as: String.self)) ?? .medium,
            raisedOn: try row.decode(column: "raised_on", as: String.self),
            closedAt: try row.decode(column: "closed_at", as: Date?.self),
            closedNote: try row.decode(column: "closed_note", as: String?.self))
    }
}

/// What a list of alerts shows.
public struct EnforcementAlertFilter: Sendable, Equatable {
    public var open: Bool?
    public var caseID: UUID?
    public var rule: String?
    /// One body's alerts (the drill-down from the dashboard).
    public var organisationID: UUID?
    public var limit: Int
    public var offset: Int

    public init(
        open: Bool? = true, caseID: UUID? = nil, rule: String? = nil, organisationID: UUID? = nil, limit: Int = 50,
        offset: Int = 0
    ) {
        self.organisationID = organisationID
        self.open = open
        self.caseID = caseID
        self.rule = rule
        self.limit = limit
        self.offset = offset
    }
}
