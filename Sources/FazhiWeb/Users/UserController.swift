import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 用户管理: administrators create users in organisations of their scope, assign roles,
/// reset passwords and deactivate accounts.
struct UserController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("admin", "users")
        users.get(use: list)
        users.get("new", use: newForm)
        users.post(use: create)
        users.get(":id", use: editForm)
        users.post(":id", use: update)
        users.post(":id", "deactivate", use: deactivate)
        users.post(":id", "activate", use: activate)
    }

    struct UserForm: Content {
        var username: String?
        var displayName: String?
        var organisationID: String?
        var roles: [String]?
        var password: String?

        func input() -> UserInput {
            UserInput(
                username: username ?? "", displayName: displayName ?? "",
                organisationID: organisationID.flatMap(UUID.init(uuidString:)), roles: roles ?? [], password: password)
        }
    }

    /// Users in scope.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let users = try await req.users(member).list()
        let context = PageContext(req)
        return Layout.response(UserListPage.view(users, context), context: context)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let orgs = try await req.organisations(member).list(includeInactive: false)
        return render(req, UserFormPage(user: nil, form: UserForm(), organisations: orgs, errors: []))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let form = try req.content.decode(UserForm.self)
        do {
            let user = try await req.users(member).create(try form.input().validated(), by: req.actor)
            return Flash.redirect(req, to: "/admin/users", message: "已新建用户「\(user.displayName)」（\(user.username)）。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let orgs = try await req.organisations(member).list(includeInactive: false)
            return render(
                req, UserFormPage(user: nil, form: form, organisations: orgs, errors: error.fields),
                status: .unprocessableEntity)
        }
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let listing = try await req.users(member).find(try req.idParameter())
        let orgs = try await req.organisations(member).list(includeInactive: false)
        let form = UserForm(
            username: listing.user.username, displayName: listing.user.displayName,
            organisationID: listing.user.organisationID.uuidString, roles: listing.user.roles.map(\.rawValue),
            password: nil)
        return render(req, UserFormPage(user: listing.user, form: form, organisations: orgs, errors: []))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let listing = try await req.users(member).find(try req.idParameter())
        var form = try req.content.decode(UserForm.self)
        form.username = listing.user.username
        do {
            let user = try await req.users(member).update(
                listing.user.id, try form.input().validated(requirePassword: false), by: req.actor)
            return Flash.redirect(req, to: "/admin/users/\(user.id)", message: "已保存用户「\(user.displayName)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let orgs = try await req.organisations(member).list(includeInactive: false)
            return render(
                req, UserFormPage(user: listing.user, form: form, organisations: orgs, errors: error.fields),
                status: .unprocessableEntity)
        }
    }

    @Sendable func deactivate(req: Request) async throws -> Response { try await setActive(req, false) }
    @Sendable func activate(req: Request) async throws -> Response { try await setActive(req, true) }

    private func setActive(_ req: Request, _ active: Bool) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let id = try req.idParameter()
        let user = try await req.users(member).setActive(id, active, by: req.actor)
        return Flash.redirect(
            req, to: "/admin/users/\(id)",
            message: active ? "已启用「\(user.displayName)」。" : "已停用「\(user.displayName)」，其登录已失效。")
    }

    private func render(_ req: Request, _ page: UserFormPage, status: HTTPResponseStatus = .ok) -> Response {
        let context = PageContext(req)
        return Layout.response(UserFormPage.view(page, context), context: context, status: status)
    }
}
