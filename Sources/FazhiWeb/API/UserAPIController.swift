import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/users`: the same operations as the user pages, for administrators.
struct UserAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("users")
        users.get(use: list)
        users.post(use: create)
        users.get(":id", use: show)
        users.patch(":id", use: update)
        users.post(":id", "deactivate", use: deactivate)
        users.post(":id", "activate", use: activate)
    }

    @Sendable func list(req: Request) async throws -> [UserDTO] {
        let member = try req.requireMember(anyOf: .admin)
        return try await req.users(member).list().map { UserDTO($0.user, organisation: $0.organisation) }
    }

    @Sendable func show(req: Request) async throws -> UserDTO {
        let member = try req.requireMember(anyOf: .admin)
        let listing = try await req.users(member).find(try req.idParameter())
        return UserDTO(listing.user, organisation: listing.organisation)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let input = try req.json(UserInput.self).validated()
        let user = try await req.users(member).create(input, by: req.actor)
        let response = Response(status: .created)
        try response.content.encode(UserDTO(user))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/users/\(user.id)")
        return response
    }

    /// Changes display name, organisation and roles; a non-empty `password` resets it.
    @Sendable func update(req: Request) async throws -> UserDTO {
        let member = try req.requireMember(anyOf: .admin)
        let id = try req.idParameter()
        let current = try await req.users(member).find(id)
        var input = try req.json(UserInput.self)
        input.username = current.user.username
        return UserDTO(try await req.users(member).update(id, input.validated(requirePassword: false), by: req.actor))
    }

    @Sendable func deactivate(req: Request) async throws -> UserDTO {
        let member = try req.requireMember(anyOf: .admin)
        return UserDTO(try await req.users(member).setActive(try req.idParameter(), false, by: req.actor))
    }

    @Sendable func activate(req: Request) async throws -> UserDTO {
        let member = try req.requireMember(anyOf: .admin)
        return UserDTO(try await req.users(member).setActive(try req.idParameter(), true, by: req.actor))
    }
}
