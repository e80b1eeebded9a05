import FazhiCore
import FazhiStore
import Vapor

/// `/publicity`: 行政处罚决定公示, open to everyone without login: published decisions by words and year, and one
/// decision (personal data of natural persons masked when it was published), or the notice that it was withdrawn.
struct EnforcementPublicController: RouteCollection {
    static let pageSize = 20

    func boot(routes: any RoutesBuilder) throws {
        let publicity = routes.grouped("publicity")
        publicity.get(use: list)
        publicity.get(":id", use: show)
    }

    /// Published decisions by `?q=` (terms of two characters or more, all in the party, matter, body or decision
    /// number) and `year` (of publication); an
    /// unreadable year shows the form with the message beside it (422).
    @Sendable func list(req: Request) async throws -> Response {
        let query = EnforcementPublicListPage.Query(req)
        var result = EnforcementPublicCatalogue.Page(rows: [], total: 0, totalIsAtLeast: false)
        if query.errors.isEmpty {
            result = try await req.enforcementCatalogue.search(
                query.terms, year: query.year, limit: Self.pageSize, offset: (query.page - 1) * Self.pageSize)
        }
        let context = PageContext(req)
        return Layout.response(
            EnforcementPublicListPage.view(result, query: query, context), context: context,
            status: query.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// One published decision, or its withdrawal notice and reason.
    @Sendable func show(req: Request) async throws -> Response {
        let publication = try await req.enforcementCatalogue.publication(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(EnforcementPublicDecisionPage.view(publication, context), context: context)
    }
}
