import Crypto
import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Browser sessions kept in the database: they survive restarts, are shared by several
/// server processes, and can be ended for one user (password change, deactivation).
public struct SessionStore: Sendable {
    let db: any Database
    /// A session ends after this long without a request.
    public let idleTimeout: TimeInterval
    /// A session ends this long after sign-in whatever happens.
    public let absoluteTimeout: TimeInterval

    public init(db: any Database, idleTimeout: TimeInterval = 2 * 3600, absoluteTimeout: TimeInterval = 12 * 3600) {
        self.db = db
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Starts a session and returns the token for the cookie.
    public func start(userID: UUID, now: Date = Date()) async throws -> String {
        let token = Secrets.randomToken()
        let model = SessionModel()
        model.tokenHash = Secrets.sha256(token)
        model.userID = userID
        model.createdAt = now
        model.lastSeenAt = now
        model.expiresAt = now.addingTimeInterval(absoluteTimeout)
        try await model.create(on: db)
        return token
    }

    /// The user of a live session, refreshing its last-seen time at most once a minute.
    public func user(token: String, now: Date = Date()) async throws -> UUID? {
        let sql = db as! any SQLDatabase
        let hash = Secrets.sha256(token)
        guard
            let row = try await sql.raw(
                "SELECT user_id, last_seen_at, expires_at FROM sessions WHERE token_hash = \(bind: hash)"
            ).first()
        else { return nil }
        let lastSeen = try row.decode(column: "last_seen_at", as: Date.self)
        guard isLive(lastSeen: lastSeen, expires: try row.decode(column: "expires_at", as: Date.self), now: now) else {
            try await end(token: token)
            return nil
        }
        try await touch(hash: hash, lastSeen: lastSeen, now: now)
        return try row.decode(column: "user_id", as: UUID.self)
    }

    /// Whether a session is within both its idle and its absolute timeout.
    func isLive(lastSeen: Date, expires: Date, now: Date) -> Bool {
        expires > now && lastSeen.addingTimeInterval(idleTimeout) > now
    }

    /// Records activity, at most once a minute (a write on every request would serialise reads).
    func touch(hash: String, lastSeen: Date, now: Date) async throws {
        guard now.timeIntervalSince(lastSeen) > 60 else { return }
        try await SessionModel.query(on: db).filter(\.$tokenHash == hash).set(\.$lastSeenAt, to: now).update()
    }

    public func end(token: String) async throws {
        try await SessionModel.query(on: db).filter(\.$tokenHash == Secrets.sha256(token)).delete()
    }

    /// Ends every session of a user, except the one whose token is given.
    static func endSessions(of userID: UUID, except token: String? = nil, on db: any Database) async throws {
        var query = SessionModel.query(on: db).filter(\.$userID == userID)
        if let token { query = query.filter(\.$tokenHash != Secrets.sha256(token)) }
        try await query.delete()
    }

    /// Deletes expired sessions (run by a maintenance job).
    public static func prune(now: Date = Date(), on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$expiresAt < now).delete()
    }
}

/// Random tokens and their digests.
public enum Secrets {
    /// 32 random bytes, URL-safe base64 without padding.
    public static func randomToken() -> String {
        // One call into BoringSSL's CSPRNG for all 32 bytes, written in base64url without padding.
        let base64 = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
        return String(
            decoding: base64.utf8.compactMap { byte in
                switch byte {
                case UInt8(ascii: "+"): UInt8(ascii: "-")
                case UInt8(ascii: "/"): UInt8(ascii: "_")
                case UInt8(ascii: "="): nil
                default: byte
                }
            }, as: UTF8.self)
    }

    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
