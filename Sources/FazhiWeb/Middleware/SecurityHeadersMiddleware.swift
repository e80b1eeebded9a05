import Vapor

/// Headers that tell browsers to be strict with our pages: no framing, no sniffing, scripts
/// and styles from our own origin only.
///
/// A future-based `Middleware`, like the request id and metrics: each `AsyncMiddleware` costs every request a task
/// and two hops between the event loop and Swift's thread pool, which middleware that only touches headers does
/// not need.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            Self.addHeaders(to: response)
            return response
        }
    }

    private static func addHeaders(to response: Response) {
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        // The raw header, not `headers.contentType`, which parses every directive of it on each response.
        if response.headers.first(name: .contentType)?.hasPrefix("text/html") == true {
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy",
                value: "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")
        }
    }
}
