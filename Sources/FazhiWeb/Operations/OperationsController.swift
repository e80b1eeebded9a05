import FazhiStore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Endpoints for operators and their tools: liveness, readiness, metrics, and the stylesheet.
struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz", use: health)
        routes.get("readyz", use: ready)
        routes.get("metrics", use: metrics)
        routes.get("css", "app.css", use: stylesheet)
        routes.get("favicon.svg", use: icon)
        routes.get("favicon.ico", use: icon)
    }

    /// The process is up.
    @Sendable func health(req: Request) async throws -> Response {
        Response(status: .ok, body: "ok\n")
    }

    /// The database answers; load balancers send traffic only when this is 200.
    @Sendable func ready(req: Request) async throws -> Response {
        do {
            _ = try await (req.db as! any SQLDatabase).raw("SELECT 1 AS one").first()
            return Response(status: .ok, body: "ready\n")
        } catch {
            req.logger.warning("readiness check failed: \(String(reflecting: error))")
            return Response(status: .serviceUnavailable, body: "database unavailable\n")
        }
    }

    /// Prometheus text format: request counts and durations, the job queue by status, and the evidence ledger
    /// (entries, size of the latest checkpoint, audit rows waiting for the outbox).
    @Sendable func metrics(req: Request) async throws -> Response {
        let registry = req.services.metrics
        for (status, count) in try await JobQueue(db: req.db).counts() {
            registry.makeGauge(name: "fazhi_jobs", labels: [("status", status)]).set(Double(count))
        }
        let ledger = LedgerStore(db: req.db)
        registry.makeGauge(name: "fazhi_ledger_entries").set(Double(try await ledger.size()))
        registry.makeGauge(name: "fazhi_ledger_checkpoint_size").set(
            Double(try await ledger.latestCheckpoint()?.size ?? 0))
        registry.makeGauge(name: "fazhi_ledger_pending_audit_rows").set(Double(try await ledger.pendingAuditRows()))
        let response = Response(status: .ok, body: .init(string: registry.emitToString()))
        response.headers.replaceOrAdd(
            name: HTTPHeaders.Name.contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return response
    }

    /// The hand-written stylesheet, read once from the bundle.
    @Sendable func stylesheet(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: Stylesheet.text))
        response.headers.replaceOrAdd(name: HTTPHeaders.Name.contentType, value: "text/css; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        response.headers.replaceOrAdd(name: .eTag, value: Stylesheet.etag)
        return response
    }
}

extension OperationsController {
    /// The site icon (SVG; browsers that ask for /favicon.ico get the same picture).
    @Sendable func icon(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: Stylesheet.icon))
        response.headers.replaceOrAdd(name: HTTPHeaders.Name.contentType, value: "image/svg+xml")
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return response
    }
}

enum Stylesheet {
    static let icon: String = {
        guard let url = Bundle.module.url(forResource: "favicon", withExtension: "svg", subdirectory: "Public"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()

    static let text: String = {
        guard let url = Bundle.module.url(forResource: "app", withExtension: "css", subdirectory: "Public/css"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()
    static let etag = "\"\(Secrets.sha256(text).prefix(16))\""
}
