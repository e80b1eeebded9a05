import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 机构管理: administrators create, rename, move, deactivate and reactivate organisations
/// within their scope. Nothing is ever deleted.
struct OrganisationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let orgs = routes.grouped("admin", "orgs")
        orgs.get(use: list)
        orgs.get("new", use: newForm)
        orgs.post(use: create)
        orgs.get(":id", use: editForm)
        orgs.post(":id", use: update)
        orgs.post(":id", "move", use: move)
        orgs.post(":id", "deactivate", use: deactivate)
        orgs.post(":id", "activate", use: activate)
    }

    /// The form as posted; every field optional so that a missing one is a field error, not a 400.
    struct OrgForm: Content {
        var name: String?
        var shortName: String?
        var kind: String?
        var parentID: String?
        var creditCode: String?
        var aliases: String?

        func input() throws -> OrganisationInput {
            var parent: UUID? = nil
            if let text = parentID, !text.isEmpty {
                guard let id = UUID(uuidString: text) else { throw DomainError.invalid("parentID", "上级机构无效") }
                parent = id
            }
            return OrganisationInput(
                name: name ?? "", shortName: shortName, kind: kind ?? "", parentID: parent, creditCode: creditCode,
                aliases: (aliases ?? "").split(whereSeparator: { ",，、\n".contains($0) }).map(String.init))
        }
    }

    /// The tree of organisations in scope.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let orgs = try await req.organisations(member).list()
        let context = PageContext(req)
        return Layout.response(
            OrganisationListPage.view(orgs, preset: req.services.config.levelPreset, context), context: context)
    }

    /// The form for a new organisation (`?parent=` preselects its parent).
    @Sendable func newForm(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let parents = try await req.organisations(member).list(includeInactive: false)
        var form = OrgForm()
        form.parentID = try? req.query.get(String.self, at: "parent")
        return render(req, OrganisationFormPage(org: nil, form: form, parents: parents, errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let form = try req.content.decode(OrgForm.self)
        do {
            let input = try form.input().validated()
            let org = try await req.organisations(member).create(input, by: req.actor)
            return Flash.redirect(req, to: "/admin/orgs", message: "已新建机构「\(org.name)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let parents = try await req.organisations(member).list(includeInactive: false)
            return render(
                req, OrganisationFormPage(org: nil, form: form, parents: parents, errors: error.fields),
                status: .unprocessableEntity)
        }
    }

    /// The edit form, with the move form and the activation button.
    @Sendable func editForm(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let org = try await req.organisations(member).find(try req.idParameter())
        let parents = try await req.organisations(member).list(includeInactive: false)
        let form = OrgForm(
            name: org.name, shortName: org.shortName, kind: org.kind.rawValue, parentID: org.parentID?.uuidString,
            creditCode: org.creditCode, aliases: org.aliases.joined(separator: "、"))
        return render(req, OrganisationFormPage(org: org, form: form, parents: parents, errors: []))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let repo = req.organisations(member)
        let org = try await repo.find(try req.idParameter())
        var form = try req.content.decode(OrgForm.self)
        form.parentID = org.parentID?.uuidString
        do {
            let updated = try await repo.update(org.id, try form.input().validated(), by: req.actor)
            return Flash.redirect(req, to: "/admin/orgs/\(org.id)", message: "已保存「\(updated.name)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let parents = try await repo.list(includeInactive: false)
            return render(
                req, OrganisationFormPage(org: org, form: form, parents: parents, errors: error.fields),
                status: .unprocessableEntity)
        }
    }

    struct MoveForm: Content { var parentID: String? }

    @Sendable func move(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let id = try req.idParameter()
        let form = try req.content.decode(MoveForm.self)
        guard let parentID = form.parentID.flatMap(UUID.init(uuidString:)) else {
            throw DomainError.invalid("parentID", "请选择新的上级机构")
        }
        let org = try await req.organisations(member).move(id, under: parentID, by: req.actor)
        return Flash.redirect(req, to: "/admin/orgs/\(id)", message: "已将「\(org.name)」调整到新的上级机构之下。")
    }

    @Sendable func deactivate(req: Request) async throws -> Response {
        try await setActive(req, false)
    }

    @Sendable func activate(req: Request) async throws -> Response {
        try await setActive(req, true)
    }

    private func setActive(_ req: Request, _ active: Bool) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let id = try req.idParameter()
        let org = try await req.organisations(member).setActive(id, active, by: req.actor)
        return Flash.redirect(req, to: "/admin/orgs/\(id)", message: active ? "已启用「\(org.name)」。" : "已停用「\(org.name)」。")
    }

    private func render(_ req: Request, _ page: OrganisationFormPage, status: HTTPResponseStatus = .ok) -> Response {
        let context = PageContext(req)
        return Layout.response(OrganisationFormPage.view(page, context), context: context, status: status)
    }
}
