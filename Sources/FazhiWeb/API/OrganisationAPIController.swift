import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/organisations` and `/api/v1/me`: the same operations as the organisation pages.
struct OrganisationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("me", use: me)
        let orgs = routes.grouped("organisations")
        orgs.get(use: list)
        orgs.post(use: create)
        orgs.get(":id", use: show)
        orgs.patch(":id", use: update)
        orgs.post(":id", "move", use: move)
        orgs.post(":id", "deactivate", use: deactivate)
        orgs.post(":id", "activate", use: activate)
    }

    /// The caller: user, organisation and scope.
    @Sendable func me(req: Request) async throws -> MeDTO {
        let member = try req.requireMember()
        return MeDTO(
            user: UserDTO(member.user, organisation: member.organisation),
            organisation: OrganisationDTO(member.organisation),
            scopeRootID: member.scope.root.ids.last)
    }

    /// Every organisation in scope, in tree order. Any signed-in caller may read.
    @Sendable func list(req: Request) async throws -> [OrganisationDTO] {
        try await req.organisations(try req.requireMember()).list().map(OrganisationDTO.init)
    }

    @Sendable func show(req: Request) async throws -> OrganisationDTO {
        OrganisationDTO(try await req.organisations(try req.requireMember()).find(try req.idParameter()))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let input = try req.json(OrganisationInput.self).validated()
        let org = try await req.organisations(member).create(input, by: req.actor)
        let response = Response(status: .created)
        try response.content.encode(OrganisationDTO(org))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/organisations/\(org.id)")
        return response
    }

    /// The fields a PATCH may change; an absent field keeps its value (an empty string clears
    /// the credit code, an empty list the aliases).
    struct OrganisationPatch: Content {
        var name: String?
        var shortName: String?
        var kind: String?
        var creditCode: String?
        var aliases: [String]?
    }

    /// Edits name, short name, kind, credit code and aliases (the place in the tree: use `move`).
    @Sendable func update(req: Request) async throws -> OrganisationDTO {
        let member = try req.requireMember(anyOf: .admin)
        let repo = req.organisations(member)
        let current = try await repo.find(try req.idParameter())
        let patch = try req.json(OrganisationPatch.self)
        let input = OrganisationInput(
            name: patch.name ?? current.name, shortName: patch.shortName ?? current.shortName,
            kind: patch.kind ?? current.kind.rawValue, parentID: current.parentID,
            creditCode: patch.creditCode ?? current.creditCode, aliases: patch.aliases ?? current.aliases)
        return OrganisationDTO(try await repo.update(current.id, try input.validated(), by: req.actor))
    }

    @Sendable func move(req: Request) async throws -> OrganisationDTO {
        let member = try req.requireMember(anyOf: .admin)
        let id = try req.idParameter()
        let body = try req.json(MoveRequest.self)
        return OrganisationDTO(try await req.organisations(member).move(id, under: body.parentID, by: req.actor))
    }

    @Sendable func deactivate(req: Request) async throws -> OrganisationDTO {
        let member = try req.requireMember(anyOf: .admin)
        return OrganisationDTO(
            try await req.organisations(member).setActive(try req.idParameter(), false, by: req.actor))
    }

    @Sendable func activate(req: Request) async throws -> OrganisationDTO {
        let member = try req.requireMember(anyOf: .admin)
        return OrganisationDTO(
            try await req.organisations(member).setActive(try req.idParameter(), true, by: req.actor))
    }
}
