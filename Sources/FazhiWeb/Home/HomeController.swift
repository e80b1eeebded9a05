import FazhiCore
import FazhiStore
import Plot
import Vapor

/// The public portal for citizens: no sign-in needed.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get("directory", use: directory)
    }

    /// 首页: what the platform offers the public.
    @Sendable func home(req: Request) async throws -> Response {
        let context = PageContext(req)
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
    static func view(_ context: PageContext) -> HTML {
        Layout.page(
            context, title: "首页",
            body: .group(
                .div(
                    .class("hero"),
                    .h1("法治政府建设一体化平台"),
                    .p(.class("lead"), .text("依法行政的每一步，公开、可查、可验证。")),
                    .p("本平台为行政机关、司法行政机关和社会公众提供法治政府建设的线上服务。公众可以查询行政机关名录；工作人员登录后在工作台办理业务。")
                ),
                .div(
                    .class("card-grid"),
                    .div(
                        .class("card"), .h2("机构名录"),
                        .p("查询各级人民政府及其工作部门、行政执法机关的名称与统一社会信用代码。"),
                        .a(.class("button"), .href("/directory"), .text("查看机构名录"))),
                    .div(
                        .class("card"), .h2("工作人员登录"),
                        .p("执法人员、法制审核人员、司法行政和依法治理办工作人员登录后进入工作台。"),
                        .a(.class("button button-secondary"), .href("/login"), .text("登录")))
                )
            ))
    }
}
