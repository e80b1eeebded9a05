import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Operations endpoints")
struct OperationsTests {
    @Test("healthz and readyz answer 200")
    func healthAndReady() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let browser = t.browser()
            // when
            let health = try await browser.get("/healthz")
            let ready = try await browser.get("/readyz")
            // then
            #expect(health.status == .ok)
            #expect(health.text == "ok\n")
            #expect(ready.status == .ok)
            #expect(ready.text == "ready\n")
        }
    }

    @Test("every page links the site icon, and both icon paths serve it")
    func siteIcon() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let browser = t.browser()
            // when
            let home = try await browser.get("/")
            let svg = try await browser.get("/favicon.svg")
            let ico = try await browser.get("/favicon.ico")
            // then
            #expect(home.text.contains(#"href="/favicon.svg""#))
            for response in [svg, ico] {
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "image/svg+xml")
                #expect(response.text.hasPrefix("<svg"))
            }
        }
    }

    @Test("metrics counts requests by route and shows the job queue")
    func metrics() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            _ = try await JobQueue(db: t.db).enqueue(kind: "demo")
            try await t.browser().get("/healthz")
            // when
            let response = try await t.browser().get("/metrics")
            // then
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain") == true)
            #expect(response.text.contains(#"fazhi_http_requests_total{method="GET",route="/healthz",status="200"} 1"#))
            #expect(response.text.contains(#"fazhi_jobs{status="queued"} 1"#))
        }
    }

    @Test("the OpenAPI document is valid JSON for 3.1.0 and lists every registered /api/v1 route")
    func openAPICoversRoutes() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let routes = t.app.routes.all.filter {
                $0.path.count >= 2 && $0.path[0].description == "api" && $0.path[1].description == "v1"
            }
            // when
            let response = try await t.browser().get("/api/v1/openapi.json")
            // then
            #expect(response.status == .ok)
            let document = try #require(response.object)
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(routes.count >= 19)
            var registered = Set<String>()
            for route in routes {
                let path =
                    "/"
                    + route.path.dropFirst(2).map { component -> String in
                        switch component {
                        case .parameter(let name): "{\(name)}"
                        default: component.description
                        }
                    }.joined(separator: "/")
                let method = route.method.rawValue.lowercased()
                registered.insert("\(method) \(path)")
                #expect(paths[path]?[method] != nil, "\(method.uppercased()) /api/v1\(path) is not in openapi.json")
            }
            let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0) \(path)" } })
            #expect(documented == registered, "documented but not registered: \(documented.subtracting(registered))")
        }
    }
}

@Suite("Public pages")
struct PublicPagesTests {
    @Test("the home page renders in Chinese with security headers and the demo banner")
    func home() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            // when
            let response = try await browser.get("/")
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>法治政府建设一体化平台</h1>"))
            #expect(response.text.contains("demo-banner"))
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            #expect(browser.csrf == nil)  // no form on the page, so no CSRF cookie
        }
    }

    @Test("the directory lists the active organisations only")
    func directory() async throws {
        try await TestApp.with { t in
            // given
            let hidden = try await t.org("鄂尔多斯市准格尔旗沙圪堵镇综合行政执法办公室")
            _ = try await OrganisationRepository(db: t.db, scope: .system).setActive(
                hidden.id, false, by: .system("测试"))
            let active = try await OrganisationRepository(db: t.db, scope: .system).list(includeInactive: false)
            // when
            let response = try await t.browser().get("/directory")
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>机构名录</h1>"))
            #expect(response.text.contains("共 \(active.count) 个机构。"))
            #expect(response.text.contains("呼和浩特市司法局"))
            #expect(!response.text.contains(hidden.name))
        }
    }

    @Test("an unknown page is a 404 page in Chinese; an unknown API path is a JSON 404")
    func notFound() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let browser = t.browser()
            // when
            let page = try await browser.get("/no/such/page")
            let api = try await APIClient(app: t.app, token: nil).send(.GET, "/no-such-thing")
            // then
            #expect(page.status == .notFound)
            #expect(page.text.contains("<h1>页面不存在</h1>"))
            #expect(page.text.contains("您访问的页面或资源不存在"))
            #expect(api.status == .notFound)
            #expect(api.errorCode == "not_found")
        }
    }
}
