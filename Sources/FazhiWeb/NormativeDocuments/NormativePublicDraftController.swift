import FazhiCore
import FazhiStore
import Vapor

/// `/documents/drafts`: drafts open for public comment (公开征求意见) and the comment form. No login; a draft that
/// is not open is not found, one whose period has just ended shows that it has, without the form.
struct NormativePublicDraftController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let drafts = routes.grouped("documents", "drafts")
        drafts.get(use: list)
        drafts.get(":id", use: show)
        drafts.post(":id", "comments", use: comment)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let drafts = try await req.normativeDrafts.open()
        let context = PageContext(req)
        return Layout.response(NormativePublicDraftPages.list(drafts, today: req.today, context), context: context)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, form: NormativePublicCommentInput(body: nil), errors: [])
    }

    /// Stores the comment and thanks the writer with the count; a comment that breaks the rules is shown again with
    /// the errors beside its fields (422).
    @Sendable func comment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(NormativePublicCommentInput.self)
        do {
            let count = try await req.throttledSubmission {
                try await req.normativeDrafts.comment(on: id, form, by: req.actor)
            }
            return Flash.redirect(
                req, to: "/documents/drafts/\(id)", message: "感谢您的意见！本草案已收到\(count)条意见，起草单位将认真研究。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    private func render(
        _ req: Request, form: NormativePublicCommentInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let draft = try await req.normativeDrafts.draft(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(
            NormativePublicDraftPages.draft(draft, today: req.today, form: form, errors: errors, context),
            context: context, status: status)
    }
}
