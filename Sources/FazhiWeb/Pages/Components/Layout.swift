import FazhiCore
import Foundation
import Plot
import Vapor

/// The page shell shared by every page: header with navigation and account menu, the demo
/// banner, the flash message, the main content and the footer. The shell and the busiest
/// pages use Plot's node API: it renders several times faster than the component API, whose
/// environment and dynamic casts cost a few microseconds per element.
enum Layout {
    static let siteName = "法治政府建设一体化平台"

    static func page(_ context: PageContext, title: String, @ComponentBuilder content: () -> Component) -> HTML {
        page(context, title: title, body: .component(content()))
    }

    static func page(_ context: PageContext, title: String, body: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .attribute(named: "lang", value: "zh-CN"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) - \(siteName)"),
                .link(.rel(.stylesheet), .href("/css/app.css")),
                .link(.rel(.icon), .href("/favicon.svg"), .attribute(named: "type", value: "image/svg+xml"))
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
                .footer(.class("site-footer"), .p(.safe("法治 Fazhi · 开源、可自行部署的法治政府建设一体化平台")))
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let items = context.member.map { NavItem.visible(to: $0.user.roles) } ?? NavItem.public_
        let currentItem = NavItem.current(for: context.path, in: items)
        return .header(
            .class("site-header"),
            .div(
                .class("header-inner"),
                .a(
                    .class("brand"), .href(context.member == nil ? "/" : "/workbench"),
                    .span(.class("brand-mark"), .safe("法治")), .span(.class("brand-name"), .safe(siteName))),
                .nav(
                    .class("main-nav"), .attribute(named: "aria-label", value: "主导航"),
                    .ul(
                        .forEach(items) { item in
                            let current = item == currentItem
                            return .li(
                                .a(
                                    .href(item.path),
                                    .if(current, .attribute(named: "aria-current", value: "page")),
                                    .safe(item.title)))
                        })),
                accountMenu(context)))
    }

    private static func accountMenu(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let member = context.member else {
            return .div(.class("account"), .a(.class("button button-small"), .href("/login"), .safe("登录")))
        }
        return .div(
            .class("account"),
            .span(
                .class("account-name"), .safe(member.user.displayName),
                .span(.class("account-org"), .safe(member.organisation.shortName))),
            .a(.href("/account/password"), .safe("修改密码")),
            .form(
                .class("inline-form"), .action("/logout"), .method(.post),
                .input(.type(.hidden), .name(CSRFMiddleware.field), .value(context.csrf)),
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
