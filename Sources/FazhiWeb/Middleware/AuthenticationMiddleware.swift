import FazhiCore
import FazhiStore
import Vapor

/// Resolves who is asking, once per request: a bearer token on `/api/`, the session cookie
/// elsewhere. It only identifies; routes that need a signed-in user or a role say so with
/// `requireMember`.
struct AuthenticationMiddleware: Middleware {
    static let sessionCookie = "fazhi_session"
    let cache: MemberCache

    // Future-based: a signed-in page view is usually answered from `cache`, and an `AsyncMiddleware` would cost it a
    // task and two thread hops. Only a lookup in the database runs as a task.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Any write may change who may do what (a user deactivated, an organisation moved, a sign-out), so the
        // cache is cleared before and after it; reads use it.
        let writes = request.method != .GET && request.method != .HEAD
        if writes { cache.removeAll() }
        let identified: EventLoopFuture<Void>
        let session = request.isAPI ? nil : request.parsedCookies[Self.sessionCookie]?.string
        if let token = session, !token.isEmpty, let member = cache.member(for: token) {
            request.member = member
            request.sessionToken = token
            identified = request.eventLoop.makeSucceededVoidFuture()
        } else if (request.isAPI && request.headers.bearerAuthorization != nil) || session?.isEmpty == false {
            identified = request.eventLoop.makeFutureWithTask { try await identify(request, writes: writes) }
        } else {
            identified = request.eventLoop.makeSucceededVoidFuture()
        }
        let response = identified.flatMap { next.respond(to: request) }
        guard writes else { return response }
        return response.always { _ in cache.removeAll() }
    }

    /// Looks the bearer token (on `/api/`) or the session cookie up in the database.
    private func identify(_ request: Request, writes: Bool) async throws {
        if request.isAPI {
            if let bearer = request.headers.bearerAuthorization?.token {
                guard let member = try await memberForToken(bearer, on: request) else {
                    throw DomainError.unauthenticated("API 令牌无效或已撤销")
                }
                request.member = member
            }
        } else if let token = request.parsedCookies[Self.sessionCookie]?.string, !token.isEmpty {
            let generation = cache.generation
            if let member = try await request.accounts.member(sessionToken: token, sessions: request.sessions) {
                if !writes { cache.remember(member, for: token, readAt: generation) }
                request.member = member
                request.sessionToken = token
            }
        }
    }

    /// A token acts with its creator's roles, within the subtree of the organisation it was
    /// issued for, and only while that organisation is still inside the creator's scope.
    private func memberForToken(_ token: String, on request: Request) async throws -> Accounts.Member? {
        guard let grant = try await ApiTokenRepository.authenticate(token, on: request.db),
            let creator = try await request.accounts.member(id: grant.userID)
        else { return nil }
        guard
            let org = try? await OrganisationRepository(db: request.db, scope: creator.scope).find(
                grant.organisationID),
            org.active
        else { return nil }
        return Accounts.Member(
            user: creator.user, organisation: creator.organisation, scope: Scope(root: org.path), scopeRoot: org)
    }
}
