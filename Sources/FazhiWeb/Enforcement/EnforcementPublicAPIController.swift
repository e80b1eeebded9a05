import FazhiCore
import FazhiStore
import SQLKit
import Vapor

/// `/api/v1/publicity`: the published penalty decisions (执法公示), open to anyone, personal data masked.
struct EnforcementPublicityAPIController: RouteCollection {
    static let pageSize = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.get("publicity", use: search)
        routes.get("publicity", ":id", use: show)
    }

    /// `?q&year&page`, 20 a page, newest first; withdrawn decisions are left out. `q` is terms of two characters or
    /// more, all of which must match; `total` stops at 10,000.
    @Sendable func search(req: Request) async throws -> PageDTO<PublicationRow> {
        let page = InspectionFindingController.page(req)
        let yearText = try? req.query.get(String.self, at: "year")
        let year = yearText.flatMap(Int.init)
        if let yearText, year == nil || !(2000...2100).contains(year!) {
            throw DomainError.invalid("year", "年份「\(yearText)」不正确")
        }
        let words = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespaces) ?? ""
        let result = try await EnforcementPublicCatalogue(db: req.db as! any SQLDatabase).search(
            words.isEmpty ? nil : try LawSearchQuery(parsing: words), year: year, limit: Self.pageSize,
            offset: (page - 1) * Self.pageSize)
        return PageDTO(items: result.rows, total: result.total, page: page, perPage: Self.pageSize)
    }

    /// One decision, or its withdrawal notice and reason.
    @Sendable func show(req: Request) async throws -> PublicationRow {
        try await EnforcementPublicCatalogue(db: req.db as! any SQLDatabase).publication(try req.idParameter())
    }
}
