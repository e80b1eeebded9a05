import Vapor

/// Gives every request an id (or keeps the caller's `X-Request-ID`), puts it in the log
/// metadata, and returns it in the response, so a user's report can be matched to the log. (Future-based: see
/// `SecurityHeadersMiddleware`.)
struct RequestIDMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let given = request.headers.first(name: "X-Request-ID"), given.count <= 64,
            given.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            request.logger[metadataKey: "request-id"] = .string(given)
        }
        return next.respond(to: request).map { response in
            response.headers.replaceOrAdd(name: "X-Request-ID", value: request.requestID)
            return response
        }
    }
}

extension Request {
    /// This request's id (Vapor's own, or the caller's `X-Request-ID`).
    var requestID: String {
        if case .string(let id) = logger[metadataKey: "request-id"] { return id }
        return id
    }
}
