import Prometheus
import Vapor

/// Counts requests and their durations by method, route and status for `/metrics`. (Future-based: see
/// `SecurityHeadersMiddleware`.)
struct MetricsMiddleware: Middleware {
    let registry: PrometheusCollectorRegistry

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        return next.respond(to: request).always { result in
            switch result {
            case .success(let response): record(request, status: response.status.code, since: start)
            case .failure(let error):
                record(request, status: (error as? any AbortError)?.status.code ?? 500, since: start)
            }
        }
    }

    private func record(_ request: Request, status: UInt, since start: ContinuousClock.Instant) {
        // The route pattern, not the concrete path, keeps the label set small.
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        let labels = [("method", request.method.rawValue), ("route", route), ("status", String(status))]
        registry.makeCounter(name: "fazhi_http_requests_total", labels: labels).increment()
        registry.makeDurationHistogram(
            name: "fazhi_http_request_duration_seconds", labels: [("route", route)],
            buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(500), .seconds(2)]
        ).record(ContinuousClock.now - start)
    }
}
