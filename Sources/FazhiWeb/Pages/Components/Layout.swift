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

    static func page(_ context: PageContext, title: String, @ComponentBuilder content: () -> Component) -> PageHTML {
        page(context, title: title, body: .component(content()))
    }

    /// The document is assembled as text around the content, which is the only part Plot renders per request:
    /// rendering the whole document through Plot's element tree cost the workbench a tenth of its time for markup
    /// that is the same on every page.
    static func page(_ context: PageContext, title: String, body: Node<HTML.BodyContext>) -> PageHTML {
        var html = "<!DOCTYPE html><html lang=\"zh-CN\"><head>"
        html += ShellFragments.headLinks
        html += "<title>" + HTMLEscape.escape("\(title) - \(siteName)") + "</title></head><body>"
        html += ShellFragments.skipLink
        if context.isDemo { html += ShellFragments.demoBanner }
        html += "<header class=\"site-header\"><div class=\"header-inner\">"
        html += ShellFragments.shared.navigation(roles: context.member?.user.roles, path: context.path)
        html += accountMenu(context)
        html += "</div></header><main id=\"main\" class=\"container\" tabindex=\"-1\">"
        if let flash = context.flash {
            html += Node<HTML.BodyContext>.p(.class("flash"), .attribute(named: "role", value: "status"), .safe(flash))
                .render()
        }
        html += body.render()
        html += "</main>" + ShellFragments.footer + "</body></html>"
        return PageHTML(html: html)
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

    private static func accountMenu(_ context: PageContext) -> String {
        guard let member = context.member else { return ShellFragments.signInLink }
        return ShellFragments.shared.accountMenu(for: member, csrf: context.csrf)
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
    static func response(_ page: PageHTML, context: PageContext, status: HTTPResponseStatus = .ok) -> Response {
        let response = Response(status: status, body: .init(string: page.html))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        if context.flash != nil {
            response.cookies[Flash.cookie] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), path: "/")
        }
        return response
    }
}

/// A whole page as HTML text, made by `Layout.page`.
struct PageHTML: Sendable {
    let html: String

    func render() -> String { html }
}
