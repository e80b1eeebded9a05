import FazhiCore
import Fluent
import Foundation

/// An API token as lists show it (never the token itself).
public struct ApiToken: Sendable, Equatable, Codable {
    public let id: UUID
    public let name: String
    public let prefix: String
    public let organisationID: UUID
    public let organisationName: String
    public let createdBy: String
    public let createdAt: Date?
    public let revokedAt: Date?
    public let lastUsedAt: Date?
}

/// Tokens for integrating systems. A token acts with its creator's roles, limited to the
/// subtree of the organisation it was issued for (which lies in the creator's scope).
public struct ApiTokenRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    /// Tokens of organisations in scope, newest first.
    public func list() async throws -> [ApiToken] {
        try await ApiTokenModel.query(on: db)
            .join(OrganisationModel.self, on: \ApiTokenModel.$organisation.$id == \OrganisationModel.$id)
            .filter(OrganisationModel.self, \.$path =~ scope.root.value)
            .with(\.$user)
            .sort(\.$createdAt, .descending)
            .all()
            .map { model in
                let org = try model.joined(OrganisationModel.self)
                return ApiToken(
                    id: model.id!, name: model.name, prefix: model.prefix, organisationID: org.id!,
                    organisationName: org.name, createdBy: model.user.displayName, createdAt: model.createdAt,
                    revokedAt: model.revokedAt, lastUsedAt: model.lastUsedAt)
            }
    }

    /// Issues a token; the returned secret is shown once and never stored.
    public func issue(name: String, organisationID: UUID?, by actor: Actor) async throws -> (
        token: ApiToken, secret: String
    ) {
        var v = Validation()
        let name = v.text("name", name, label: "令牌名称", maxLength: 60)
        if organisationID == nil { v.add("organisationID", "请选择令牌适用的机构") }
        try v.check()
        guard let userID = actor.userID else { throw DomainError.forbidden("只有登录用户可以签发令牌") }
        let orgs = OrganisationRepository(db: db, scope: scope)
        let org: Organisation
        do { org = try await orgs.find(organisationID!) } catch {
            throw DomainError.invalid("organisationID", "机构不存在，或不在您的管辖范围内")
        }
        let secret = "fz_" + Secrets.randomToken()
        let model = ApiTokenModel()
        model.id = UUID()
        model.name = name
        model.tokenHash = Secrets.sha256(secret)
        model.prefix = String(secret.prefix(10))
        model.$organisation.id = org.id
        model.$user.id = userID
        try await db.writeTransaction { tx in
            try await model.create(on: tx)
            try await AuditLog.append(
                AuditChange(
                    action: "api_token.issue", entityType: "api_token", entityID: model.id!.uuidString, before: nil,
                    after: try AuditChange.canonicalJSON([
                        "name": name, "prefix": model.prefix, "organisation": org.name,
                    ])),
                orgPath: org.path, by: actor, on: tx)
        }
        let token = ApiToken(
            id: model.id!, name: name, prefix: model.prefix, organisationID: org.id, organisationName: org.name,
            createdBy: actor.name, createdAt: model.createdAt, revokedAt: nil, lastUsedAt: nil)
        return (token, secret)
    }

    /// Revokes a token of an organisation in scope; it stops working at once.
    public func revoke(_ id: UUID, by actor: Actor) async throws {
        try await db.writeTransaction { tx in
            guard let model = try await ApiTokenModel.query(on: tx).filter(\.$id == id).with(\.$organisation).first(),
                scope.contains(OrgPath(value: model.organisation.path))
            else { throw DomainError.notFound("令牌不存在，或不在您的管辖范围内") }
            guard model.revokedAt == nil else { return }
            model.revokedAt = Date()
            try await model.save(on: tx)
            try await AuditLog.append(
                AuditChange(
                    action: "api_token.revoke", entityType: "api_token", entityID: id.uuidString, before: nil,
                    after: try AuditChange.canonicalJSON(["name": model.name, "prefix": model.prefix])),
                orgPath: OrgPath(value: model.organisation.path), by: actor, on: tx)
        }
    }

    /// The user and organisation a presented token acts for, or nil when it is unknown or revoked.
    public static func authenticate(_ secret: String, on db: any Database) async throws -> (
        userID: UUID, organisationID: UUID
    )? {
        guard let model = try await ApiTokenModel.query(on: db).filter(\.$tokenHash == Secrets.sha256(secret)).first(),
            model.revokedAt == nil
        else { return nil }
        if (model.lastUsedAt.map { Date().timeIntervalSince($0) > 60 } ?? true) {
            model.lastUsedAt = Date()
            try await model.save(on: db)
        }
        return (model.$user.id, model.$organisation.id)
    }
}
