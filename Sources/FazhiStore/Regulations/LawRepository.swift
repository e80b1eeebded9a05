import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Reads the library: works, versions, the version in force on a date, provisions by address.
///
/// The library is public: published laws and regulations are readable by anyone, so no organisation scope applies
/// here (normative documents still being drafted live in their own module, scoped to their organisation).
public struct LawRepository: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// The columns of a `LawVersionSummary`, from `law_versions v JOIN law_works w`.
    static let summaryColumns: SQLQueryString = """
        v.id, v.work_id, v.title, v.subtitle, w.kind, w.region, w.issuer, v.version_date, v.promulgated_on, \
        v.effective_on, v.superseded_on, w.repealed_on, w.expired_on, v.is_current, v.document_number, \
        v.article_count
        """

    public func work(_ id: Int) async throws -> LawWork? {
        try await sql.raw(
            """
            SELECT id, title, kind, category, issuer, region, repealed_on, expired_on FROM law_works
            WHERE id = \(bind: id)
            """
        ).first(decoding: WorkRow.self)?.work
    }

    /// Every version of a work, oldest first.
    public func versions(ofWork workID: Int) async throws -> [LawVersionSummary] {
        try await sql.raw(
            """
            SELECT \(Self.summaryColumns) FROM law_versions v JOIN law_works w ON w.id = v.work_id
            WHERE v.work_id = \(bind: workID) ORDER BY v.version_date, v.effective_on, v.id
            """
        ).all(decoding: SummaryRow.self).map(\.summary)
    }

    public func summary(ofVersion id: Int) async throws -> LawVersionSummary? {
        try await sql.raw(
            """
            SELECT \(Self.summaryColumns) FROM law_versions v JOIN law_works w ON w.id = v.work_id
            WHERE v.id = \(bind: id)
            """
        ).first(decoding: SummaryRow.self)?.summary
    }

    public func version(_ id: Int) async throws -> LawVersion? {
        guard let summary = try await summary(ofVersion: id) else { return nil }
        let text = try await sql.raw(
            """
            SELECT history, preamble, body, source_path, source_sha256, problems FROM law_versions
            WHERE id = \(bind: id)
            """
        ).first(decoding: VersionTextRow.self)!
        return try text.version(summary)
    }

    /// The version of a work in force on `date`: the last one that had taken effect by then. Nil when none had
    /// (the work did not exist yet on that date).
    public func versionInForce(workID: Int, on date: CivilDate) async throws -> LawVersionSummary? {
        try await sql.raw(
            """
            SELECT \(Self.summaryColumns) FROM law_versions v JOIN law_works w ON w.id = v.work_id
            WHERE v.work_id = \(bind: workID) AND v.effective_on <= \(bind: date.iso)
            ORDER BY v.effective_on DESC, v.version_date DESC, v.id DESC LIMIT 1
            """
        ).first(decoding: SummaryRow.self)?.summary
    }

    /// Every provision of a version (headings and articles), in document order.
    public func provisions(ofVersion versionID: Int) async throws -> [LawProvision] {
        try await sql.raw(
            """
            SELECT ordinal, level, eid, number, heading, text, parent_eid FROM law_provisions
            WHERE version_id = \(bind: versionID) ORDER BY ordinal
            """
        ).all(decoding: ProvisionRow.self).map(\.provision)
    }

    public func provision(ofVersion versionID: Int, eid: String) async throws -> LawProvision? {
        try await sql.raw(
            """
            SELECT ordinal, level, eid, number, heading, text, parent_eid FROM law_provisions
            WHERE version_id = \(bind: versionID) AND eid = \(bind: eid)
            """
        ).first(decoding: ProvisionRow.self)?.provision
    }

    /// The text of an article as it stood on `date` (point-in-time lookup): the version in force then, and the
    /// provision at that address in it; nil when the work was not in force or that version has no such article.
    public func article(workID: Int, eid: String, on date: CivilDate) async throws -> (
        version: LawVersionSummary, provision: LawProvision
    )? {
        guard let version = try await versionInForce(workID: workID, on: date),
            let provision = try await provision(ofVersion: version.id, eid: eid)
        else { return nil }
        return (version, provision)
    }

    /// How many works of each kind the library holds, in rank order (for the portal's front page).
    public func countsByKind() async throws -> [(kind: LawKind, works: Int)] {
        struct Row: Decodable {
            var kind: String
            var works: Int
        }
        let rows = try await sql.raw(
            "SELECT kind, COUNT(*) AS works FROM law_works GROUP BY kind, kind_rank ORDER BY kind_rank, kind"
        ).all(decoding: Row.self)
        return rows.map { (LawKind(rawValue: $0.kind), $0.works) }
    }

    /// The regions that have documents, for the search filter.
    public func regions() async throws -> [String] {
        struct Row: Decodable { var region: String }
        return try await sql.raw(
            "SELECT DISTINCT region FROM law_works WHERE region IS NOT NULL ORDER BY region"
        ).all(decoding: Row.self).map(\.region)
    }
}

// MARK: - Rows

struct WorkRow: Decodable {
    var id: Int
    var title: String
    var kind: String
    var category: String?
    var issuer: String?
    var region: String?
    var repealed_on: String?
    var expired_on: String?

    var work: LawWork {
        LawWork(
            id: id, title: title, kind: LawKind(rawValue: kind), category: category, issuer: issuer, region: region,
            repealedOn: repealed_on.flatMap { CivilDate(iso: $0) }, expiredOn: expired_on.flatMap { CivilDate(iso: $0) }
        )
    }
}

struct SummaryRow: Decodable {
    var id: Int
    var work_id: Int
    var title: String
    var subtitle: String?
    var kind: String
    var region: String?
    var issuer: String?
    var version_date: String
    var promulgated_on: String?
    var effective_on: String
    var superseded_on: String?
    var repealed_on: String?
    var expired_on: String?
    var is_current: Bool
    var document_number: String?
    var article_count: Int

    var summary: LawVersionSummary {
        let versionDate = CivilDate(iso: version_date)!
        return LawVersionSummary(
            id: id, workID: work_id, title: title, subtitle: subtitle, kind: LawKind(rawValue: kind), region: region,
            issuer: issuer, versionDate: versionDate, promulgatedOn: promulgated_on.flatMap { CivilDate(iso: $0) },
            effectiveOn: CivilDate(iso: effective_on) ?? versionDate,
            supersededOn: superseded_on.flatMap { CivilDate(iso: $0) },
            repealedOn: repealed_on.flatMap { CivilDate(iso: $0) },
            expiredOn: expired_on.flatMap { CivilDate(iso: $0) },
            isCurrent: is_current, documentNumber: document_number, articleCount: article_count)
    }
}

struct VersionTextRow: Decodable {
    var history: String
    var preamble: String?
    var body: String
    var source_path: String
    var source_sha256: String
    var problems: String

    func version(_ summary: LawVersionSummary) throws -> LawVersion {
        struct Event: Decodable {
            var date: String
            var text: String
        }
        let events = try JSONDecoder().decode([Event].self, from: Data(history.utf8))
        return LawVersion(
            summary: summary,
            history: events.compactMap { event in
                CivilDate(iso: event.date).map { LawHistoryEvent(date: $0, text: event.text) }
            },
            preamble: preamble, body: body, sourcePath: source_path, sourceSHA256: source_sha256,
            problems: try JSONDecoder().decode([String].self, from: Data(problems.utf8)))
    }
}

struct ProvisionRow: Decodable {
    var ordinal: Int
    var level: String
    var eid: String
    var number: String
    var heading: String?
    var text: String
    var parent_eid: String?

    var provision: LawProvision {
        LawProvision(
            ordinal: ordinal, level: LawProvisionLevel(rawValue: level) ?? .article, eid: eid, number: number,
            heading: heading, text: text, parentEid: parent_eid)
    }
}
