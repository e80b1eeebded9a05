import FazhiCore
import FazhiStore
import Vapor

/// `/normative/suggestions`: the filing body's inbox of review suggestions and the answer form. Only the 司法行政
/// role (403 otherwise), and only suggestions addressed to a filing body in the member's scope (404 otherwise).
struct NormativeSuggestionInboxController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let suggestions = routes.grouped("normative", "suggestions")
        suggestions.get(use: list)
        suggestions.get(":id", use: show)
        suggestions.post(":id", "answer", use: answer)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice)
        let page = min(max(1, (try? req.query.get(Int.self, at: "page")) ?? 1), 100_000)
        let suggestions = req.normativeSuggestions(member)
        let result = try await suggestions.list(
            limit: NormativeSuggestionInboxPage.perPage, offset: (page - 1) * NormativeSuggestionInboxPage.perPage)
        let context = PageContext(req)
        return Layout.response(
            NormativeSuggestionInboxPage.list(
                result.rows, total: result.total, overdue: try await suggestions.overdueCount(), page: page,
                today: req.today, context),
            context: context)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, form: NormativeSuggestionAnswerInput(answer: nil), errors: [])
    }

    /// Records the answer; one that is too short or too long is shown again with the error (422); a second answer
    /// is a conflict (409).
    @Sendable func answer(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice)
        let id = try req.idParameter()
        let form = try req.content.decode(NormativeSuggestionAnswerInput.self)
        do {
            let answered = try await req.normativeSuggestions(member).answer(id, form, by: req.actor)
            return Flash.redirect(
                req, to: "/normative/suggestions/\(id)", message: "已答复审查建议 \(answered.tracking.receipt)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    private func render(
        _ req: Request, form: NormativeSuggestionAnswerInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember(anyOf: .justice)
        let suggestion = try await req.normativeSuggestions(member).suggestion(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(
            NormativeSuggestionInboxPage.show(suggestion, today: req.today, form: form, errors: errors, context),
            context: context, status: status)
    }
}
