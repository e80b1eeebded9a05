import FazhiCore
import Foundation
import SQLKit

/// Writes works and versions inside an import's transaction, comparing each with what the library already holds.
struct LawImportWriter {
    private struct StoredVersion: Decodable {
        var id: Int
        var work_id: Int
        var source_path: String
        var source_sha256: String
        var parser_revision: Int
        var superseded_on: String?
        var is_current: Bool
    }

    private let sql: any SQLDatabase
    private let now: Date
    private var workIDs: [String: Int]
    private var stored: [String: StoredVersion]
    private var seenPaths: Set<String> = []
    private var nextWorkID: Int
    private var nextVersionID: Int

    static func open(on sql: any SQLDatabase, now: Date) async throws -> LawImportWriter {
        struct WorkRow: Decodable {
            var id: Int
            var work_key: String
        }
        let works = try await sql.raw("SELECT id, work_key FROM law_works").all(decoding: WorkRow.self)
        let versions = try await sql.raw(
            """
            SELECT id, work_id, source_path, source_sha256, parser_revision, superseded_on, is_current
            FROM law_versions
            """
        ).all(decoding: StoredVersion.self)
        return LawImportWriter(
            sql: sql, now: now,
            workIDs: Dictionary(uniqueKeysWithValues: works.map { ($0.work_key, $0.id) }),
            stored: Dictionary(uniqueKeysWithValues: versions.map { ($0.source_path, $0) }),
            nextWorkID: (works.map(\.id).max() ?? 0) + 1,
            nextVersionID: (versions.map(\.id).max() ?? 0) + 1)
    }

    private init(
        sql: any SQLDatabase, now: Date, workIDs: [String: Int], stored: [String: StoredVersion], nextWorkID: Int,
        nextVersionID: Int
    ) {
        self.sql = sql
        self.now = now
        self.workIDs = workIDs
        self.stored = stored
        self.nextWorkID = nextWorkID
        self.nextVersionID = nextVersionID
    }

    /// Versions in the library that the corpus no longer has.
    var versionsNotSeen: Int { stored.keys.filter { !seenPaths.contains($0) }.count }

    mutating func write(_ work: LawImportPlan.Work, into report: inout LawImportReport) async throws {
        let workID = try await workID(for: work, report: &report)
        for version in work.versions {
            let file = version.file
            seenPaths.insert(file.parsed.sourcePath)
            report.articles += file.parsed.provisions.filter { $0.level == .article }.count
            guard let existing = stored[file.parsed.sourcePath] else {
                try await insert(version, id: nextVersionID, workID: workID)
                nextVersionID += 1
                report.versionsAdded += 1
                continue
            }
            if existing.source_sha256 != file.sourceSHA256 || existing.parser_revision != LawImport.parserRevision
                || existing.work_id != workID
            {
                try await delete(versionID: existing.id)
                try await insert(version, id: existing.id, workID: workID)
                report.versionsReplaced += 1
            } else if existing.superseded_on != version.supersededOn?.iso || existing.is_current != version.isCurrent {
                try await sql.raw(
                    """
                    UPDATE law_versions SET superseded_on = \(bind: version.supersededOn?.iso),
                        is_current = \(bind: version.isCurrent) WHERE id = \(bind: existing.id)
                    """
                ).run()
                report.versionsRedated += 1
            } else {
                report.versionsUnchanged += 1
            }
        }
    }

    private mutating func workID(for work: LawImportPlan.Work, report: inout LawImportReport) async throws -> Int {
        let newest = work.newest
        if let id = workIDs[work.key] {
            // The newest version may have a new title or issuer; the work follows it.
            try await sql.raw(
                """
                UPDATE law_works SET title = \(bind: newest.title), kind = \(bind: newest.kind.rawValue),
                    kind_rank = \(bind: newest.kind.rank), category = \(bind: newest.category),
                    issuer = \(bind: newest.issuer), region = \(bind: newest.region)
                WHERE id = \(bind: id)
                """
            ).run()
            return id
        }
        let id = nextWorkID
        nextWorkID += 1
        workIDs[work.key] = id
        report.worksAdded += 1
        try await BulkInsert.run(
            into: "law_works",
            columns: ["id", "work_key", "title", "kind", "kind_rank", "category", "issuer", "region", "created_at"],
            rows: [
                [
                    id, work.key, newest.title, newest.kind.rawValue, newest.kind.rank, newest.category, newest.issuer,
                    newest.region, now,
                ]
            ], on: sql)
        return id
    }

    private func insert(_ version: LawImportPlan.Version, id: Int, workID: Int) async throws {
        let file = version.file.parsed
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let history = try json.encode(file.history.map { ["date": $0.date.iso, "text": $0.text] })
        let frontMatter = try json.encode(file.frontMatter)
        let problems = try json.encode(file.problems)
        try await BulkInsert.run(
            into: "law_versions", columns: LawVersionRow.columns,
            rows: [
                [
                    id, workID, file.sourcePath, file.title, file.subtitle, SearchText.normalise(file.title),
                    file.versionDate.iso, file.promulgatedOn?.iso, file.effectiveOn.iso, version.supersededOn?.iso,
                    version.isCurrent, file.documentNumber?.text, String(decoding: history, as: UTF8.self),
                    String(decoding: frontMatter, as: UTF8.self), file.preamble, file.body,
                    version.file.sourceSHA256, LawImport.parserRevision,
                    file.provisions.filter { $0.level == .article }.count,
                    String(decoding: problems, as: UTF8.self), now,
                ]
            ], on: sql)
        try await BulkInsert.run(
            into: "law_provisions",
            columns: ["version_id", "ordinal", "level", "eid", "number", "heading", "text", "parent_eid"],
            rows: file.provisions.map {
                [id, $0.ordinal, $0.level.rawValue, $0.eid, $0.number, $0.heading, $0.text, $0.parentEid]
            }, on: sql)
        try await LawSearchIndex.add(
            versionID: id,
            text: LawSearchIndex.indexedText(title: file.title, subtitle: file.subtitle, body: file.body), on: sql)
    }

    private func delete(versionID: Int) async throws {
        try await LawSearchIndex.remove(versionID: versionID, on: sql)
        try await sql.raw("DELETE FROM law_provisions WHERE version_id = \(bind: versionID)").run()
        try await sql.raw("DELETE FROM law_versions WHERE id = \(bind: versionID)").run()
    }
}

/// The columns of a `law_versions` row, in the order the importer writes them.
enum LawVersionRow {
    static let columns = [
        "id", "work_id", "source_path", "title", "subtitle", "search_title", "version_date", "promulgated_on",
        "effective_on", "superseded_on", "is_current", "document_number", "history", "front_matter", "preamble",
        "body", "source_sha256", "parser_revision", "article_count", "problems", "imported_at",
    ]
}
