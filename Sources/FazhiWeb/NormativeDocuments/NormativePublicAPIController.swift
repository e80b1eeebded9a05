import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/documents`: the public catalogue, the quarterly filing catalogue, a published document, the drafts open
/// for comment and commenting on them. No token needed: the same as the public pages.
struct NormativePublicAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let documents = routes.grouped("documents")
        documents.get(use: list)
        documents.get("catalogue", use: catalogue)
        documents.get("drafts", use: drafts)
        documents.post("drafts", ":id", "comments", use: comment)
        documents.get(":id", use: show)
    }

    /// `?q&organisation&status&year&page`, 50 a page; an unreadable value is a 422 naming it.
    @Sendable func list(req: Request) async throws -> PageDTO<NormativePublicDocumentDTO> {
        let request = NormativePublicRequest(req)
        if !request.errors.isEmpty { throw DomainError.invalid(request.errors) }
        let result = try await req.normativeCatalogue.documents(request.filter)
        return PageDTO(
            items: result.rows.map { NormativePublicDocumentDTO($0, today: req.today) }, total: result.total,
            page: request.page, perPage: NormativePublicRequest.perPage)
    }

    /// `?year&quarter` (default: this quarter).
    @Sendable func catalogue(req: Request) async throws -> NormativePublicCatalogueDTO {
        let raw = NormativePublicController.quarterQuery(req)
        let quarter = try NormativePublicQuarter.read(year: raw["year"], quarter: raw["quarter"], today: req.today)
        let rows = try await req.normativeCatalogue.catalogue(quarter)
        return NormativePublicCatalogueDTO(
            year: quarter.year, quarter: quarter.quarter, label: quarter.label, from: quarter.first, to: quarter.last,
            items: rows.map { NormativePublicDocumentDTO($0, today: req.today) })
    }

    @Sendable func show(req: Request) async throws -> NormativePublicDocumentDTO {
        NormativePublicDocumentDTO(
            try await req.normativeCatalogue.document(try req.idParameter()), today: req.today, withBody: true)
    }

    @Sendable func drafts(req: Request) async throws -> [NormativePublicDraftDTO] {
        try await req.normativeDrafts.open().map { NormativePublicDraftDTO($0, today: req.today) }
    }

    /// 201 with the draft's count of comments; 404 for a draft not open, 409 once its period is over.
    @Sendable func comment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let input = try req.json(NormativePublicCommentInput.self)
        let count = try await req.throttledSubmission {
            try await req.normativeDrafts.comment(on: id, input, by: req.actor)
        }
        return try APIResponse.created(
            NormativePublicCommentReceiptDTO(documentID: id, count: count), at: "/api/v1/documents/drafts/\(id)")
    }
}
