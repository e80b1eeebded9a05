import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The filters of the public query (法规检索), all optional.
public struct LawSearchFilters: Sendable, Equatable {
    public var kind: LawKind?
    public var status: LawStatus?
    public var region: String?
    /// Part of the issuing body's name (制定机关), e.g. 「国务院」 or 「公安部」.
    public var issuer: String?
    public var promulgatedFrom: CivilDate?
    public var promulgatedTo: CivilDate?
    /// Search every version, not only the newest of each work.
    public var includeHistory = false

    public init(
        kind: LawKind? = nil, status: LawStatus? = nil, region: String? = nil, issuer: String? = nil,
        promulgatedFrom: CivilDate? = nil, promulgatedTo: CivilDate? = nil, includeHistory: Bool = false
    ) {
        self.kind = kind
        self.status = status
        self.region = region
        self.issuer = issuer
        self.promulgatedFrom = promulgatedFrom
        self.promulgatedTo = promulgatedTo
        self.includeHistory = includeHistory
    }
}

/// One result: the version, whether its title contains every term, and an excerpt of its first article that
/// contains the first term.
public struct LawSearchHit: Sendable, Equatable {
    public var version: LawVersionSummary
    public var status: LawStatus
    public var titleMatches: Bool
    public var snippet: SearchSnippet?
    /// The article the snippet comes from.
    public var snippetArticle: Article?

    public struct Article: Sendable, Equatable {
        public var eid: String
        public var number: String
    }
}

public struct LawSearchResults: Sendable, Equatable {
    public var total: Int
    public var page: Int
    public var perPage: Int
    public var hits: [LawSearchHit]

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

/// The public query over the library, the same on SQLite and PostgreSQL.
///
/// Which versions match is decided by the index (every term a substring of the title or text); the order is
/// decided by columns both databases hold identically, so both return the same list:
/// 1. the title: first a title that is the term itself (「行政处罚法」 for 行政处罚法), then titles containing more of the
///    terms (标题命中);
/// 2. in force on the day of the search (有效) before amended, repealed or not yet in force;
/// 3. 效力位阶: constitution, laws, administrative regulations … normative documents (`LawKind.rank`);
/// 4. among title hits, the shorter title (the closer it is to what was typed);
/// 5. newer first (公布日期, else the version date); then the id, so that paging is stable.
public struct LawSearch: Sendable {
    public static let ordering =
        "标题与检索词相同或包含检索词的在前，现行有效在前，再按效力位阶（宪法、法律、行政法规……），标题越短越靠前，同级按公布日期由新到旧"

    let db: any Database

    public init(db: any Database) { self.db = db }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// A page of results; with no query, the library's documents that pass the filters, in the same order.
    public func search(
        _ query: LawSearchQuery?, filters: LawSearchFilters = LawSearchFilters(), page: Int = 1, perPage: Int = 20,
        today: CivilDate
    ) async throws -> LawSearchResults {
        let page = max(1, page)
        let perPage = min(max(1, perPage), 100)
        let dialect = sql.dialect.name
        let status = Self.statusExpression(on: today)
        var conditions: [SQLQueryString] = []
        if let query { conditions.append(LawSearchIndex.matches(query, dialect: dialect)) }
        if !filters.includeHistory { conditions.append("v.is_current = \(bind: true)") }
        if let kind = filters.kind { conditions.append("w.kind = \(bind: kind.rawValue)") }
        if let region = filters.region { conditions.append("w.region = \(bind: region)") }
        if let issuer = filters.issuer { conditions.append(Self.contains("w.issuer", issuer, dialect: dialect)) }
        if let from = filters.promulgatedFrom {
            conditions.append("COALESCE(v.promulgated_on, v.version_date) >= \(bind: from.iso)")
        }
        if let to = filters.promulgatedTo {
            conditions.append("COALESCE(v.promulgated_on, v.version_date) <= \(bind: to.iso)")
        }
        if let wanted = filters.status { conditions.append("(\(status)) = \(bind: wanted.rawValue)") }
        let whereClause: SQLQueryString =
            conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let titleScore = query.map { Self.titleScore($0, dialect: dialect) } ?? "0"
        let from: SQLQueryString = "FROM law_versions v JOIN law_works w ON w.id = v.work_id\(whereClause)"
        struct HitRow: Decodable {
            var summary: SummaryRow
            var status: String
            var title_score: Int
            var total: Int
            init(from decoder: any Decoder) throws {
                summary = try SummaryRow(from: decoder)
                let container = try decoder.container(keyedBy: Keys.self)
                status = try container.decode(String.self, forKey: .status)
                title_score = try container.decode(Int.self, forKey: .title_score)
                total = try container.decode(Int.self, forKey: .total)
            }
            enum Keys: String, CodingKey { case status, title_score, total }
        }
        // One statement finds, counts (a window over the whole match) and orders: the index is searched once.
        let rows = try await sql.raw(
            """
            SELECT \(LawRepository.summaryColumns), \(status) AS status, \(titleScore) AS title_score,
                COUNT(*) OVER () AS total
            \(from)
            ORDER BY title_score DESC, CASE WHEN \(status) = \(bind: LawStatus.valid.rawValue) THEN 0 ELSE 1 END,
                w.kind_rank, CASE WHEN \(titleScore) > 0 THEN length(v.search_title) ELSE 0 END,
                COALESCE(v.promulgated_on, v.version_date) DESC, v.id
            LIMIT \(bind: perPage) OFFSET \(bind: (page - 1) * perPage)
            """
        ).all(decoding: HitRow.self)
        var total = rows.first?.total ?? 0
        if rows.isEmpty && page > 1 {
            // A page past the end has no rows to carry the count.
            struct Count: Decodable { var n: Int }
            total = try await sql.raw("SELECT COUNT(*) AS n \(from)").first(decoding: Count.self)?.n ?? 0
        }
        var hits = rows.map {
            LawSearchHit(
                version: $0.summary.summary, status: LawStatus(rawValue: $0.status) ?? .valid,
                titleMatches: query.map { $0.terms.count } == $0.title_score % Self.exactTitle, snippet: nil,
                snippetArticle: nil)
        }
        if let query, !hits.isEmpty {
            try await addSnippets(to: &hits, query: query)
        }
        return LawSearchResults(total: total, page: page, perPage: perPage, hits: hits)
    }

    /// Articles of one version that contain every term, in order, with the matches marked (search within a
    /// document).
    public func articles(ofVersion versionID: Int, matching query: LawSearchQuery) async throws -> [LawArticleMatch] {
        let condition = query.terms.map { Self.contains("text", $0, dialect: sql.dialect.name) }.joined(
            separator: " AND ")
        let rows = try await sql.raw(
            """
            SELECT ordinal, level, eid, number, heading, text, parent_eid FROM law_provisions
            WHERE version_id = \(bind: versionID) AND level = \(bind: LawProvisionLevel.article.rawValue)
                AND \(condition)
            ORDER BY ordinal
            """
        ).all(decoding: ProvisionRow.self)
        return rows.map {
            LawArticleMatch(
                provision: $0.provision, pieces: SearchSnippet.highlightAll(text: $0.text, terms: query.terms))
        }
    }

    /// The first article of each hit that contains the first term, as a highlighted excerpt.
    private func addSnippets(to hits: inout [LawSearchHit], query: LawSearchQuery) async throws {
        struct Row: Decodable {
            var version_id: Int
            var eid: String
            var number: String
            var text: String
        }
        let rows = try await sql.raw(
            """
            SELECT version_id, eid, number, text FROM (
                SELECT p.version_id, p.eid, p.number, p.text,
                    ROW_NUMBER() OVER (PARTITION BY p.version_id ORDER BY p.ordinal) AS n
                FROM law_provisions p
                WHERE p.version_id IN (\(binds: hits.map(\.version.id))) AND p.level = \(bind: LawProvisionLevel.article.rawValue)
                    AND \(Self.contains("p.text", query.terms[0], dialect: sql.dialect.name))
            ) first_matches WHERE n = 1
            """
        ).all(decoding: Row.self)
        let byVersion = Dictionary(uniqueKeysWithValues: rows.map { ($0.version_id, $0) })
        for index in hits.indices {
            guard let row = byVersion[hits[index].version.id] else { continue }
            hits[index].snippet = SearchSnippet.make(text: row.text, terms: query.terms)
            hits[index].snippetArticle = LawSearchHit.Article(eid: row.eid, number: row.number)
        }
    }

    /// Added to the title score when the title is the term itself (with or without 「中华人民共和国」).
    static let exactTitle = 100

    /// How well the title matches: `exactTitle` if it is the (single) term, plus one for each term it contains.
    static func titleScore(_ query: LawSearchQuery, dialect: String) -> SQLQueryString {
        var parts = query.terms.map {
            "CASE WHEN \(contains("v.search_title", $0, dialect: dialect)) THEN 1 ELSE 0 END" as SQLQueryString
        }
        if query.terms.count == 1 {
            let term = query.terms[0]
            parts.append(
                """
                CASE WHEN v.search_title = \(bind: term) OR v.search_title = \(bind: "中华人民共和国" + term) \
                THEN \(literal: exactTitle) ELSE 0 END
                """)
        }
        return "(" + parts.joined(separator: " + ") + ")"
    }

    /// `column` contains `text` as a substring (exact, case-sensitive, the same on both databases).
    static func contains(_ column: String, _ text: String, dialect: String) -> SQLQueryString {
        dialect == "postgresql"
            ? "strpos(\(unsafeRaw: column), \(bind: text)) > 0" : "instr(\(unsafeRaw: column), \(bind: text)) > 0"
    }

    /// A version's status on `date` in SQL: the same rule as `LawStatusDates.status(on:)`.
    static func statusExpression(on date: CivilDate) -> SQLQueryString {
        let day = date.iso
        return """
            CASE WHEN w.repealed_on IS NOT NULL AND w.repealed_on <= \(bind: day) THEN \(bind: LawStatus.repealed.rawValue)
            WHEN w.expired_on IS NOT NULL AND w.expired_on <= \(bind: day) THEN \(bind: LawStatus.expired.rawValue)
            WHEN v.effective_on > \(bind: day) THEN \(bind: LawStatus.notYetInForce.rawValue)
            WHEN v.superseded_on IS NOT NULL AND v.superseded_on <= \(bind: day) THEN \(bind: LawStatus.amended.rawValue)
            ELSE \(bind: LawStatus.valid.rawValue) END
            """
    }
}
