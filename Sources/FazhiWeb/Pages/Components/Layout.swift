import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// The page shell shared by every page: header with navigation and account menu, the demo
/// banner, the flash message, the main content and the footer. The shell and the busiest
/// pages use Plot's node API: it renders several times faster than the component API, whose
/// environment and dynamic casts cost a few microseconds per element. The parts of the shell that
/// are the same on every page (head links, footer) and the navigation of each role set and section
/// are rendered by Plot once and reused as raw HTML (`ShellFragments`): they were a third of the
/// rendering time of a page.
enum Layout {
    static let siteName = "法治政府建设一体化平台"

    static func page(_ context: PageContext, title: String, @ComponentBuilder content: () -> Component) -> HTML {
        page(context, title: title, body: .component(content()))
    }

    static func page(_ context: PageContext, title: String, body: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .attribute(named: "lang", value: "zh-CN"),
            .head(
                .raw(ShellFragments.headLinks),
                .element(named: "title", text: "\(title) - \(siteName)")
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .safe("跳到主要内容")),
                .if(
                    context.isDemo,
                    .div(
                        .class("demo-banner"), .attribute(named: "role", value: "note"),
                        .safe("演示环境：本站数据均为生成的演示数据，并非真实机构、人员或案件。"))),
                header(context),
                .main(
                    .id("main"), .class("container"), .attribute(named: "tabindex", value: "-1"),
                    .unwrap(context.flash) {
                        .p(.class("flash"), .attribute(named: "role", value: "status"), .safe($0))
                    },
                    body
                ),
                .raw(ShellFragments.footer)
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("header-inner"),
                .raw(ShellFragments.shared.navigation(roles: context.member?.user.roles, path: context.path)),
                accountMenu(context)))
    }

    /// The brand link and the main navigation for a role set (nil: the public) with the current section
    /// marked. Pure: the same arguments give the same HTML, which `ShellFragments` keeps.
    static func navigation(roles: Set<Role>?, path: String) -> Node<HTML.BodyContext> {
        let items = roles.map { NavItem.visible(to: $0) } ?? NavItem.public_
        let current = NavItem.current(for: path, in: items)
        return .group(
            .a(
                .class("brand"), .href(roles == nil ? "/" : "/workbench"),
                .span(.class("brand-mark"), .safe("法治")), .span(.class("brand-name"), .safe(siteName))),
            .nav(
                .class("main-nav"), .attribute(named: "aria-label", value: "主导航"),
                .ul(
                    .forEach(items) { item in
                        .li(
                            .a(
                                .href(item.path),
                                .if(item == current, .attribute(named: "aria-current", value: "page")),
                                .safe(item.title)))
                    })))
    }

    private static func accountMenu(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let member = context.member else {
            return .div(.class("account"), .a(.class("button button-small"), .href("/login"), .safe("登录")))
        }
        return .raw(ShellFragments.shared.accountMenu(for: member, csrf: context.csrf))
    }

    /// The account menu of a signed-in user (kept per session by `ShellFragments`).
    static func signedInMenu(member: Accounts.Member, csrf: String) -> Node<HTML.BodyContext> {
        .div(
            .class("account"),
            .span(
                .class("account-name"), .safe(member.user.displayName),
                .span(.class("account-org"), .safe(member.organisation.shortName))),
            .a(.href("/account/password"), .safe("修改密码")),
            .form(
                .class("inline-form"), .action("/logout"), .method(.post),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(csrf)),
                .button(.type(.submit), .class("link-button"), .safe("退出"))))
    }

    /// Renders a page into a response, clearing the flash cookie once shown.
    static func response(_ html: HTML, context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: html.render()))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if context.flash != nil {
            response.cookies[Flash.cookie] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
        }
        return response
    }
}
