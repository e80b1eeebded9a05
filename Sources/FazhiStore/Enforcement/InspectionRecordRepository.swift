import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Inspections of enterprises (涉企行政检查) within a scope: an agency records and sees its own, a justice bureau its
/// government's subtree (the scope's range on the record's `org_path`), and the repeated-inspection alerts that
/// counted any inspection it sees.
public struct EnterpriseInspectionRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
    }

    /// The roles that record inspections; 司法行政 supervises and reads.
    public static let recorders: Set<Role> = [.officer, .legalUnit, .admin]
    /// As many records as a case ingest takes events.
    public static let maximumRecords = 1000

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Whether the member may record inspections.
    public var mayRecord: Bool { !roles.isDisjoint(with: Self.recorders) }

    /// The inspections the scope may see, the latest day first.
    public func list(_ filter: EnterpriseInspectionFilter) async throws -> (rows: [EnterpriseInspectionRow], total: Int)
    {
        var conditions: [SQLQueryString] = [scope.root.sqlSubtreeRange("i.org_path", on: sql)]
        if let words = filter.words?.trimmingCharacters(in: .whitespaces), !words.isEmpty {
            conditions.append(
                "(i.credit_code = \(bind: words.uppercased()) OR i.enterprise_name LIKE \(bind: "%\(words)%"))")
        }
        if let kind = filter.kind { conditions.append("i.kind = \(bind: kind.rawValue)") }
        if filter.alerted {
            conditions.append("EXISTS (SELECT 1 FROM enterprise_inspection_alerts l WHERE l.inspection_id = i.id)")
        }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM enterprise_inspections i WHERE \(condition)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            SELECT i.id, i.organisation_id, o.name AS body_name, i.client_id, i.matter_code, i.matter_name,
                   i.credit_code, i.enterprise_name, i.inspected_on, i.officers, i.kind, i.result, i.source,
                   EXISTS (SELECT 1 FROM enterprise_inspection_alerts l WHERE l.inspection_id = i.id) AS alerted
            FROM enterprise_inspections i JOIN organisations o ON o.id = i.organisation_id
            WHERE \(condition) ORDER BY i.inspected_on DESC, i.created_at DESC, i.id
            LIMIT \(unsafeRaw: String(filter.limit)) OFFSET \(unsafeRaw: String(filter.offset))
            """
        ).all().map(Self.decode)
        return (rows, total)
    }

    /// One inspection by the client's id for it, if the scope may see it.
    public func find(body: UUID, clientID: String) async throws -> EnterpriseInspectionRow? {
        try await sql.raw(
            """
            SELECT i.id, i.organisation_id, o.name AS body_name, i.client_id, i.matter_code, i.matter_name,
                   i.credit_code, i.enterprise_name, i.inspected_on, i.officers, i.kind, i.result, i.source,
                   EXISTS (SELECT 1 FROM enterprise_inspection_alerts l WHERE l.inspection_id = i.id) AS alerted
            FROM enterprise_inspections i JOIN organisations o ON o.id = i.organisation_id
            WHERE i.organisation_id = \(bind: body) AND i.client_id = \(bind: clientID)
              AND \(scope.root.sqlSubtreeRange("i.org_path", on: sql))
            """
        ).first().map(Self.decode)
    }

    /// The repeated-inspection alerts that counted an inspection in the scope, the newest first, each with the
    /// inspections it counted.
    public func alerts(open: Bool? = true, limit: Int = 50) async throws -> [RepeatedInspectionAlert] {
        var condition: SQLQueryString = """
            EXISTS (SELECT 1 FROM enterprise_inspection_alerts l JOIN enterprise_inspections i ON i.id = l.inspection_id
                    WHERE l.alert_id = a.id AND \(scope.root.sqlSubtreeRange("i.org_path", on: sql)))
            """
        if let open {
            condition = "\(condition) AND \(unsafeRaw: open ? "a.closed_at IS NULL" : "a.closed_at IS NOT NULL")"
        }
        let rows = try await sql.raw(
            """
            SELECT a.id, a.title, a.message, a.basis, a.raised_on, a.closed_at FROM enforcement_alerts a
            WHERE a.rule = \(bind: RepeatedInspectionAlerts.rule) AND \(condition)
            ORDER BY a.raised_at DESC, a.id LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try await RepeatedInspectionAlerts.load(rows, on: sql)
    }

    static func decode(_ row: any SQLRow) throws -> EnterpriseInspectionRow {
        EnterpriseInspectionRow(
            id: try row.decode(column: "id", as: UUID.self),
            bodyID: try row.decode(column: "organisation_id", as: UUID.self),
            bodyName: try row.decode(column: "body_name", as: String.self),
            clientID: try row.decode(column: "client_id", as: String.self),
            matterCode: try row.decode(column: "matter_code", as: String.self),
            matterName: try row.decode(column: "matter_name", as: String.self),
            creditCode: try row.decode(column: "credit_code", as: String.self),
            enterpriseName: try row.decode(column: "enterprise_name", as: String.self),
            date: try CivilDate.column(row, "inspected_on"),
            officers: try JSONDecoder().decode(
                [String].self, from: Data(try row.decode(column: "officers", as: String.self).utf8)),
            kind: EnterpriseInspectionKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
            result: try row.decode(column: "result", as: String.self),
            source: try row.decode(column: "source", as: String.self),
            alerted: try row.decode(column: "alerted", as: Bool.self))
    }
}
