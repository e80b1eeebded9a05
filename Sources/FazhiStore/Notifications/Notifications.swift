import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A message to a user, as the notification list shows it.
public struct UserNotification: Sendable, Equatable, Codable {
    public let id: UUID
    public let kind: String
    public let title: String
    public let body: String
    public let link: String?
    public let createdAt: Date
    public let readAt: Date?
}

/// One user's notifications. A user sees only their own; there is no scope to widen.
public struct Notifications: Sendable {
    let db: any Database
    public let userID: UUID

    public init(db: any Database, userID: UUID) {
        self.db = db
        self.userID = userID
    }

    /// The newest first.
    public func list(limit: Int = 100) async throws -> [UserNotification] {
        try await NotificationModel.query(on: db).filter(\.$userID == userID).sort(\.$createdAt, .descending)
            .sort(\.$id).limit(limit).all().map(\.domain)
    }

    public func unreadCount() async throws -> Int {
        try await NotificationModel.query(on: db).filter(\.$userID == userID).filter(\.$readAt == nil).count()
    }

    /// Marks one notification read; another user's id is a 404, as if it did not exist.
    public func markRead(_ id: UUID) async throws -> UserNotification {
        guard
            let row = try await NotificationModel.query(on: db).filter(\.$id == id).filter(\.$userID == userID)
                .first()
        else { throw DomainError.notFound("通知不存在") }
        if row.readAt == nil {
            row.readAt = Date()
            try await row.save(on: db)
        }
        return row.domain
    }

    /// Marks every notification read; returns how many were unread.
    @discardableResult
    public func markAllRead() async throws -> Int {
        let unread = try await unreadCount()
        try await NotificationModel.query(on: db).filter(\.$userID == userID).filter(\.$readAt == nil)
            .set(\.$readAt, to: Date()).update()
        return unread
    }

    /// Sends a notification (inside the caller's transaction, so it exists exactly when the change does).
    /// Tells everyone who answers for `organisation` (see `answering(for:)`), except those in `skipping` (already
    /// told of the same thing); returns who was told, with `skipping`.
    @discardableResult
    static func send(
        toAnswering organisation: UUID, kind: String, title: String, body: String, link: String?,
        skipping: Set<UUID> = [], on db: any Database
    ) async throws -> Set<UUID> {
        var told = skipping
        for user in try await answering(for: organisation, on: db as! any SQLDatabase) where told.insert(user).inserted
        {
            try await send(to: user, kind: kind, title: title, body: body, link: link, on: db)
        }
        return told
    }

    /// The active users who answer for an organisation's share: its own, and for a government its 依法治办's.
    static func answering(for organisation: UUID, on sql: any SQLDatabase) async throws -> [UUID] {
        let active = sql.dialect.name == "postgresql" ? "true" : "1"
        return try await sql.raw(
            """
            SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
            WHERE u.active = \(unsafeRaw: active)
              AND (o.id = \(bind: organisation)
                   OR (o.parent_id = \(bind: organisation) AND o.kind = \(bind: OrgKind.ruleOfLawOffice.rawValue)
                       AND EXISTS (SELECT 1 FROM organisations g WHERE g.id = \(bind: organisation)
                                   AND g.kind = \(bind: OrgKind.government.rawValue))))
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    static func send(
        to userID: UUID, kind: String, title: String, body: String, link: String?, on db: any Database
    ) async throws {
        let row = NotificationModel()
        row.id = UUID()
        row.userID = userID
        row.kind = kind
        row.title = title
        row.body = body
        row.link = link
        row.createdAt = Date()
        try await row.create(on: db)
    }
}
