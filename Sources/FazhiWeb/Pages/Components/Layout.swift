import FazhiCore
import Plot
import Vapor

/// The page shell shared by every page: header with navigation and account menu, the demo
/// banner, the flash message, the main content and the footer.
enum Layout {
    static let siteName = "法治政府建设一体化平台"

    static func page(_ context: PageContext, title: String, @ComponentBuilder content: () -> Component) -> HTML {
        let main = content()
        return HTML(
            .attribute(named: "lang", value: "zh-CN"),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) - \(siteName)"),
                .stylesheet("/css/app.css")
            ),
            .body(
                .component(
                    ComponentGroup {
                        Link("跳到主要内容", url: "#main").class("skip-link")
                        if context.isDemo {
                            Div {
                                Text("演示环境：本站数据均为生成的演示数据，并非真实机构、人员或案件。")
                            }.class("demo-banner").attribute(named: "role", value: "note")
                        }
                        header(context)
                        Node<HTML.BodyContext>.element(
                            named: "main",
                            nodes: [
                                .id("main"), .class("container"), .attribute(named: "tabindex", value: "-1"),
                                .component(
                                    ComponentGroup {
                                        if let flash = context.flash {
                                            Paragraph(flash).class("flash").attribute(named: "role", value: "status")
                                        }
                                        main
                                    }),
                            ])
                        Footer {
                            Paragraph("法治 Fazhi · 开源、可自行部署的法治政府建设一体化平台")
                        }.class("site-footer")
                    })
            )
        )
    }

    private static func header(_ context: PageContext) -> Component {
        let items = context.member.map { NavItem.visible(to: $0.user.roles) } ?? NavItem.public_
        return Header {
            Div {
                Link(url: context.member == nil ? "/" : "/workbench") {
                    Span("法治").class("brand-mark")
                    Span(siteName).class("brand-name")
                }.class("brand")
                Navigation {
                    List(items) { item in
                        let current =
                            context.path == item.path || (item.path != "/" && context.path.hasPrefix(item.path + "/"))
                        return current
                            ? Link(item.title, url: item.path).attribute(named: "aria-current", value: "page")
                            : Link(item.title, url: item.path)
                    }
                }.accessibilityLabel("主导航").class("main-nav")
                accountMenu(context)
            }.class("header-inner")
        }.class("site-header")
    }

    private static func accountMenu(_ context: PageContext) -> Component {
        guard let member = context.member else {
            return Div { Link("登录", url: "/login").class("button button-small") }.class("account")
        }
        return Div {
            Span {
                Text(member.user.displayName)
                Span(member.organisation.shortName).class("account-org")
            }.class("account-name")
            Link("修改密码", url: "/account/password")
            Form(url: "/logout", method: .post) {
                CSRFField(token: context.csrf)
                Button("退出").attribute(named: "type", value: "submit").class("link-button")
            }.class("inline-form")
        }.class("account")
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
