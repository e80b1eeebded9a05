import FazhiCore
import Foundation
import SQLKit

/// The public catalogue of published decisions: no login, nothing withdrawn in the search, newest first.
///
/// Searches go through `PublicationSearchIndex`, so a page costs the same with ten million decisions as with ten.
/// Totals are counted up to `countLimit` and shown as "more than" beyond it: an exact count of a million matches
/// would cost more than the page itself and tells a reader nothing more.
public struct EnforcementPublicCatalogue: Sendable {
    public static let countLimit = 10_000

    /// One page of results: `total` is exact unless `totalIsAtLeast`.
    public struct Page: Sendable {
        public var rows: [PublicationRow]
        public var total: Int
        public var totalIsAtLeast: Bool

        public init(rows: [PublicationRow], total: Int, totalIsAtLeast: Bool) {
            self.rows = rows
            self.total = total
            self.totalIsAtLeast = totalIsAtLeast
        }
    }

    let db: any SQLDatabase

    public init(db: any SQLDatabase) { self.db = db }

    /// Published decisions whose party, matter, body or decision number contain every term of `query` (any when
    /// nil), published in `year` (any when nil), newest first.
    public func search(_ query: LawSearchQuery?, year: Int?, limit: Int = 20, offset: Int = 0) async throws -> Page {
        let window = "LIMIT \(limit) OFFSET \(offset)"
        let bounded = "LIMIT \(Self.countLimit + 1)"
        let rows: [PublicationRow]
        let count: Int
        if query == nil, year == nil {
            let order = db.dialect.name == "postgresql" ? "seq" : "rowid"
            rows = try await db.raw(
                """
                \(PublicationRow.select) WHERE withdrawn_on IS NULL ORDER BY \(unsafeRaw: order) DESC \(unsafeRaw: window)
                """
            ).all().map(PublicationRow.decode)
            count = try await self.count(
                "SELECT 1 FROM enforcement_publications WHERE withdrawn_on IS NULL \(unsafeRaw: bounded)")
        } else if db.dialect.name == "postgresql" {
            let tsquery =
                query.map { PublicationSearchIndex.tsquery($0, year: year) }
                ?? "'\(PublicationSearchIndex.yearToken(year!))'"
            let matching: SQLQueryString = """
                withdrawn_on IS NULL AND id IN (SELECT publication_id FROM enforcement_publication_search
                WHERE grams @@ \(bind: tsquery)::tsquery)
                """
            rows = try await db.raw("\(PublicationRow.select) WHERE \(matching) ORDER BY seq DESC \(unsafeRaw: window)")
                .all().map(PublicationRow.decode)
            count = try await self.count(
                "SELECT 1 FROM enforcement_publications WHERE \(matching) \(unsafeRaw: bounded)")
        } else {
            let match =
                query.map { PublicationSearchIndex.fts5Match($0, year: year) }
                ?? PublicationSearchIndex.fts5Match(year: year!)
            let found: SQLQueryString = """
                SELECT rowid FROM enforcement_publication_search WHERE enforcement_publication_search MATCH \(bind: match)
                """
            let ids = try await db.raw("\(found) ORDER BY rowid DESC \(unsafeRaw: window)").all()
                .map { try $0.decode(column: "rowid", as: Int64.self) }
            rows =
                ids.isEmpty
                ? []
                : try await db.raw("\(PublicationRow.select) WHERE rowid IN (\(binds: ids)) ORDER BY rowid DESC")
                    .all().map(PublicationRow.decode)
            count = try await self.count("\(found) \(unsafeRaw: bounded)")
        }
        return Page(rows: rows, total: min(count, Self.countLimit), totalIsAtLeast: count > Self.countLimit)
    }

    private func count(_ inner: SQLQueryString) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM (\(inner)) AS matching").first()?.decode(column: "n", as: Int.self)
            ?? 0
    }

    /// One publication, withdrawn or not (a withdrawn one shows its notice and reason, 第四十八条第二款).
    public func publication(_ id: UUID) async throws -> PublicationRow {
        guard let row = try await db.raw("\(PublicationRow.select) WHERE id = \(bind: id)").first() else {
            throw DomainError.notFound("公示信息不存在")
        }
        return try PublicationRow.decode(row)
    }
}
