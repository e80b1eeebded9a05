import FazhiCore
import FazhiStore
import Vapor

/// 有效期届满前评估: the documents whose term is running out, and the drafting body's evaluation of one.
struct NormativeExpiryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let normative = routes.grouped("normative")
        normative.get("expiring", use: list)
        normative.get(":id", "expiry", use: show)
        normative.post(":id", "expiry", use: evaluate)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let documents = try await req.normativeExpiry(member).expiring()
        let context = PageContext(req)
        return Layout.response(
            NormativeExpiryPages.list(documents, today: req.today, context), context: context)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, form: NormativeExpiryInput(decision: nil), errors: [])
    }

    @Sendable func evaluate(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(NormativeExpiryInput.self)
        do {
            let document = try await req.normativeExpiry(member).evaluate(id, form, by: req.actor)
            let decision = document.decision?.label ?? "评估"
            return Flash.redirect(req, to: "/normative/\(id)/expiry", message: "已录入评估结论：\(decision)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    private func render(
        _ req: Request, form: NormativeExpiryInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let expiry = req.normativeExpiry(member)
        let document = try await expiry.document(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(
            NormativeExpiryPages.evaluation(
                document, maxYears: try await expiry.maxValidityYears(of: document), mayDecide: expiry.mayDecide,
                form: form, errors: errors, today: req.today, context),
            context: context, status: status)
    }
}
