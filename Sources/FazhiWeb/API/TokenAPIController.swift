import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/tokens`: list, issue and revoke API tokens, for administrators.
struct TokenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let tokens = routes.grouped("tokens")
        tokens.get(use: list)
        tokens.post(use: issue)
        tokens.delete(":id", use: revoke)
    }

    @Sendable func list(req: Request) async throws -> [ApiTokenDTO] {
        try await req.tokens(try req.requireMember(anyOf: .admin)).list().map(ApiTokenDTO.init)
    }

    @Sendable func issue(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let body = try req.json(IssueTokenRequest.self)
        let issued = try await req.tokens(member).issue(
            name: body.name, organisationID: body.organisationID, by: req.actor)
        let response = Response(status: .created)
        try response.content.encode(IssuedTokenDTO(token: ApiTokenDTO(issued.token), secret: issued.secret))
        return response
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        try await req.tokens(member).revoke(try req.idParameter(), by: req.actor)
        return Response(status: .noContent)
    }
}
