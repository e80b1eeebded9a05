import Plot
import Vapor

/// The Chinese error page for 4xx and 5xx responses of the HTML site.
enum ErrorPage {
    static func response(for problem: Problem, on request: Request) throws -> Response {
        let context = PageContext(request)
        let title =
            switch problem.status.code {
            case 403: "无权访问"
            case 404: "页面不存在"
            case 500...: "系统错误"
            default: "请求有误"
            }
        let html = Layout.page(context, title: title) {
            Div {
                H1(title)
                Paragraph(problem.message).class("lead")
                if !problem.fields.isEmpty { ErrorSummary(errors: problem.fields) }
                Paragraph {
                    Text("错误代码 \(problem.status.code) · 请求编号 \(request.requestID) · ")
                    Link(context.member == nil ? "返回首页" : "返回工作台", url: context.member == nil ? "/" : "/workbench")
                }.class("muted")
            }.class("error-page")
        }
        return Layout.response(html, context: context, status: problem.status)
    }
}
