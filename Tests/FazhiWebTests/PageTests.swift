import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Sign-in and sign-out")
struct LoginTests {
    @Test("GET /login sets the CSRF cookie and puts the same token in the form")
    func loginForm() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            // when
            let response = try await browser.get("/login")
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>工作人员登录</h1>"))
            let token = try #require(browser.csrf)
            #expect(response.text.contains(#"name="_csrf" value="\#(token)""#))
            #expect(response.headers.setCookie?["fazhi_csrf"]?.isHTTPOnly == true)
        }
    }

    @Test("a wrong password re-renders the form with 401 and a Chinese message, and starts no session")
    func wrongPassword() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            // when
            let response = try await browser.signIn("demo-admin", password: "wrong-password-1")
            // then
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("登录名或密码不正确"))
            #expect(response.text.contains(#"value="demo-admin""#))
            #expect(browser.session == nil)
            #expect(try await SessionModel.query(on: t.db).count() == 0)
        }
    }

    @Test(
        "a login post without, or with a wrong, CSRF token is 403 and changes nothing",
        arguments: ["missing", "wrong", "no cookie"])
    func csrfRequired(_ variant: String) async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.get("/login")
            let before = try await t.snapshot()
            // when
            let fields = [("username", "demo-admin"), ("password", DemoRegion.password)]
            let response: TestingHTTPResponse
            switch variant {
            case "missing": response = try await browser.post("/login", fields, csrf: .some(nil))
            case "wrong": response = try await browser.post("/login", fields, csrf: Secrets.randomToken())
            default:
                let token = try #require(browser.csrf)
                browser.set(cookie: "fazhi_csrf", nil)
                response = try await browser.post("/login", fields, csrf: token)
            }
            // then
            #expect(response.status == .forbidden)
            #expect(response.text.contains("页面已过期或来源不明"))
            #expect(browser.session == nil)
            #expect(try await t.snapshot() == before)
            #expect(try await LoginFailureModel.query(on: t.db).count() == 0)
        }
    }

    @Test("success redirects with 303 to the workbench, which greets the user; logout ends the session")
    func signInAndOut() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            // when
            let signIn = try await browser.signIn("demo-admin")
            let workbench = try await browser.get("/workbench")
            let token = try #require(browser.session)
            let logout = try await browser.post("/logout")
            let sessionAfterLogout = browser.session
            browser.set(cookie: "fazhi_session", token)  // replaying the old cookie
            let afterLogout = try await browser.get("/workbench")
            // then
            #expect(signIn.status == .seeOther)
            #expect(signIn.location == "/workbench")
            #expect(signIn.headers.setCookie?["fazhi_session"]?.isHTTPOnly == true)
            #expect(workbench.status == .ok)
            #expect(workbench.text.contains("<h1>工作台</h1>"))
            #expect(workbench.text.contains("系统管理员（演示），您好"))
            #expect(logout.status == .seeOther)
            #expect(logout.location == "/login")
            #expect(sessionAfterLogout == nil)
            #expect(try await SessionModel.query(on: t.db).count() == 0)
            #expect(afterLogout.status == .seeOther)
            #expect(afterLogout.location == "/login?next=%2Fworkbench")
        }
    }

    @Test("a page that needs sign-in redirects to /login?next=…, and signing in returns there")
    func redirectToLogin() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            // when
            let page = try await browser.get("/admin/orgs?x=1")
            try await browser.get("/login?next=%2Fadmin%2Forgs")
            let signIn = try await browser.post(
                "/login", [("username", "demo-admin"), ("password", DemoRegion.password), ("next", "/admin/orgs")])
            let offsite = try await t.browser().post(
                "/login", [("username", "demo-admin"), ("password", DemoRegion.password), ("next", "//evil.example/")])
            // then
            #expect(page.status == .seeOther)
            #expect(page.location == "/login?next=%2Fadmin%2Forgs%3Fx%3D1")
            #expect(signIn.location == "/admin/orgs")
            #expect(offsite.location == "/workbench")
        }
    }
}

@Suite("Pages for the administrator")
struct AdminPageTests {
    /// Each page with the <h1> it must show; `{org}` and `{user}` are filled in with demo records.
    static let pages: [(path: String, heading: String)] = [
        ("/workbench", "工作台"),
        ("/admin/orgs", "机构管理"),
        ("/admin/orgs/new", "新建机构"),
        ("/admin/orgs/{org}", "编辑机构：呼和浩特市市场监督管理局"),
        ("/admin/users", "用户管理"),
        ("/admin/users/new", "新建用户"),
        ("/admin/users/{user}", "编辑用户：执法人员（演示）"),
        ("/admin/audit", "审计日志"),
        ("/admin/tokens", "接口令牌"),
        ("/account/password", "修改密码"),
    ]

    @Test("every page renders for demo-admin with its heading", arguments: pages)
    func renders(_ page: (path: String, heading: String)) async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-admin")
            let path = page.path
                .replacingOccurrences(of: "{org}", with: try await t.org("呼和浩特市市场监督管理局").id.uuidString)
                .replacingOccurrences(of: "{user}", with: try await t.user("demo-officer").id.uuidString)
            // when
            let response = try await browser.get(path)
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>\(page.heading)</h1>"))
            #expect(response.headers.contentType == .html)
            #expect(response.text.contains("demo-admin") || response.text.contains("系统管理员（演示）"))
        }
    }

    @Test("an invalid credit code re-renders the form with 422 and the field's message; nothing is stored")
    func formValidation() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-admin")
            let parent = try await t.org("呼和浩特市人民政府")
            let before = try await t.snapshot()
            // when
            let response = try await browser.post(
                "/admin/orgs",
                [
                    ("parentID", parent.id.uuidString), ("name", "呼和浩特市测试局"), ("kind", "department"),
                    ("creditCode", "12345"),
                ])
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("<h1>新建机构</h1>"))
            #expect(response.text.contains("统一社会信用代码应为18位，当前为5位"))
            #expect(response.text.contains(#"value="呼和浩特市测试局""#))
            #expect(try await t.snapshot() == before)
        }
    }

    @Test("creating an organisation redirects (303) and the next page shows the flash message once")
    func postRedirectGet() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-admin")
            let parent = try await t.org("呼和浩特市人民政府")
            // when
            let created = try await browser.post(
                "/admin/orgs",
                [
                    ("parentID", parent.id.uuidString), ("name", "呼和浩特市测试局"), ("kind", "department"),
                    ("aliases", "测试局、试局"),
                ])
            let list = try await browser.get(try #require(created.location))
            let again = try await browser.get("/admin/orgs")
            // then
            #expect(created.status == .seeOther)
            #expect(created.location == "/admin/orgs")
            #expect(list.text.contains("已新建机构「呼和浩特市测试局」。"))
            #expect(list.text.contains("呼和浩特市测试局"))
            #expect(!again.text.contains("已新建机构"))
            let org = try await t.org("呼和浩特市测试局")
            #expect(org.parentID == parent.id)
            #expect(org.aliases == ["测试局", "试局"])
        }
    }

    @Test("changing the password with a mismatched confirmation re-renders with 422")
    func passwordMismatch() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-officer")
            let before = try await t.snapshot()
            // when
            let response = try await browser.post(
                "/account/password",
                [("current", DemoRegion.password), ("new", "new-password-1"), ("confirm", "new-password-2")])
            // then
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("两次输入的新密码不一致"))
            #expect(try await t.snapshot() == before)
        }
    }
}
