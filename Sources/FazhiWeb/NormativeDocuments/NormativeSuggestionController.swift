import FazhiCore
import FazhiStore
import Vapor

/// `/documents/suggestions`: review suggestions (审查建议) from the public, no login: sending one (from a document's
/// page, or by its 文号), and following it by receipt number. Nothing here shows who sent a suggestion.
struct NormativeSuggestionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let suggestions = routes.grouped("documents", "suggestions")
        suggestions.get(use: index)
        suggestions.post(use: submit)
        suggestions.get(":receipt", use: show)
    }

    /// The look-up form; with `?receipt=` (the form's own submission) the suggestion's address.
    @Sendable func index(req: Request) async throws -> Response {
        let typed = req.query[String.self, at: "receipt"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !typed.isEmpty else { return render(req, receipt: "", errors: []) }
        guard let receipt = ReviewSuggestionReceipt.normalise(typed) else {
            return notFound(req, typed)
        }
        return req.redirect(to: "/documents/suggestions/\(receipt)")
    }

    /// Receives the suggestion and shows its receipt number; a suggestion that breaks the rules is shown again with
    /// the errors beside its fields (422), on the document's page when it came from there.
    @Sendable func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(NormativeSuggestionInput.self)
        do {
            let suggestion = try await req.throttledSubmission {
                try await req.normativeSuggestionDesk.submit(form, by: req.actor)
            }
            return Flash.redirect(
                req, to: "/documents/suggestions/\(suggestion.receipt)",
                message: "已收到您的审查建议。回执号 \(suggestion.receipt)，请妥善保存，凭此查询办理情况。")
        } catch let error as DomainError where !error.fields.isEmpty {
            // A suggestion from a document's page goes back to that page, one by 文号 to the form it came from.
            guard let id = UUID(uuidString: form.documentID?.trimmingCharacters(in: .whitespaces) ?? "") else {
                return render(req, receipt: "", form: form, errors: error.fields, status: .unprocessableEntity)
            }
            let document = try await req.normativeCatalogue.document(id)
            let context = PageContext(req)
            return Layout.response(
                NormativePublicDocumentPage.view(
                    document, today: req.today, form: form, errors: error.fields, context),
                context: context, status: .unprocessableEntity)
        }
    }

    /// One suggestion by receipt number; an unknown or malformed number is a 404 with the look-up form.
    @Sendable func show(req: Request) async throws -> Response {
        do {
            let suggestion = try await req.normativeSuggestionDesk.track(req.receiptParameter)
            let context = PageContext(req)
            return Layout.response(
                NormativeSuggestionTrackingPage.show(suggestion, today: req.today, context), context: context)
        } catch let error as DomainError {
            guard case .notFound = error else { throw error }
            return notFound(req, req.receiptParameter)
        }
    }

    private func notFound(_ req: Request, _ typed: String) -> Response {
        render(
            req, receipt: typed, errors: [FieldError("receipt", NormativeSuggestions.unknownReceipt(typed).message)],
            status: .notFound)
    }

    private func render(
        _ req: Request, receipt: String, form: NormativeSuggestionInput = NormativeSuggestionInput(body: nil),
        errors: [FieldError], status: HTTPResponseStatus = .ok
    ) -> Response {
        let context = PageContext(req)
        return Layout.response(
            NormativeSuggestionTrackingPage.index(receipt: receipt, form: form, errors: errors, context),
            context: context, status: status)
    }
}
