import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// `/laws`: the public library of laws, regulations and normative documents (法规规章规范性文件库). No login: only
/// published texts are here.
struct LawController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let laws = routes.grouped("laws")
        laws.get(use: search)
        laws.get("citations", use: citations)
        laws.get(":work", use: document)
        laws.get(":work", "compare", use: compare)
        laws.get(":work", "versions", ":version", use: version)
        laws.get(":work", "versions", ":version", "akn.xml", use: akomaNtoso)
        laws.get(":work", ":eid", use: article)
    }

    /// 法规检索 (and browsing, without a query).
    @Sendable func search(req: Request) async throws -> Response {
        let request = LawSearchRequest(req)
        let page = try await LawSearchPage.query(request, on: req.db, today: req.today)
        let context = PageContext(req)
        return Layout.response(
            LawSearchPage.view(page, context), context: context,
            status: request.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// 引用核查: the platform's own citations against the text in force today.
    @Sendable func citations(req: Request) async throws -> Response {
        let page = try await LawCitationsPage.query(on: req.db, today: req.today)
        let context = PageContext(req)
        return Layout.response(LawCitationsPage.view(page, context), context: context)
    }

    /// The newest version, or the one in force on `?asOf=`.
    @Sendable func document(req: Request) async throws -> Response {
        try await documentPage(req, versionID: nil)
    }

    @Sendable func version(req: Request) async throws -> Response {
        try await documentPage(req, versionID: try Self.id(req, "version"))
    }

    private func documentPage(_ req: Request, versionID: Int?) async throws -> Response {
        let page = try await LawDocumentPage.query(
            workID: try Self.id(req, "work"), versionID: versionID, asOfText: req.query[String.self, at: "asOf"],
            searchText: req.query[String.self, at: "q"], on: req.db, today: req.today)
        let context = PageContext(req)
        return Layout.response(
            LawDocumentPage.view(page, context), context: context,
            status: page.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// An article at its stable address, as it stood on `?asOf=` (default today).
    @Sendable func article(req: Request) async throws -> Response {
        let page = try await LawArticlePage.query(
            workID: try Self.id(req, "work"), eid: req.parameters.get("eid") ?? "", asOf: try Self.asOf(req),
            on: req.db, today: req.today)
        let context = PageContext(req)
        return Layout.response(LawArticlePage.view(page, context), context: context)
    }

    /// 版本对照 of `?from=` and `?to=`.
    @Sendable func compare(req: Request) async throws -> Response {
        let page = try await LawComparePage.query(
            workID: try Self.id(req, "work"), fromText: req.query[String.self, at: "from"],
            toText: req.query[String.self, at: "to"], showUnchanged: req.query[String.self, at: "all"] == "1",
            on: req.db)
        let context = PageContext(req)
        return Layout.response(LawComparePage.view(page, context), context: context)
    }

    /// The version as an Akoma Ntoso 3.0 document.
    @Sendable func akomaNtoso(req: Request) async throws -> Response {
        let xml = try await LawExport.akomaNtoso(
            workID: try Self.id(req, "work"), versionID: try Self.id(req, "version"), on: req.db)
        return xml.response
    }

    /// The day of `?asOf=` for an article, read as every form reads a date; nil when not given; 422 when unreadable.
    static func asOf(_ req: Request) throws -> CivilDate? {
        guard let text = req.query[String.self, at: "asOf"], !text.isEmpty else { return nil }
        var errors: [FieldError] = []
        guard let day = FormDate.read(text, field: "asOf", label: "日期", errors: &errors) else {
            throw DomainError.invalid(errors)
        }
        return day
    }

    /// A numeric id from the path; anything else names nothing (404).
    static func id(_ req: Request, _ name: String) throws -> Int {
        guard let text = req.parameters.get(name), let id = Int(text), id > 0 else {
            throw DomainError.notFound("文件库中没有这个文件")
        }
        return id
    }
}
