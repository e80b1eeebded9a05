import FazhiCore
import Foundation
import SQLKit

/// The figures the workbench shows on every visit, in one statement: how much the scope holds, the user's
/// unread notifications, and the job queue by status. The workbench is the most visited page after sign-in, so
/// it reads with plain SQL: Fluent's model machinery cost more than the queries themselves there.
public struct WorkbenchFigures: Sendable, Equatable {
    public let organisations: Int
    public let users: Int
    public let unreadNotifications: Int
    /// Jobs by status (`queued`, `running`, `done`, `failed`).
    public let jobs: [String: Int]

    public static func of(_ scope: Scope, userID: UUID, on db: any SQLDatabase) async throws -> WorkbenchFigures {
        let subtree = scope.root.sqlSubtreePattern
        let row = try await db.raw(
            """
            SELECT (SELECT COUNT(*) FROM organisations WHERE path LIKE \(subtree)) AS organisations,
                   (SELECT COUNT(*) FROM users u JOIN organisations o ON o.id = u.organisation_id
                    WHERE o.path LIKE \(subtree)) AS users,
                   (SELECT COUNT(*) FROM notifications WHERE user_id = \(bind: userID) AND read_at IS NULL) AS unread,
                   (SELECT COUNT(*) FROM jobs WHERE status = 'queued') AS queued,
                   (SELECT COUNT(*) FROM jobs WHERE status = 'running') AS running,
                   (SELECT COUNT(*) FROM jobs WHERE status = 'done') AS done,
                   (SELECT COUNT(*) FROM jobs WHERE status = 'failed') AS failed
            """
        ).first()
        func count(_ column: String) throws -> Int { try row?.decode(column: column, as: Int.self) ?? 0 }
        return WorkbenchFigures(
            organisations: try count("organisations"), users: try count("users"),
            unreadNotifications: try count("unread"),
            jobs: [
                "queued": try count("queued"), "running": try count("running"), "done": try count("done"),
                "failed": try count("failed"),
            ])
    }
}

/// An open deadline as the workbench lists it.
public struct DeadlineDue: Sendable, Equatable {
    public let id: UUID
    public let subject: String
    public let due: CivilDate?
    public let dueTime: String?
    public let provisional: Bool
}

extension DeadlineRepository {
    /// What needs the owner's attention: their open deadlines in scope that are overdue or end on or before
    /// `until`, most urgent first.
    public func attention(owner: UUID, until: CivilDate, limit: Int = 8) async throws -> [DeadlineDue] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            SELECT d.id, d.subject, d.due_date, d.due_time, d.provisional FROM deadlines d
            JOIN organisations o ON o.id = d.organisation_id
            WHERE o.path LIKE \(scope.root.sqlSubtreePattern) AND d.owner_id = \(bind: owner) AND d.status = 'open'
              AND d.due_date <= \(bind: until.iso)
            ORDER BY d.due_date, d.id LIMIT \(unsafeRaw: String(max(0, limit)))
            """
        ).all().map { row in
            DeadlineDue(
                id: try row.decode(column: "id", as: UUID.self),
                subject: try row.decode(column: "subject", as: String.self),
                due: try row.decode(column: "due_date", as: String?.self).flatMap(CivilDate.init(iso:)),
                dueTime: try row.decode(column: "due_time", as: String?.self),
                provisional: try row.decode(column: "provisional", as: Bool.self))
        }
    }
}
