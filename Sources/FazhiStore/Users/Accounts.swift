import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Sign-in and one's own account: the operations that act before a scope exists.
public struct Accounts: Sendable {
    let db: any Database
    let hasher: PasswordHashing
    let throttle: LoginThrottle

    public init(db: any Database, hasher: PasswordHashing, throttle: LoginThrottle = LoginThrottle()) {
        self.db = db
        self.hasher = hasher
        self.throttle = throttle
    }

    /// A signed-in user with what access control needs.
    public struct Member: Sendable, Equatable {
        public let user: User
        public let organisation: Organisation
        public let scope: Scope
        /// The organisation at the top of the scope.
        public let scopeRoot: Organisation

        public init(user: User, organisation: Organisation, scope: Scope, scopeRoot: Organisation) {
            self.user = user
            self.organisation = organisation
            self.scope = scope
            self.scopeRoot = scopeRoot
        }
    }

    static let wrongCredentials = DomainError.unauthenticated("登录名或密码不正确")

    /// Checks a username and password, throttled per account and per address.
    public func signIn(username: String, password: String, address: String) async throws -> Member {
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        try await throttle.check(username: username, address: address, on: db)
        let model = try await UserModel.query(on: db).filter(\.$username == username).first()
        if model == nil { try await hasher.verifyDecoy(password) }
        guard let model, try await hasher.verify(password, model.passwordHash) else {
            try await throttle.recordFailure(username: username, address: address, on: db)
            throw Self.wrongCredentials
        }
        guard let member = try await member(model) else {
            throw DomainError.unauthenticated("该账号或其所属机构已停用，请联系管理员")
        }
        try await throttle.clear(username: username, on: db)
        return member
    }

    /// The member behind a user id, or nil when the user or organisation is inactive.
    public func member(id: UUID) async throws -> Member? {
        try await member(where: "u.id = ", id)
    }

    /// The member signed in with a session token, in two queries: the session with its user and
    /// the user's organisation path, then the chain of organisations. Nil when the session is
    /// unknown or expired, or the user or organisation is inactive.
    public func member(sessionToken token: String, sessions: SessionStore, now: Date = Date()) async throws -> Member? {
        let sql = db as! any SQLDatabase
        let hash = Secrets.sha256(token)
        guard
            let row = try await sql.raw(
                """
                SELECT s.last_seen_at, s.expires_at, u.id, u.username, u.display_name, u.organisation_id, u.roles,
                       u.active, o.path
                FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id
                WHERE s.token_hash = \(bind: hash)
                """
            ).first()
        else { return nil }
        let lastSeen = try row.decode(column: "last_seen_at", as: Date.self)
        guard
            try sessions.isLive(lastSeen: lastSeen, expires: row.decode(column: "expires_at", as: Date.self), now: now)
        else {
            try await sessions.end(token: token)
            return nil
        }
        try await sessions.touch(hash: hash, lastSeen: lastSeen, now: now)
        return try await member(row)
    }

    private func member(where condition: String, _ id: UUID) async throws -> Member? {
        let sql = db as! any SQLDatabase
        guard
            let row = try await sql.raw(
                """
                SELECT u.id, u.username, u.display_name, u.organisation_id, u.roles, u.active, o.path
                FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE \(unsafeRaw: condition)\(bind: id)
                """
            ).first()
        else { return nil }
        return try await member(row)
    }

    private func member(_ row: any SQLRow) async throws -> Member? {
        let user = User(
            id: try row.decode(column: "id", as: UUID.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            roles: UserModel.decode(try row.decode(column: "roles", as: String.self)),
            active: try row.decode(column: "active", as: Bool.self))
        let chain = try await OrganisationRepository.chain(
            path: OrgPath(value: try row.decode(column: "path", as: String.self)), on: db as! any SQLDatabase)
        return member(user, chain: chain)
    }

    func member(_ model: UserModel) async throws -> Member? {
        try await member(id: model.id!)
    }

    private func member(_ user: User, chain: [Organisation]) -> Member? {
        guard user.active, let org = chain.last, org.active,
            let scope = Scope.of(member: chain.map(\.summary), roles: user.roles),
            let root = chain.first(where: { $0.path == scope.root })
        else { return nil }
        return Member(user: user, organisation: org, scope: scope, scopeRoot: root)
    }

    /// Changes one's own password after checking the current one; other sessions end.
    public func changePassword(userID: UUID, current: String, new: String, keepSession: String?) async throws {
        guard let model = try await UserModel.find(userID, on: db) else { throw DomainError.notFound("用户不存在") }
        guard try await hasher.verify(current, model.passwordHash) else {
            throw DomainError.invalid("current", "当前密码不正确")
        }
        if let problem = PasswordPolicy.problem(with: new) { throw DomainError.invalid("new", problem) }
        if new == current { throw DomainError.invalid("new", "新密码不能与当前密码相同") }
        model.passwordHash = try await hasher.hash(new)
        try await db.writeTransaction { tx in
            try await model.save(on: tx)
            try await AuditLog.append(
                AuditChange(
                    action: "user.password", entityType: "user", entityID: userID.uuidString, before: nil, after: nil),
                orgPath: OrgPath(value: (try await OrganisationModel.find(model.$organisation.id, on: tx))!.path),
                by: Actor(userID: userID, name: model.displayName), on: tx)
            try await SessionStore.endSessions(of: userID, except: keepSession, on: tx)
        }
    }
}
