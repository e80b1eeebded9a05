import FazhiCore
import FazhiStore
import Plot
import Vapor

/// Sign-in and sign-out for the web pages.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("login", use: form)
        routes.post("login", use: signIn)
        routes.post("logout", use: signOut)
    }

    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    /// The login form.
    @Sendable func form(req: Request) async throws -> Response {
        if req.member != nil { return req.redirect(to: "/workbench") }
        let context = PageContext(req)
        let next = try? req.query.get(String.self, at: "next")
        return Layout.response(
            LoginPage.view(.init(username: "", next: safeNext(next), error: nil), context), context: context)
    }

    /// Checks the credentials, starts a session and goes to where the user was heading.
    @Sendable func signIn(req: Request) async throws -> Response {
        let input = try req.content.decode(LoginForm.self)
        let next = safeNext(input.next)
        do {
            let member = try await req.accounts.signIn(
                username: input.username ?? "", password: input.password ?? "",
                address: req.remoteAddress?.ipAddress ?? "unknown")
            let token = try await req.sessions.start(userID: member.user.id)
            let response = req.redirect(to: next ?? "/workbench", redirectType: .normal)
            response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(
                string: token, path: "/", isSecure: req.services.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
            req.logger.info("sign-in", metadata: ["user": .string(member.user.username)])
            return response
        } catch let error as DomainError {
            let context = PageContext(req)
            let page = LoginPage(username: input.username ?? "", next: next, error: error.message)
            return Layout.response(LoginPage.view(page, context), context: context, status: Problem(error).status)
        }
    }

    /// Ends the session and forgets the cookie.
    @Sendable func signOut(req: Request) async throws -> Response {
        if let token = req.sessionToken { try await req.sessions.end(token: token) }
        let response = Flash.redirect(req, to: "/login", message: "您已安全退出。")
        response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), path: "/", isHTTPOnly: true)
        return response
    }

    /// Only local paths are followed after sign-in, so the login page cannot send users elsewhere.
    private func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return nil }
        return next
    }
}

struct LoginPage {
    let username: String
    let next: String?
    let error: String?

    static func view(_ page: LoginPage, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "登录") {
            Div {
                H1("工作人员登录")
                if let error = page.error {
                    Paragraph(error).class("form-error").attribute(named: "role", value: "alert")
                }
                Form(url: "/login", method: .post) {
                    CSRFField(token: context.csrf)
                    if let next = page.next { Input(type: .hidden, name: "next", value: next) }
                    FormField(
                        label: "登录名", name: "username", value: page.username, required: true, autocomplete: "username")
                    FormField(
                        label: "密码", name: "password", type: .password, required: true, autocomplete: "current-password"
                    )
                    Button("登录").attribute(named: "type", value: "submit").class("button")
                }
                if context.isDemo {
                    Div {
                        H2("演示账号")
                        Paragraph("密码均为 \(DemoRegion.password)")
                        List(DemoRegion.users) { user in
                            ListItem {
                                Span(user.username).class("mono")
                                Text("（\(user.role.label)，\(user.organisation)）")
                            }
                        }
                    }.class("card demo-accounts")
                }
            }.class("narrow")
        }
    }
}
