import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Organisations within a scope. Every read filters by the scope's path prefix; every write
/// checks that its targets lie inside the scope and records an audit entry in the same
/// transaction.
public struct OrganisationRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    static let notFound = DomainError.notFound("机构不存在，或不在您的管辖范围内")

    /// Every organisation in scope, in tree order (a parent before its children).
    public func list(includeInactive: Bool = true) async throws -> [Organisation] {
        let orgs = try await OrganisationRow.list(
            under: scope.root.value, activeOnly: !includeInactive, on: db as! any SQLDatabase)
        return OrganisationTree.sorted(orgs).map(\.org)
    }

    public func find(_ id: UUID) async throws -> Organisation {
        try await model(id, on: db).domain
    }

    func model(_ id: UUID, on db: any Database) async throws -> OrganisationModel {
        guard let model = try await OrganisationModel.find(id, on: db), scope.contains(OrgPath(value: model.path))
        else { throw Self.notFound }
        return model
    }

    /// Creates an organisation under a parent in scope (a root only with the system scope).
    public func create(_ input: ValidOrganisationInput, by actor: Actor) async throws -> Organisation {
        try await db.writeTransaction { tx in
            let id = UUID()
            let path: OrgPath
            if let parentID = input.parentID {
                let parent = try await model(parentID, on: tx)
                guard parent.active else { throw DomainError.invalid("parentID", "上级机构已停用") }
                path = OrgPath(value: parent.path).child(id)
            } else {
                guard scope == .system else { throw DomainError.invalid("parentID", "请选择上级机构") }
                path = .root(id)
            }
            try await checkCreditCode(input.creditCode, except: nil, on: tx)
            let org = Organisation(
                id: id, name: input.name, shortName: input.shortName, kind: input.kind, parentID: input.parentID,
                path: path, creditCode: input.creditCode, aliases: input.aliases, active: true)
            try await OrganisationModel(org).create(on: tx)
            try await AuditLog.append(
                .of("organisation.create", "organisation", id: id.uuidString, before: nil as Organisation?, after: org),
                orgPath: path, by: actor, on: tx)
            return org
        }
    }

    /// Renames or otherwise edits an organisation; its place in the tree is changed by `move`.
    public func update(_ id: UUID, _ input: ValidOrganisationInput, by actor: Actor) async throws -> Organisation {
        try await db.writeTransaction { tx in
            let model = try await model(id, on: tx)
            let before = model.domain
            try await checkCreditCode(input.creditCode, except: id, on: tx)
            var after = before
            after.name = input.name
            after.shortName = input.shortName
            after.kind = input.kind
            after.creditCode = input.creditCode
            after.aliases = input.aliases
            guard after != before else { return before }
            model.apply(after)
            try await model.save(on: tx)
            try await AuditLog.append(
                .of("organisation.update", "organisation", id: id.uuidString, before: before, after: after),
                orgPath: after.path, by: actor, on: tx)
            return after
        }
    }

    /// Moves an organisation, with everything below it, under a new parent in scope.
    public func move(_ id: UUID, under parentID: UUID, by actor: Actor) async throws -> Organisation {
        try await db.writeTransaction { tx in
            let model = try await model(id, on: tx)
            let before = model.domain
            guard before.path != scope.root else { throw DomainError.forbidden("不能移动您所在的管辖范围根机构") }
            let parent = try await self.model(parentID, on: tx).domain
            guard !before.path.contains(parent.path) else {
                throw DomainError.invalid("parentID", "不能移动到本机构或其下级机构之下")
            }
            guard parent.active else { throw DomainError.invalid("parentID", "上级机构已停用") }
            let newPath = parent.path.child(id)
            guard newPath != before.path else { return before }
            // One statement rewrites the prefix of the whole subtree, on SQLite and PostgreSQL alike.
            let sql = tx as! any SQLDatabase
            try await sql.raw(
                """
                UPDATE organisations SET path = \(bind: newPath.value) || substr(path, CAST(\(bind: before.path.value.count + 1) AS INTEGER))
                WHERE path LIKE \(bind: before.path.value + "%")
                """
            ).run()
            try await sql.raw(
                "UPDATE organisations SET parent_id = \(bind: parentID) WHERE id = \(bind: id)"
            ).run()
            var after = before
            after.parentID = parentID
            after.path = newPath
            try await AuditLog.append(
                .of("organisation.move", "organisation", id: id.uuidString, before: before, after: after),
                orgPath: newPath, by: actor, on: tx)
            return after
        }
    }

    /// Deactivates or reactivates an organisation. Nothing is deleted: records that refer to
    /// it keep their meaning. An organisation with active ones below it stays active.
    public func setActive(_ id: UUID, _ active: Bool, by actor: Actor) async throws -> Organisation {
        try await db.writeTransaction { tx in
            let model = try await model(id, on: tx)
            let before = model.domain
            guard before.active != active else { return before }
            if !active {
                guard before.path != scope.root else { throw DomainError.forbidden("不能停用您所在的管辖范围根机构") }
                let activeBelow = try await OrganisationModel.query(on: tx)
                    .filter(\.$parentID == id).filter(\.$active == true).count()
                guard activeBelow == 0 else {
                    throw DomainError.conflict("该机构下还有\(activeBelow)个启用的下级机构，请先停用或移走它们")
                }
            } else if let parentID = before.parentID, let parent = try await OrganisationModel.find(parentID, on: tx),
                !parent.active
            {
                throw DomainError.conflict("上级机构已停用，请先启用上级机构")
            }
            model.active = active
            try await model.save(on: tx)
            var after = before
            after.active = active
            try await AuditLog.append(
                .of(
                    active ? "organisation.activate" : "organisation.deactivate", "organisation", id: id.uuidString,
                    before: before, after: after),
                orgPath: after.path, by: actor, on: tx)
            return after
        }
    }

    private func checkCreditCode(_ code: String?, except id: UUID?, on db: any Database) async throws {
        guard let code else { return }
        // Checked against every organisation, not only those in scope: the code is national.
        if let other = try await OrganisationModel.query(on: db).filter(\.$creditCode == code).first(),
            other.id != id
        {
            throw DomainError.invalid("creditCode", "该统一社会信用代码已被其他机构使用")
        }
    }

    /// The organisation and its ancestors, root first. Unscoped: used to compute a scope.
    public static func chain(of id: UUID, on db: any Database) async throws -> [Organisation] {
        let sql = db as! any SQLDatabase
        guard let path = try await sql.raw("SELECT path FROM organisations WHERE id = \(bind: id)").first()
        else { return [] }
        return try await chain(path: OrgPath(value: try path.decode(column: "path", as: String.self)), on: sql)
    }

    /// The organisations on a path, root first.
    static func chain(path: OrgPath, on sql: any SQLDatabase) async throws -> [Organisation] {
        let ids = path.ids
        let all = try await OrganisationRow.find(ids, on: sql)
        return ids.compactMap { id in all.first { $0.id == id } }
    }

    /// Whether the database holds no organisation at all (a fresh install).
    public static func isEmpty(on db: any Database) async throws -> Bool {
        try await OrganisationModel.query(on: db).count() == 0
    }
}

extension OrganisationRepository {
    /// How many organisations the scope holds.
    public func count() async throws -> Int {
        try await OrganisationModel.query(on: db).filter(\.$path =~ scope.root.value).count()
    }
}
