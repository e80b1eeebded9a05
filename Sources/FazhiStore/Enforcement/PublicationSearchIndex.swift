import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The full-text index of the public catalogue of penalty decisions (执法公示), built like the law library's
/// (`LawSearchIndex`): character bigrams made in Swift (`SearchText`), so a term matches exactly the publications
/// whose party, matter, body or decision number contain it. Codes (decision numbers, credit codes) are also
/// indexed by their 4-grams (`CodeGrams`), and a term that is a code of four or more letters and digits is looked up
/// by those: its bigrams are so common that the phrase of them took a third of a second at ten million decisions.
/// A withdrawn publication leaves the index.
///
/// - SQLite: a contentless FTS5 table (`grams`, `codes`) keyed by the publication's rowid, which grows with each
///   publication, so "newest first" is the index's own descending rowid order and a page of a million matches stops
///   after twenty. The year of publication is indexed as one more token (`y2026`), which no bigram can be.
/// - PostgreSQL: a tsvector per publication (bigrams, `#`-prefixed 4-grams, the year) with a GIN index, ordered by
///   the publication's `seq`.
enum PublicationSearchIndex {
    /// One publication to index.
    struct Entry: Sendable {
        var publicationID: UUID
        /// The publication's rowid on SQLite when the writer knows it (a bulk write); looked up by id otherwise.
        var rowID: Int64?
        var text: String
        var publishedOn: String
    }

    /// Adds the `seq` column on PostgreSQL and creates the index table, filled from the publications.
    static func create(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE enforcement_publications ADD COLUMN seq BIGSERIAL").run()
            try await sql.raw(
                "CREATE INDEX enforcement_publications_seq ON enforcement_publications (seq)"
            ).run()
        }
        try await createTable(on: sql)
        try await fill(on: database)
    }

    /// Drops the index table and builds it again from the publications (migration 0023 added the codes).
    static func rebuild(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP TABLE enforcement_publication_search").run()
        try await createTable(on: sql)
        try await fill(on: database)
    }

    static func drop(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE enforcement_publication_search").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE enforcement_publications DROP COLUMN seq").run()
        }
    }

    private static func createTable(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE TABLE enforcement_publication_search (
                    publication_id UUID PRIMARY KEY REFERENCES enforcement_publications (id),
                    grams TSVECTOR NOT NULL)
                """
            ).run()
            try await sql.raw(
                "CREATE INDEX enforcement_publication_search_grams ON enforcement_publication_search USING GIN (grams)"
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE enforcement_publication_search USING fts5(
                    grams, codes, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
                """
            ).run()
        }
    }

    /// Indexes every publication not withdrawn, twenty thousand at a time in publication order, each in a
    /// transaction: a region's catalogue holds millions, never all in memory at once, and FTS5 writes its segments
    /// at each commit (a commit per statement spent most of the time merging small ones).
    private static func fill(on database: any Database) async throws {
        let order = (database as! any SQLDatabase).dialect.name == "postgresql" ? "seq" : "rowid"
        var after: Int64 = 0
        while true {
            let from = after
            guard
                let last = try await database.transaction({ tx in
                    try await fillPage(after: from, order: order, on: tx as! any SQLDatabase)
                })
            else { return }
            after = last
        }
    }

    /// Indexes the next page after `after`; the last key indexed, or nil when there was nothing left.
    private static func fillPage(after: Int64, order: String, on sql: any SQLDatabase) async throws -> Int64? {
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: order) AS k, id, party, matter_name, body_name, decision_number, published_on
            FROM enforcement_publications
            WHERE withdrawn_on IS NULL AND \(unsafeRaw: order) > \(bind: after) ORDER BY \(unsafeRaw: order) LIMIT 20000
            """
        ).all()
        guard let last = rows.last else { return nil }
        try await add(
            rows.map { row in
                Entry(
                    publicationID: try row.decode(column: "id", as: UUID.self),
                    rowID: order == "rowid" ? try row.decode(column: "k", as: Int64.self) : nil,
                    text: text(
                        party: try row.decode(column: "party", as: String.self),
                        matter: try row.decode(column: "matter_name", as: String.self),
                        body: try row.decode(column: "body_name", as: String.self),
                        decisionNumber: try row.decode(column: "decision_number", as: String.self)),
                    publishedOn: try row.decode(column: "published_on", as: String.self))
            }, on: sql)
        return try last.decode(column: "k", as: Int64.self)
    }

    /// What is searched, one field a line (no bigram crosses a line).
    static func text(party: String, matter: String, body: String, decisionNumber: String) -> String {
        [party, matter, body, decisionNumber].joined(separator: "\n")
    }

    /// The token standing for the year of publication.
    static func yearToken(_ year: Int) -> String { "y\(year)" }

    private static func year(_ publishedOn: String) -> Int { Int(publishedOn.prefix(4)) ?? 0 }

    /// The SQLite index columns of one publication: its bigrams and its year's token; its codes' 4-grams.
    static func columns(of entry: Entry) -> (grams: String, codes: String) {
        (
            SearchText.grams(of: entry.text) + " " + yearToken(year(entry.publishedOn)),
            CodeGrams.tokens(of: entry.text).joined(separator: " ")
        )
    }

    /// The PostgreSQL tsvector text of one publication.
    static func tsvector(of entry: Entry) -> String {
        [
            SearchText.tsvectorLiteral(of: entry.text), "'\(yearToken(year(entry.publishedOn)))'",
            CodeGrams.tsvectorLexemes(of: entry.text),
        ].filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func add(_ entries: [Entry], on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            for chunk in entries.chunked(by: 500) {
                let values = chunk.map {
                    "(\(bind: $0.publicationID), \(bind: tsvector(of: $0))::tsvector)" as SQLQueryString
                }
                .joined(separator: ", ")
                try await sql.raw("INSERT INTO enforcement_publication_search (publication_id, grams) VALUES \(values)")
                    .run()
            }
            return
        }
        try await BulkInsert.run(
            into: "enforcement_publication_search", columns: ["rowid", "grams", "codes"],
            rows: entries.compactMap { entry in
                entry.rowID.map { rowID in
                    let columns = columns(of: entry)
                    return [rowID, columns.grams, columns.codes]
                }
            }, on: sql)
        for entry in entries where entry.rowID == nil {
            let columns = columns(of: entry)
            try await sql.raw(
                """
                INSERT INTO enforcement_publication_search (rowid, grams, codes)
                SELECT rowid, \(bind: columns.grams), \(bind: columns.codes) FROM enforcement_publications
                WHERE id = \(bind: entry.publicationID)
                """
            ).run()
        }
    }

    static func remove(publicationID: UUID, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                "DELETE FROM enforcement_publication_search WHERE publication_id = \(bind: publicationID)"
            ).run()
        } else {
            try await sql.raw(
                """
                DELETE FROM enforcement_publication_search
                WHERE rowid = (SELECT rowid FROM enforcement_publications WHERE id = \(bind: publicationID))
                """
            ).run()
        }
    }

    /// The FTS5 MATCH expression for `query`, within `year` when given: each term a phrase of its 4-grams in
    /// `codes` when it is a code, of its bigrams in `grams` otherwise; all of them.
    static func fts5Match(_ query: LawSearchQuery, year: Int?) -> String {
        var parts = query.terms.map { term in
            CodeGrams.applies(to: term)
                ? "codes : " + CodeGrams.fts5Phrase(forTerm: term) : "grams : \"" + SearchText.grams(of: term) + "\""
        }
        if let year { parts.append("grams : " + yearToken(year)) }
        return parts.joined(separator: " AND ")
    }

    /// The FTS5 MATCH expression for the publications of `year`.
    static func fts5Match(year: Int) -> String { "grams : " + yearToken(year) }

    /// The tsquery for `query`, within `year` when given.
    static func tsquery(_ query: LawSearchQuery, year: Int?) -> String {
        var parts = query.terms.map { term in
            "(" + (CodeGrams.applies(to: term) ? CodeGrams.tsquery(forTerm: term) : query.tsquery(forTerm: term)) + ")"
        }
        if let year { parts.append("'" + yearToken(year) + "'") }
        return parts.joined(separator: " & ")
    }
}
