import FazhiCore
import FazhiStore
import Vapor

/// `/documents`: the public catalogue of published normative documents (no login), the quarterly filing
/// catalogue with its download, and a document's public page. Drafts and withdrawn documents are not found here.
struct NormativePublicController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let documents = routes.grouped("documents")
        documents.get(use: list)
        documents.get("catalogue", use: catalogue)
        documents.get("catalogue.csv", use: export)
        documents.get("catalogue.xlsx", use: export)
        documents.get(":id", use: show)
    }

    /// 规范性文件: published documents by the query string's filters.
    @Sendable func list(req: Request) async throws -> Response {
        let request = NormativePublicRequest(req)
        let page = try await NormativePublicCataloguePage.query(request, catalogue: req.normativeCatalogue)
        let context = PageContext(req)
        return Layout.response(
            NormativePublicCataloguePage.view(page, context), context: context,
            status: request.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// 备案目录 of `?year=&quarter=` (default: this quarter). An unreadable year or quarter shows the current
    /// quarter's form with the error beside the field (422).
    @Sendable func catalogue(req: Request) async throws -> Response {
        let raw = Self.quarterQuery(req)
        var quarter = NormativePublicQuarter(containing: req.today)
        var errors: [FieldError] = []
        do {
            quarter = try NormativePublicQuarter.read(year: raw["year"], quarter: raw["quarter"], today: req.today)
        } catch {
            errors = error.fields
        }
        let rows = errors.isEmpty ? try await req.normativeCatalogue.catalogue(quarter) : []
        let context = PageContext(req)
        return Layout.response(
            NormativePublicQuarterPage.view(
                quarter, rows: rows, raw: raw, errors: errors, today: req.today, context),
            context: context, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// `catalogue.csv` or `catalogue.xlsx`; a bad year or quarter is a 422 error page.
    @Sendable func export(req: Request) async throws -> Response {
        let raw = Self.quarterQuery(req)
        let quarter = try NormativePublicQuarter.read(year: raw["year"], quarter: raw["quarter"], today: req.today)
        let rows = try await req.normativeCatalogue.catalogue(quarter)
        return try Download.table(
            NormativePublicExport.catalogue(quarter, rows: rows, today: req.today),
            as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    /// A published document's page with the review-suggestion form (once filed).
    @Sendable func show(req: Request) async throws -> Response {
        let document = try await req.normativeCatalogue.document(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(
            NormativePublicDocumentPage.view(
                document, today: req.today, form: NormativeSuggestionInput(body: nil), errors: [], context),
            context: context)
    }

    /// `year` and `quarter` as given (trimmed, empty left out).
    static func quarterQuery(_ req: Request) -> [String: String] {
        var raw: [String: String] = [:]
        for field in ["year", "quarter"] {
            if let value = req.query[String.self, at: field]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                raw[field] = value
            }
        }
        return raw
    }
}
