import FazhiCore
import Fluent
import Foundation
import SQLKit

/// What the public catalogue of published documents (规范性文件公开目录) is filtered by.
public struct NormativePublicFilter: Sendable, Equatable {
    /// Words that must all occur in the title.
    public var words: [String] = []
    /// The drafting body (制定机关).
    public var organisationID: UUID?
    /// 效力状态 today.
    public var status: LawStatus?
    /// The year of publication (公布).
    public var year: Int?
    public var limit = 50
    public var offset = 0

    public init(
        words: [String] = [], organisationID: UUID? = nil, status: LawStatus? = nil, year: Int? = nil,
        limit: Int = 50, offset: Int = 0
    ) {
        (self.words, self.organisationID, self.status, self.year) = (words, organisationID, status, year)
        (self.limit, self.offset) = (limit, offset)
    }
}

/// The public's view of normative documents: published ones only (drafts and withdrawn documents are nobody's
/// business outside the drafting body, except a draft's text while it is open for comment, which
/// `NormativePublicDrafts` shows). No scope: everything here is public by law (政府信息公开).
public struct NormativePublicCatalogue: Sendable {
    let db: any Database
    public let today: CivilDate

    public init(db: any Database, today: CivilDate) {
        self.db = db
        self.today = today
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    static let notFound = DomainError.notFound("未找到该规范性文件，或该文件尚未公布")

    /// `d.stage` is one of the published stages.
    static var published: SQLQueryString {
        let stages = NormativeStage.allCases.filter(\.isPublished).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return "d.stage IN (\(unsafeRaw: stages))"
    }

    /// A published document's status on `day` in SQL: the same rule as `NormativeDocumentRow.status(on:)` (through
    /// `LawStatusDates.normative`), so that filtering by status and showing it agree; a test holds them together.
    static func statusExpression(on day: CivilDate) -> SQLQueryString {
        """
        CASE WHEN d.effective_on IS NULL THEN NULL
        WHEN d.decision = 'repeal' AND d.decided_on <= \(bind: day.iso) THEN \(bind: LawStatus.repealed.rawValue)
        WHEN (d.decision = 'declare_expired' AND d.decided_on <= \(bind: day.iso)) OR d.expires_on < \(bind: day.iso)
            THEN \(bind: LawStatus.expired.rawValue)
        WHEN d.effective_on > \(bind: day.iso) THEN \(bind: LawStatus.notYetInForce.rawValue)
        ELSE \(bind: LawStatus.valid.rawValue) END
        """
    }

    func conditions(_ filter: NormativePublicFilter) -> SQLQueryString {
        var parts: [SQLQueryString] = [Self.published]
        for word in filter.words {
            parts.append(LawSearch.contains("d.title", word, dialect: sql.dialect.name))
        }
        if let organisation = filter.organisationID { parts.append("d.organisation_id = \(bind: organisation)") }
        if let year = filter.year {
            parts.append("d.published_on >= \(bind: "\(year)-01-01") AND d.published_on <= \(bind: "\(year)-12-31")")
        }
        if let status = filter.status {
            parts.append("(\(Self.statusExpression(on: today))) = \(bind: status.rawValue)")
        }
        return parts.joined(separator: " AND ")
    }

    /// The published documents `filter` selects, newest first, with how many there are in all.
    public func documents(_ filter: NormativePublicFilter) async throws -> (rows: [NormativeDocumentRow], total: Int) {
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM normative_documents d WHERE \(conditions(filter))")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false)) WHERE \(conditions(filter))
            ORDER BY d.published_on DESC, d.number_code, d.number_sequence DESC, d.id
            LIMIT \(unsafeRaw: String(max(0, filter.limit))) OFFSET \(unsafeRaw: String(max(0, filter.offset)))
            """
        ).all()
        return (try rows.map(NormativeDocumentRow.decode), total)
    }

    /// The drafting bodies that have published documents, by name: the choices of the catalogue's filter.
    public func draftingBodies() async throws -> [(id: UUID, name: String)] {
        try await sql.raw(
            """
            SELECT DISTINCT o.id, o.name FROM normative_documents d JOIN organisations o ON o.id = d.organisation_id
            WHERE \(Self.published) ORDER BY o.name
            """
        ).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self)) }
    }

    /// A published document with its text; a draft or a withdrawn document is not found.
    public func document(_ id: UUID) async throws -> NormativeDocumentRow {
        let row = try await sql.raw(
            "\(NormativeDocumentRow.select(withBody: true)) WHERE d.id = \(bind: id) AND \(Self.published)"
        ).first()
        guard let row else { throw Self.notFound }
        return try NormativeDocumentRow.decode(row)
    }

    /// The filed document numbered `number` (any spelling of the brackets and digits), if there is one.
    public func filedDocument(number: DocumentNumber) async throws -> NormativeDocumentRow? {
        let filed = NormativeStage.allCases.filter(\.isFiled).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let row = try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE d.number_code = \(bind: number.issuerCode) AND d.number_year = \(bind: number.year)
              AND d.number_sequence = \(bind: number.sequence) AND d.stage IN (\(unsafeRaw: filed))
            """
        ).first()
        return try row.map(NormativeDocumentRow.decode)
    }
}
