import FazhiCore
import SQLKit

/// Writes and reads the full-text index of law versions (see `LawSearchIndexSchema` for the two layouts).
///
/// A version matches a term when its indexed text contains the term: the term's bigrams as a phrase (consecutive
/// positions) in FTS5 on SQLite, and the same bigrams joined by `<->` in a tsquery on PostgreSQL. Because both test
/// exactly "contains this substring", both databases find the same versions.
public enum LawSearchIndex {
    /// What is searched: the title, the sub-title and the whole text. Line breaks separate them, and no bigram
    /// crosses a line break, so a term never matches across the title and the text. (The benchmark gives its peer
    /// the same text.)
    public static func indexedText(title: String, subtitle: String?, body: String) -> String {
        [title, subtitle ?? "", body].joined(separator: "\n")
    }

    static func add(versionID: Int, text: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            let segments = SearchText.segments(of: text)
            let rows: [SQLQueryString] = segments.enumerated().map { seq, segment in
                "(\(bind: versionID), \(bind: seq), \(bind: SearchText.tsvectorLiteral(of: segment))::tsvector)"
            }
            try await sql.raw(
                "INSERT INTO law_search_segments (version_id, seq, grams) VALUES \(rows.joined(separator: ", "))"
            ).run()
        } else {
            try await sql.raw(
                "INSERT INTO law_search (rowid, grams) VALUES (\(bind: versionID), \(bind: SearchText.grams(of: text)))"
            ).run()
        }
    }

    static func remove(versionID: Int, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DELETE FROM law_search_segments WHERE version_id = \(bind: versionID)").run()
        } else {
            try await sql.raw("DELETE FROM law_search WHERE rowid = \(bind: versionID)").run()
        }
    }

    /// A condition on `v.id` (the alias of `law_versions`) that holds when the version contains every term.
    static func matches(_ query: LawSearchQuery, dialect: String) -> SQLQueryString {
        if dialect == "postgresql" {
            let conditions: [SQLQueryString] = query.terms.map { term in
                """
                v.id IN (SELECT version_id FROM law_search_segments \
                WHERE grams @@ \(bind: query.tsquery(forTerm: term))::tsquery)
                """
            }
            return conditions.joined(separator: " AND ")
        }
        return "v.id IN (SELECT rowid FROM law_search WHERE law_search MATCH \(bind: query.fts5Match))"
    }
}
