import FazhiCore
import Fluent
import Foundation

/// A user with the organisation they belong to, as lists show them.
public struct UserListing: Sendable, Equatable {
    public let user: User
    public let organisation: Organisation
}

/// Users within a scope: those whose organisation lies in the scope's subtree.
public struct UserRepository: Sendable {
    let db: any Database
    public let scope: Scope
    let hasher: PasswordHashing

    public init(db: any Database, scope: Scope, hasher: PasswordHashing) {
        self.db = db
        self.scope = scope
        self.hasher = hasher
    }

    static let notFound = DomainError.notFound("用户不存在，或不在您的管辖范围内")

    public func list() async throws -> [UserListing] {
        try await UserModel.query(on: db)
            .join(OrganisationModel.self, on: \UserModel.$organisation.$id == \OrganisationModel.$id)
            .filter(OrganisationModel.self, \.$path =~ scope.root.value)
            .sort(\.$username)
            .all()
            .map { UserListing(user: $0.domain, organisation: try $0.joined(OrganisationModel.self).domain) }
    }

    public func find(_ id: UUID) async throws -> UserListing {
        let (user, org) = try await model(id, on: db)
        return UserListing(user: user.domain, organisation: org.domain)
    }

    func model(_ id: UUID, on db: any Database) async throws -> (UserModel, OrganisationModel) {
        guard let user = try await UserModel.query(on: db).filter(\.$id == id).with(\.$organisation).first(),
            scope.contains(OrgPath(value: user.organisation.path))
        else { throw Self.notFound }
        return (user, user.organisation)
    }

    private func organisation(_ id: UUID, on db: any Database) async throws -> OrganisationModel {
        guard let org = try await OrganisationModel.find(id, on: db), scope.contains(OrgPath(value: org.path)) else {
            throw DomainError.invalid("organisationID", "所属机构不存在，或不在您的管辖范围内")
        }
        guard org.active else { throw DomainError.invalid("organisationID", "所属机构已停用") }
        return org
    }

    /// Creates a user in an organisation in scope.
    public func create(_ input: ValidUserInput, by actor: Actor) async throws -> User {
        guard let password = input.password else { throw DomainError.invalid("password", "请设置初始密码") }
        let digest = try await hasher.hash(password)
        return try await db.writeTransaction { tx in
            let org = try await organisation(input.organisationID, on: tx)
            if try await UserModel.query(on: tx).filter(\.$username == input.username).count() > 0 {
                throw DomainError.invalid("username", "登录名「\(input.username)」已被使用")
            }
            let model = UserModel()
            model.id = UUID()
            model.username = input.username
            model.displayName = input.displayName
            model.passwordHash = digest
            model.$organisation.id = org.id!
            model.roles = UserModel.encode(input.roles)
            model.active = true
            try await model.create(on: tx)
            try await AuditLog.append(
                .of("user.create", "user", id: model.id!.uuidString, before: nil as User?, after: model.domain),
                orgPath: OrgPath(value: org.path), by: actor, on: tx)
            return model.domain
        }
    }

    /// Changes name, organisation and roles; a non-empty password in the input resets it.
    public func update(_ id: UUID, _ input: ValidUserInput, by actor: Actor) async throws -> User {
        let digest: String? = if let password = input.password { try await hasher.hash(password) } else { nil }
        return try await db.writeTransaction { tx in
            let (model, _) = try await model(id, on: tx)
            let before = model.domain
            let org = try await organisation(input.organisationID, on: tx)
            model.displayName = input.displayName
            model.$organisation.id = org.id!
            model.roles = UserModel.encode(input.roles)
            if let digest { model.passwordHash = digest }
            try await model.save(on: tx)
            try await AuditLog.append(
                .of("user.update", "user", id: id.uuidString, before: before, after: model.domain),
                orgPath: OrgPath(value: org.path), by: actor, on: tx)
            if digest != nil { try await SessionStore.endSessions(of: id, on: tx) }
            return model.domain
        }
    }

    /// Deactivates or reactivates a user; a deactivated user's sessions end at once.
    public func setActive(_ id: UUID, _ active: Bool, by actor: Actor) async throws -> User {
        try await db.writeTransaction { tx in
            let (model, org) = try await model(id, on: tx)
            let before = model.domain
            guard before.active != active else { return before }
            if !active && before.id == actor.userID { throw DomainError.conflict("不能停用自己的账号") }
            model.active = active
            try await model.save(on: tx)
            try await AuditLog.append(
                .of(
                    active ? "user.activate" : "user.deactivate", "user", id: id.uuidString, before: before,
                    after: model.domain),
                orgPath: OrgPath(value: org.path), by: actor, on: tx)
            if !active { try await SessionStore.endSessions(of: id, on: tx) }
            return model.domain
        }
    }
}

extension UserRepository {
    /// How many users the scope holds.
    public func count() async throws -> Int {
        try await UserModel.query(on: db)
            .join(OrganisationModel.self, on: \UserModel.$organisation.$id == \OrganisationModel.$id)
            .filter(OrganisationModel.self, \.$path =~ scope.root.value)
            .count()
    }
}
