import FazhiCore
import FazhiStore
import Vapor

/// What every page needs besides its own model: who is looking, the CSRF token for its
/// forms, the demo flag, the current path (for navigation) and a one-time flash message.
struct PageContext: Sendable {
    let member: Accounts.Member?
    private let csrfSource: @Sendable () -> String
    let isDemo: Bool
    let path: String
    let flash: String?

    /// The CSRF token for this page's forms, made only if a form asks for it.
    var csrf: String { csrfSource() }

    init(_ request: Request) {
        member = request.member
        csrfSource = { request.csrfToken }
        isDemo = request.application.isDemo
        path = request.url.path
        flash = request.parsedCookies[Flash.cookie]?.string.removingPercentEncoding
    }

    init(member: Accounts.Member?, csrf: String, isDemo: Bool, path: String, flash: String?) {
        self.member = member
        csrfSource = { csrf }
        self.isDemo = isDemo
        self.path = path
        self.flash = flash
    }
}

/// A message shown once on the page after a redirect (Post/Redirect/Get).
enum Flash {
    static let cookie = "fazhi_flash"

    /// A 303 redirect that shows `message` on the next page.
    static func redirect(_ request: Request, to path: String, message: String) -> Response {
        let response = request.redirect(to: path, redirectType: .normal)
        response.cookies[cookie] = HTTPCookies.Value(
            string: message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "", maxAge: 60, path: "/",
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
