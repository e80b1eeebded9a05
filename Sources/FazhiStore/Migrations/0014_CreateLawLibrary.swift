import Fluent
import SQLKit

/// The library of laws, regulations and normative documents (法规规章规范性文件库): works, their versions, the
/// provisions of each version, and the full-text index.
///
/// Ids are integers the importer assigns in path order, so that a fresh import of the same corpus gives the same
/// addresses (`/laws/12/art_36`) and SQLite's FTS5 index can key its rows by the version id.
struct CreateLawLibrary: AsyncMigration {
    var name: String { "0014_CreateLawLibrary" }

    func prepare(on database: any Database) async throws {
        try await database.schema("law_works")
            .field("id", .int64, .identifier(auto: false))
            // Kind, region and normalised title: the files that share it are versions of one work.
            .field("work_key", .string, .required)
            .field("title", .string, .required)
            .field("kind", .string, .required)
            // 效力位阶 of the kind (`LawKind.rank`), stored so that search can order by it in SQL.
            .field("kind_rank", .int, .required)
            .field("category", .string)
            .field("issuer", .string)
            .field("region", .string)
            .field("repealed_on", .string)
            .field("expired_on", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "work_key")
            .create()

        try await database.schema("law_versions")
            .field("id", .int64, .identifier(auto: false))
            .field("work_id", .int64, .required, .references("law_works", "id"))
            .field("source_path", .string, .required)
            .field("title", .string, .required)
            .field("subtitle", .string)
            // The title as search normalises it, so that "title contains the term" is one `instr`/`strpos`.
            .field("search_title", .string, .required)
            .field("version_date", .string, .required)
            .field("promulgated_on", .string)
            .field("effective_on", .string, .required)
            // The effective date of the next version of the work: from then on this one is 已修改.
            .field("superseded_on", .string)
            // The newest version of its work (by version date): what search shows unless asked for history.
            .field("is_current", .bool, .required)
            .field("document_number", .string)
            // SHA-256 of the file as read, and the parser that read it: an import skips a file when both are
            // unchanged, which is what makes running it again change nothing.
            .field("source_sha256", .string, .required)
            .field("parser_revision", .int, .required)
            .field("article_count", .int, .required)
            .field("imported_at", .datetime, .required)
            // The long texts last: SQLite stores a row's columns in order, and a column after a text that spills
            // onto overflow pages is read by walking them, which made every search result cost its whole body.
            .field("history", .string, .required)
            .field("front_matter", .string, .required)
            .field("problems", .string, .required)
            .field("preamble", .string)
            .field("body", .string, .required)
            .unique(on: "source_path")
            .create()
        try await SQLIndex.create(
            "law_versions_work_effective", on: "law_versions", columns: ["work_id", "effective_on"], in: database)

        try await database.schema("law_provisions")
            .field("version_id", .int64, .required, .references("law_versions", "id"))
            .field("ordinal", .int, .required)
            .field("level", .string, .required)
            .field("eid", .string, .required)
            .field("number", .string, .required)
            .field("heading", .string)
            .field("text", .string, .required)
            .field("parent_eid", .string)
            .create()
        try await SQLIndex.create(
            "law_provisions_version_eid", on: "law_provisions", columns: ["version_id", "eid"], unique: true,
            in: database)
        try await SQLIndex.create(
            "law_provisions_version_ordinal", on: "law_provisions", columns: ["version_id", "ordinal"], in: database)

        try await LawSearchIndexSchema.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await LawSearchIndexSchema.drop(on: database)
        try await database.schema("law_provisions").delete()
        try await database.schema("law_versions").delete()
        try await database.schema("law_works").delete()
    }
}

/// The full-text index of law versions, one per database, with the same meaning: a version matches a term when its
/// title or text contains the term as a substring. Both index the character bigrams `SearchText.grams` makes.
///
/// - SQLite: an FTS5 table keyed by the version id, contentless (the text is in `law_versions`) and deletable.
/// - PostgreSQL: a tsvector per segment of the text with a GIN index; segments because a tsvector keeps positions
///   only up to 16,383, and phrase matching needs positions.
enum LawSearchIndexSchema {
    static func create(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                """
                CREATE TABLE law_search_segments (
                    version_id BIGINT NOT NULL REFERENCES law_versions (id),
                    seq INTEGER NOT NULL,
                    grams TSVECTOR NOT NULL,
                    PRIMARY KEY (version_id, seq))
                """
            ).run()
            try await sql.raw("CREATE INDEX law_search_segments_grams ON law_search_segments USING GIN (grams)").run()
        } else {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE law_search USING fts5(
                    grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')
                """
            ).run()
        }
    }

    static func drop(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let table = sql.dialect.name == "postgresql" ? "law_search_segments" : "law_search"
        try await sql.raw("DROP TABLE \(unsafeRaw: table)").run()
    }
}
