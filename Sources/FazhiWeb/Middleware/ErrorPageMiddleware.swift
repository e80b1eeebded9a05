import FazhiCore
import Vapor

/// Turns every error into the right response, once: `/api` gets
/// `{"error": {"code", "message", "fields"?}}`, pages get a Chinese error page (or, when
/// not signed in, a redirect to the login page). Internal messages are logged, never shown.
struct ErrorPageMiddleware: Middleware {
    let environment: Environment

    // Future-based like the other middleware: an `AsyncMiddleware` costs every request a task and two thread hops.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in
            try Self.response(for: error, to: request)
        }
    }

    private static func response(for error: any Error, to request: Request) throws -> Response {
        let problem = Problem(error)
        if problem.status == .internalServerError {
            request.logger.report(error: error)
        }
        if request.isAPI { return try problem.jsonResponse() }
        if problem.status == .unauthorized, request.method == .GET {
            let next = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(
                to: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        return try ErrorPage.response(for: problem, on: request)
    }
}

/// An error as users and API clients see it.
struct Problem: Error {
    let status: HTTPResponseStatus
    let code: String
    let message: String
    let fields: [FieldError]

    init(status: HTTPResponseStatus, code: String, message: String, fields: [FieldError] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
    }

    init(_ error: any Error) {
        switch error {
        case let problem as Problem:
            self = problem
        case let domain as DomainError:
            self = Problem(domain)
        case let decoding as DecodingError:
            self = Problem(decoding)
        case let abort as any AbortError:
            self = Problem(abort.status)
        default:
            self = Problem(.internalServerError)
        }
    }

    init(_ error: DomainError) {
        let (status, code): (HTTPResponseStatus, String) =
            switch error {
            case .invalid: (.unprocessableEntity, "invalid")
            case .malformed: (.badRequest, "malformed")
            case .unauthenticated: (.unauthorized, "unauthenticated")
            case .forbidden: (.forbidden, "forbidden")
            case .notFound: (.notFound, "not_found")
            case .conflict: (.conflict, "conflict")
            case .throttled: (.tooManyRequests, "throttled")
            }
        self.init(status: status, code: code, message: error.message, fields: error.fields)
    }

    init(_ error: DecodingError) {
        func name(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context):
            let field = name(context.codingPath + [key])
            self.init(
                status: .unprocessableEntity, code: "invalid", message: "缺少字段 \(field)",
                fields: [FieldError(field, "缺少此字段")])
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = name(context.codingPath)
            self.init(
                status: .unprocessableEntity, code: "invalid", message: "字段 \(field) 的类型或取值不正确",
                fields: [FieldError(field, "类型或取值不正确")])
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            let field = name(context.codingPath)
            self.init(
                status: .unprocessableEntity, code: "invalid", message: "字段 \(field) 的取值不正确",
                fields: [FieldError(field, "取值不正确")])
        default:
            self.init(status: .badRequest, code: "malformed", message: "请求内容无法解析，请检查格式")
        }
    }

    init(_ status: HTTPResponseStatus) {
        let (code, message): (String, String) =
            switch status.code {
            case 400: ("malformed", "请求格式不正确")
            case 401: ("unauthenticated", "请先登录")
            case 403: ("forbidden", "无权访问")
            case 404: ("not_found", "您访问的页面或资源不存在")
            case 405: ("method_not_allowed", "不支持此请求方法")
            case 413: ("too_large", "提交的内容过大")
            case 415: ("unsupported_media_type", "不支持的内容类型，请使用 application/json 或表单")
            case 422: ("invalid", "提交的内容不正确")
            case 429: ("throttled", "请求过于频繁，请稍后再试")
            case 400..<500: ("bad_request", "请求有误")
            default: ("internal", "系统内部错误，请稍后再试；如持续出现请联系管理员")
            }
        self.init(status: status.code >= 500 ? .internalServerError : status, code: code, message: message)
    }

    func jsonResponse() throws -> Response {
        let response = Response(status: status)
        try response.content.encode(
            ErrorBody(error: .init(code: code, message: message, fields: fields.isEmpty ? nil : fields)))
        return response
    }

    struct ErrorBody: Content {
        struct Detail: Codable {
            let code: String
            let message: String
            let fields: [FieldError]?
        }
        let error: Detail
    }
}
