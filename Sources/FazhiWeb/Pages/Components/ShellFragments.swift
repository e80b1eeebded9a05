import FazhiCore
import FazhiStore
import NIOConcurrencyHelpers
import Plot

/// Parts of the page shell rendered once by Plot and reused as HTML: the head links and footer (the same on
/// every page) and the navigation, which depends only on the role set and the section being viewed. A few
/// dozen combinations exist (role sets × sections), so the cache stays small.
final class ShellFragments: Sendable {
    static let shared = ShellFragments()

    static let headLinks: String = Node<HTML.HeadContext>.group(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .link(.rel(.stylesheet), .href("/css/app.css")),
        .link(.rel(.icon), .href("/favicon.svg"), .attribute(named: "type", value: "image/svg+xml"))
    ).render()

    static let footer: String = Node<HTML.BodyContext>.footer(
        .class("site-footer"), .p(.safe("法治 Fazhi · 开源、可自行部署的法治政府建设一体化平台"))
    ).render()

    static let skipLink: String = Node<HTML.BodyContext>.a(
        .class("skip-link"), .href("#main"), .safe("跳到主要内容")
    ).render()

    static let demoBanner: String = Node<HTML.BodyContext>.div(
        .class("demo-banner"), .attribute(named: "role", value: "note"),
        .safe("演示环境：本站数据均为生成的演示数据，并非真实机构、人员或案件。")
    ).render()

    /// The account area for visitors who are not signed in.
    static let signInLink: String = Node<HTML.BodyContext>.div(
        .class("account"), .a(.class("button button-small"), .href("/login"), .safe("登录"))
    ).render()

    private let navigations = NIOLockedValueBox<[String: String]>([:])
    private let accountMenus = NIOLockedValueBox<[String: String]>([:])

    /// The brand and navigation for `roles` (nil: the public) on a page at `path`.
    func navigation(roles: Set<Role>?, path: String) -> String {
        let items = roles.map { NavItem.visible(to: $0) } ?? NavItem.public_
        let section = NavItem.section(of: path, in: items) ?? ""
        let key = (roles.map { $0.sorted().map(\.rawValue).joined(separator: ",") } ?? "public") + "|" + section
        if let html = navigations.withLockedValue({ $0[key] }) { return html }
        // Rendered for the section's own path: the marking depends only on the section.
        let html = Layout.navigation(roles: roles, path: section.isEmpty ? "\u{0}" : section).render()
        navigations.withLockedValue { $0[key] = html }
        return html
    }

    /// The signed-in user's name, organisation and sign-out form, which only change with the user's name, their
    /// organisation's short name or the session's CSRF token: one per session, so the cache is bounded and
    /// starts over when full.
    func accountMenu(for member: Accounts.Member, csrf: String) -> String {
        let key = "\(member.user.id)|\(member.user.displayName)|\(member.organisation.shortName)|\(csrf)"
        if let html = accountMenus.withLockedValue({ $0[key] }) { return html }
        let html = Layout.signedInMenu(member: member, csrf: csrf).render()
        accountMenus.withLockedValue { menus in
            if menus.count >= 4096 { menus.removeAll(keepingCapacity: true) }
            menus[key] = html
        }
        return html
    }
}
