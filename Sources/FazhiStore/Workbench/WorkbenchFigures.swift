import FazhiCore
import Foundation
import SQLKit

/// Everything the workbench shows, read in one statement: how much the scope holds, the user's unread
/// notifications, their deadlines that need attention, and (when the user may see them) the newest audit entries
/// and the job queue by status.
///
/// The workbench is the page every official opens first and most often, so it costs one trip to the database,
/// not four: each statement pays for a connection from the pool, a hop to the database thread and back, and its
/// own parse, and with the figures small those overheads were most of the page's time. The two lists come back
/// as JSON arrays built by the database (SQLite `json_group_array`, PostgreSQL `json_agg`), in the order the
/// aggregate's `ORDER BY` gives them. The newest audit entries are read backwards through the time index
/// (`INDEXED BY` on SQLite): inside the aggregate SQLite's planner otherwise read and sorted the whole audit trail
/// on every visit, a cost that grows with every write the region ever made.
public struct WorkbenchFigures: Sendable, Equatable {
    public let organisations: Int
    public let users: Int
    public let unreadNotifications: Int
    /// Jobs by status (`queued`, `running`, `done`, `failed`); nil unless asked for.
    public let jobs: [String: Int]?
    /// The newest audit entries in scope, newest first; nil unless asked for.
    public let recentChanges: [AuditSummary]?
    /// The user's open deadlines in scope that are overdue or end on or before the horizon, most urgent first.
    public let attention: [DeadlineDue]

    /// - Parameters:
    ///   - until: the last day counted as due soon.
    ///   - withJobs: read the job queue (administrators).
    ///   - withAudit: read the newest audit entries (administrators and the justice bureau).
    public static func of(
        _ scope: Scope, userID: UUID, until: CivilDate, withJobs: Bool, withAudit: Bool, limit: Int = 8,
        on db: any SQLDatabase
    ) async throws -> WorkbenchFigures {
        let statement = statement(
            scope, userID: userID, until: until, withJobs: withJobs, withAudit: withAudit, limit: limit, on: db)
        guard let row = try await db.raw(statement).first() else { throw WorkbenchFiguresError.noRow }
        return try decode(row)
    }

    /// The one statement that reads every figure.
    static func statement(
        _ scope: Scope, userID: UUID, until: CivilDate, withJobs: Bool, withAudit: Bool, limit: Int,
        on db: any SQLDatabase
    ) -> SQLQueryString {
        let sql = db.dialect.name == "postgresql" ? WorkbenchSQL.postgres : .sqlite
        let subtree = scope.root.sqlSubtreePattern
        let organisationInScope = scope.root.sqlSubtreeRange("o.path", on: db)
        let limit = SQLQueryString(String(max(0, limit)))
        let jobs: SQLQueryString =
            withJobs
            ? "(SELECT \(unsafeRaw: sql.jobs) FROM (SELECT status, COUNT(*) AS n FROM jobs GROUP BY status) j)"
            : "NULL"
        let recent: SQLQueryString =
            withAudit
            ? """
            (SELECT \(unsafeRaw: sql.recent)
             FROM (SELECT id, at, actor_name, action, entity_id FROM audit_entries\(db.indexedBy("audit_entries_at"))
                   WHERE org_path LIKE \(subtree)
                   ORDER BY at DESC LIMIT \(limit)) a)
            """
            : "NULL"
        return """
            SELECT (SELECT COUNT(*) FROM organisations o WHERE \(organisationInScope)) AS organisations,
                   (SELECT COUNT(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
                    WHERE \(organisationInScope)) AS users,
                   (SELECT COUNT(*) FROM notifications WHERE user_id = \(bind: userID) AND read_at IS NULL) AS unread,
                   (SELECT \(unsafeRaw: sql.attention)
                    FROM (SELECT d.id, d.subject, d.due_date, d.due_time, d.provisional FROM deadlines d
                          JOIN organisations o ON o.id = d.organisation_id
                          WHERE \(organisationInScope) AND d.owner_id = \(bind: userID) AND d.status = 'open'
                            AND d.due_date <= \(bind: until.iso)
                          ORDER BY d.due_date, d.id LIMIT \(limit)) d) AS attention,
                   \(jobs) AS jobs,
                   \(recent) AS recent
            """
    }

    static func decode(_ row: any SQLRow) throws -> WorkbenchFigures {
        func count(_ column: String) throws -> Int { try row.decode(column: column, as: Int.self) }
        func rows(_ column: String) throws -> [[JSONValue]]? {
            guard let text = try row.decode(column: column, as: String?.self) else { return nil }
            guard case .array(let items) = try JSONValue(parsing: text) else { throw WorkbenchFiguresError.malformed }
            return try items.map { item in
                guard case .array(let fields) = item else { throw WorkbenchFiguresError.malformed }
                return fields
            }
        }
        return WorkbenchFigures(
            organisations: try count("organisations"), users: try count("users"),
            unreadNotifications: try count("unread"),
            jobs: try rows("jobs").map { pairs in
                var jobs = ["queued": 0, "running": 0, "done": 0, "failed": 0]
                for pair in pairs {
                    guard pair.count == 2, let status = pair[0].stringValue, let n = pair[1].integerValue else {
                        throw WorkbenchFiguresError.malformed
                    }
                    jobs[status] = Int(n)
                }
                return jobs
            },
            recentChanges: try rows("recent").map { try $0.map(AuditSummary.init(fields:)) },
            attention: try (rows("attention") ?? []).map(DeadlineDue.init(fields:)))
    }
}

/// The JSON aggregates of the statement in each dialect: SQLite's `json_group_array(json_array(…))` is
/// PostgreSQL's `json_agg(json_build_array(…))`, which gives NULL rather than `[]` over no rows, and PostgreSQL
/// keeps timestamps as such where SQLite keeps POSIX seconds. Fixed text, written out once per dialect.
private struct WorkbenchSQL {
    let attention: String
    let jobs: String
    let recent: String

    static let sqlite = WorkbenchSQL(
        attention: "json_group_array(json_array(id, subject, due_date, due_time, provisional) ORDER BY due_date, id)",
        jobs: "json_group_array(json_array(status, n))",
        recent: "json_group_array(json_array(id, at, actor_name, action, entity_id) ORDER BY at DESC)")

    static let postgres = WorkbenchSQL(
        attention:
            "COALESCE(json_agg(json_build_array(id, subject, due_date, due_time, provisional) ORDER BY due_date, id), '[]'::json)::text",
        jobs: "COALESCE(json_agg(json_build_array(status, n)), '[]'::json)::text",
        recent:
            "COALESCE(json_agg(json_build_array(id, EXTRACT(EPOCH FROM at), actor_name, action, entity_id) ORDER BY at DESC), '[]'::json)::text"
    )
}

public enum WorkbenchFiguresError: Error {
    case noRow
    case malformed
}

/// An audit entry as the workbench lists it.
public struct AuditSummary: Sendable, Equatable {
    public let id: UUID
    public let at: Date
    public let actorName: String
    public let action: String
    public let entityID: String

    init(fields: [JSONValue]) throws {
        guard fields.count == 5, let id = fields[0].stringValue.flatMap(UUID.init(uuidString:)),
            let at = fields[1].numberValue, let actorName = fields[2].stringValue, let action = fields[3].stringValue,
            let entityID = fields[4].stringValue
        else { throw WorkbenchFiguresError.malformed }
        self.id = id
        self.at = Date(timeIntervalSince1970: at)
        self.actorName = actorName
        self.action = action
        self.entityID = entityID
    }
}

/// An open deadline as the workbench lists it.
public struct DeadlineDue: Sendable, Equatable {
    public let id: UUID
    public let subject: String
    public let due: CivilDate?
    public let dueTime: String?
    public let provisional: Bool

    init(fields: [JSONValue]) throws {
        guard fields.count == 5, let id = fields[0].stringValue.flatMap(UUID.init(uuidString:)),
            let subject = fields[1].stringValue
        else { throw WorkbenchFiguresError.malformed }
        self.id = id
        self.subject = subject
        due = fields[2].stringValue.flatMap(CivilDate.init(iso:))
        dueTime = fields[3].stringValue
        // SQLite keeps booleans as 0/1, PostgreSQL as true/false.
        provisional = fields[4].boolValue ?? (fields[4].integerValue.map { $0 != 0 } ?? false)
    }
}
