import FazhiCore
import FazhiStore
import Plot
import Vapor

/// The public portal for citizens: no sign-in needed.
struct HomeController: RouteCollection {
    /// The home page as an anonymous visitor sees it, rendered once: it changes only with the
    /// demo flag, which is fixed when the server starts.
    let anonymousHome: String

    init(isDemo: Bool) {
        let context = PageContext(member: nil, csrf: "", isDemo: isDemo, path: "/", flash: nil)
        anonymousHome = HomePage.view(context).render()
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("directory", use: directory)
    }

    /// 首页: what the platform offers the public.
    @Sendable func home(req: Request) async throws -> Response {
        let context = PageContext(req)
        if context.member == nil && context.flash == nil {
            let response = Response(status: .ok, body: .init(string: anonymousHome))
            response.headers.contentType = .html
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
        return Layout.response(HomePage.view(context), context: context)
    }

    /// 机构名录: the active organisations of the tree, public information by law.
    @Sendable func directory(req: Request) async throws -> Response {
        let context = PageContext(req)
        let page = try await DirectoryPage.query(on: req.db, preset: req.services.config.levelPreset)
        return Layout.response(DirectoryPage.view(page, context), context: context)
    }
}

enum HomePage {
    static func view(_ context: PageContext) -> PageHTML {
        Layout.page(
            context, title: "首页",
            body: .group(
                .div(
                    .class("hero"),
                    .h1(.safe("法治政府建设一体化平台")),
                    .p(.class("lead"), .safe("依法行政的每一步，公开、可查、可验证。")),
                    .p(.safe("本平台为行政机关、司法行政机关和社会公众提供法治政府建设的线上服务。公众可以查询行政机关名录；工作人员登录后在工作台办理业务。"))
                ),
                .div(
                    .class("card-grid"),
                    .div(
                        .class("card"), .h2(.safe("机构名录")),
                        .p(.safe("查询各级人民政府及其工作部门、行政执法机关的名称与统一社会信用代码。")),
                        .a(.class("button"), .href("/directory"), .safe("查看机构名录"))),
                    .div(
                        .class("card"), .h2(.safe("工作人员登录")),
                        .p(.safe("执法人员、法制审核人员、司法行政和依法治理办工作人员登录后进入工作台。")),
                        .a(.class("button button-secondary"), .href("/login"), .safe("登录")))
                )
            ))
    }
}
