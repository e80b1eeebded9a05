import FazhiCore
import FazhiStore
import Vapor

/// `/normative/{id}/comments`: the comments the public sent on a draft, for the drafting body (members whose scope
/// holds the drafter; others: 404), newest first.
struct NormativePublicCommentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("normative", ":id", "comments", use: list)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let (document, comments) = try await req.normativeComments(member).comments(of: try req.idParameter())
        let context = PageContext(req)
        return Layout.response(
            NormativePublicCommentsPage.view(document, comments: comments, today: req.today, context),
            context: context)
    }
}
