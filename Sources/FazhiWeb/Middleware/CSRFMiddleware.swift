import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// Double-submit CSRF protection for the HTML forms: a random token lives in the HttpOnly,
/// SameSite=Strict cookie `fazhi_csrf`, and every form carries the same token in `_csrf`.
/// Another site can neither read the cookie nor guess the token, so it cannot forge a post.
/// The JSON API is exempt: it authenticates with bearer tokens, which browsers never send
/// on their own.
struct CSRFMiddleware: Middleware {
    static let cookie = "fazhi_csrf"
    static let field = "_csrf"
    let secureCookies: Bool

    // Future-based: pages are read far more often than forms are posted, and an `AsyncMiddleware` would cost every
    // read a task and two thread hops for a cookie lookup.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard !request.isAPI else { return next.respond(to: request) }
        let cookie = request.parsedCookies[Self.cookie]?.string
        let existing = cookie?.count == 43 ? cookie : nil
        let state = CSRFState(existing: existing)
        request.csrfState = state
        let checked: EventLoopFuture<Void>
        if [.GET, .HEAD, .OPTIONS].contains(request.method) {
            checked = request.eventLoop.makeSucceededVoidFuture()
        } else {
            // A file upload (multipart) is read up to the upload limit, anything else up to the routes' default.
            let upload = request.headers.contentType?.type == "multipart"
            checked = request.body.collect(
                max: upload ? UploadLimit.maximum.value : request.application.routes.defaultMaxBodySize.value
            )
            .flatMapThrowing { _ in
                let submitted = try? request.content.get(String.self, at: Self.field)
                guard let existing, let submitted, constantTimeEqual(existing, submitted) else {
                    throw DomainError.forbidden("页面已过期或来源不明，请刷新页面后重新提交")
                }
            }
        }
        return checked.flatMap { next.respond(to: request) }.map { response in
            // A new token is issued only when a page with a form asked for one.
            if existing == nil, let issued = state.issued {
                response.cookies[Self.cookie] = HTTPCookies.Value(
                    string: issued, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .strict)
            }
            return response
        }
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The token of one request: the browser's, or a new one made the first time a form needs it.
final class CSRFState: @unchecked Sendable {
    private let lock = NSLock()
    private let existing: String?
    private var made: String?

    init(existing: String?) { self.existing = existing }

    var token: String {
        lock.withLock {
            if let existing { return existing }
            if made == nil { made = Secrets.randomToken() }
            return made!
        }
    }

    /// The token made during this request, if any.
    var issued: String? { lock.withLock { made } }
}

extension Request {
    private struct CSRFKey: StorageKey { typealias Value = CSRFState }

    fileprivate(set) var csrfState: CSRFState? {
        get { storage[CSRFKey.self] }
        set { storage[CSRFKey.self] = newValue }
    }

    /// The token every form on this page must carry in `_csrf`.
    var csrfToken: String { csrfState?.token ?? "" }
}
