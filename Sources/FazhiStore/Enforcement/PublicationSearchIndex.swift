import FazhiCore
import Foundation
import SQLKit

/// The full-text index of the public catalogue of penalty decisions (执法公示), built like the law library's
/// (`LawSearchIndex`): character bigrams made in Swift (`SearchText`), so a term matches exactly the publications
/// whose party, matter, body or decision number contain it. A withdrawn publication leaves the index.
///
/// - SQLite: a contentless FTS5 table keyed by the publication's rowid, which grows with each publication, so
///   "newest first" is the index's own descending rowid order and a page of a million matches stops after twenty.
///   The year of publication is indexed as one more token (`y2026`), which no bigram can be.
/// - PostgreSQL: a tsvector per publication with a GIN index, ordered by the publication's `seq`.
enum PublicationSearchIndex {
    static func create(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE enforcement_publications ADD COLUMN seq BIGSERIAL").run()
            try await sql.raw(
                "CREATE INDEX enforcement_publications_seq ON enforcement_publications (seq)"
            ).run()
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
                    grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
                """
            ).run()
        }
        for row in try await sql.raw(
            """
            SELECT id, party, matter_name, body_name, decision_number, published_on FROM enforcement_publications
            WHERE withdrawn_on IS NULL
            """
        ).all() {
            try await add(
                publicationID: try row.decode(column: "id", as: UUID.self),
                text: text(
                    party: try row.decode(column: "party", as: String.self),
                    matter: try row.decode(column: "matter_name", as: String.self),
                    body: try row.decode(column: "body_name", as: String.self),
                    decisionNumber: try row.decode(column: "decision_number", as: String.self)),
                publishedOn: try row.decode(column: "published_on", as: String.self), on: sql)
        }
    }

    static func drop(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE enforcement_publication_search").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE enforcement_publications DROP COLUMN seq").run()
        }
    }

    /// What is searched, one field a line (no bigram crosses a line).
    static func text(party: String, matter: String, body: String, decisionNumber: String) -> String {
        [party, matter, body, decisionNumber].joined(separator: "\n")
    }

    /// The token standing for the year of publication.
    static func yearToken(_ year: Int) -> String { "y\(year)" }

    /// The index entry of one publication: its bigrams and its year's token.
    static func grams(text: String, publishedOn: String) -> String {
        SearchText.grams(of: text) + " " + yearToken(Int(publishedOn.prefix(4)) ?? 0)
    }

    static func add(publicationID: UUID, text: String, publishedOn: String, on sql: any SQLDatabase) async throws {
        let grams = grams(text: text, publishedOn: publishedOn)
        if sql.dialect.name == "postgresql" {
            let literal = SearchText.tsvectorLiteral(of: text) + " '" + yearToken(Int(publishedOn.prefix(4)) ?? 0) + "'"
            try await sql.raw(
                """
                INSERT INTO enforcement_publication_search (publication_id, grams)
                VALUES (\(bind: publicationID), \(bind: literal)::tsvector)
                """
            ).run()
        } else {
            try await sql.raw(
                """
                INSERT INTO enforcement_publication_search (rowid, grams)
                SELECT rowid, \(bind: grams) FROM enforcement_publications WHERE id = \(bind: publicationID)
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

    /// The FTS5 MATCH expression for `query`, within `year` when given.
    static func fts5Match(_ query: LawSearchQuery, year: Int?) -> String {
        query.fts5Match + (year.map { " AND " + yearToken($0) } ?? "")
    }

    /// The tsquery for `query`, within `year` when given.
    static func tsquery(_ query: LawSearchQuery, year: Int?) -> String {
        query.tsquery + (year.map { " & '" + yearToken($0) + "'" } ?? "")
    }
}
