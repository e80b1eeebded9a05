import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Clean-up campaigns (清理) within a scope. An office (依法治理办, 司法行政 or the administrator) starts one for its
/// government: every published document in force that day and drafted in the government's subtree is listed in it
/// at once. Each drafting body sees its own documents of it and decides on each; the office sees all and may change
/// a decision once made. Nobody sees a campaign that neither covers their scope nor lists their documents.
public struct NormativeCleanupRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    /// Whether the user may start campaigns and change decisions (`Role.supervisoryOffice`).
    public let mayRun: Bool
    /// Whether the user may record decisions for the drafting bodies in the scope.
    public let mayDecide: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayRun = !roles.isDisjoint(with: Role.supervisoryOffice)
        self.mayDecide = !roles.isDisjoint(with: NormativeCleanupEnding.deciders)
    }

    static let notFound = DomainError.notFound("清理或文件不存在，或不在您的管辖范围内")
    static let officeOnly = DomainError.forbidden("只有依法治理办、司法行政机关或管理员可以组织清理")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Items the scope sees: all of a campaign it runs, and those drafted in its subtree.
    func visible(_ i: String, campaign c: String) -> SQLQueryString {
        """
        (\(scope.root.sqlSubtreeRange("\(c).org_path", on: sql)) OR \(scope.root.sqlSubtreeRange("\(i).org_path", on: sql)))
        """
    }

    /// The campaigns the scope runs or has documents in, newest first.
    public func campaigns() async throws -> [NormativeCleanupRow] { try await listings(only: nil) }

    /// One campaign, if the scope may see it.
    public func campaign(_ id: UUID) async throws -> NormativeCleanupRow {
        guard let campaign = try await listings(only: id).first else { throw Self.notFound }
        return campaign
    }

    private func listings(only id: UUID?) async throws -> [NormativeCleanupRow] {
        let owned = scope.root.sqlSubtreeRange("c.org_path", on: sql)
        let one: SQLQueryString = id.map { "c.id = \(bind: $0) AND " } ?? ""
        let rows = try await sql.raw(
            """
            SELECT c.id, c.title, c.basis, c.org_path, c.started_on, c.due_on, c.created_at, o.name AS organisation_name,
                   CASE WHEN \(owned) THEN 1 ELSE 0 END AS whole
            FROM normative_cleanups c JOIN organisations o ON o.id = c.organisation_id
            WHERE \(one)(\(owned) OR EXISTS (SELECT 1 FROM normative_cleanup_items i WHERE i.cleanup_id = c.id
                                               AND \(scope.root.sqlSubtreeRange("i.org_path", on: sql))))
            ORDER BY c.started_on DESC, c.created_at DESC
            """
        ).all()
        let figures = try await figuresByCampaign(only: id)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return NormativeCleanupRow(
                id: id, title: try row.decode(column: "title", as: String.self),
                basis: try row.decode(column: "basis", as: String?.self),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
                startedOn: try CivilDate.column(row, "started_on"), dueOn: try CivilDate.column(row, "due_on"),
                createdAt: try row.decode(column: "created_at", as: Date.self),
                wholeCampaign: try row.decode(column: "whole", as: Int.self) == 1,
                figures: figures[id] ?? NormativeCleanupFigures())
        }
    }

    /// The figures as conditional sums over items aliased `i`.
    static let figureColumns: SQLQueryString = """
        COUNT(*) AS total,
        SUM(CASE WHEN i.decision = 'keep' THEN 1 ELSE 0 END) AS keep,
        SUM(CASE WHEN i.decision = 'amend' THEN 1 ELSE 0 END) AS amend,
        SUM(CASE WHEN i.decision = 'repeal' THEN 1 ELSE 0 END) AS repeal,
        SUM(CASE WHEN i.decision = 'declare_expired' THEN 1 ELSE 0 END) AS declare_expired
        """

    static func decodeFigures(_ row: any SQLRow) throws -> NormativeCleanupFigures {
        func n(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
        var figures = NormativeCleanupFigures()
        (figures.total, figures.keep, figures.amend) = (try n("total"), try n("keep"), try n("amend"))
        (figures.repeal, figures.declareExpired) = (try n("repeal"), try n("declare_expired"))
        return figures
    }

    private func figuresByCampaign(only id: UUID?) async throws -> [UUID: NormativeCleanupFigures] {
        let one: SQLQueryString = id.map { "i.cleanup_id = \(bind: $0) AND " } ?? ""
        let rows = try await sql.raw(
            """
            SELECT i.cleanup_id, \(Self.figureColumns)
            FROM normative_cleanup_items i JOIN normative_cleanups c ON c.id = i.cleanup_id
            WHERE \(one)\(visible("i", campaign: "c")) GROUP BY i.cleanup_id
            """
        ).all()
        var figures: [UUID: NormativeCleanupFigures] = [:]
        for row in rows { figures[try row.decode(column: "cleanup_id", as: UUID.self)] = try Self.decodeFigures(row) }
        return figures
    }

    /// Starts a campaign organised by `organiser` (the user's organisation) over the subtree of `covering` (the
    /// user's government), both in the scope, and lists in the same transaction every published document in force
    /// on its first day that was drafted in that subtree.
    public func create(
        _ input: NormativeCleanupInput, organiser: UUID, covering: UUID, by actor: Actor
    ) async throws -> NormativeCleanupRow {
        guard mayRun else { throw Self.officeOnly }
        let valid = try input.validated()
        let organisations = OrganisationRepository(db: db, scope: scope)
        let office = try await organisations.find(organiser)
        let root = try await organisations.find(covering)
        let id = UUID()
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await BulkInsert.run(
                into: "normative_cleanups",
                columns: [
                    "id", "organisation_id", "org_path", "title", "basis", "started_on", "due_on", "created_by",
                    "created_at",
                ],
                rows: [
                    [
                        id, office.id, root.path.value, valid.title, valid.basis, valid.startedOn.iso, valid.dueOn.iso,
                        actor.userID, Date(),
                    ]
                ], on: sql)
            let documents = try await Self.inForce(on: valid.startedOn, under: root.path, sql: sql)
            try await BulkInsert.run(
                into: "normative_cleanup_items", columns: ["id", "cleanup_id", "document_id", "org_path"],
                rows: documents.map { document -> [any Encodable & Sendable] in
                    [UUID(), id, document.id, document.path]
                },
                on: sql)
            try await AuditLog.append(
                .of(
                    "normative.cleanup.create", "normative_cleanup", id: id.uuidString, before: nil as CleanupRecord?,
                    after: CleanupRecord(
                        title: valid.title, basis: valid.basis, startedOn: valid.startedOn.iso, dueOn: valid.dueOn.iso,
                        covering: root.name, documents: documents.count)),
                orgPath: office.path, by: actor, on: tx)
        }
        return try await campaign(id)
    }

    /// The published documents in force on `day` drafted under `root`: in force from their effective day, until
    /// the end of their term, and not ended by a decision (废止, 宣布失效) on or before the day — the same dates
    /// `LawStatusDates.normative` reads.
    static func inForce(on day: CivilDate, under root: OrgPath, sql: any SQLDatabase) async throws
        -> [(id: UUID, path: String)]
    {
        try await sql.raw(
            """
            SELECT d.id, d.org_path FROM normative_documents d
            WHERE \(root.sqlSubtreeRange("d.org_path", on: sql)) AND \(NormativeExpiryRepository.publishedStages)
              AND d.effective_on <= \(bind: day.iso)
              AND (d.expires_on IS NULL OR d.expires_on >= \(bind: day.iso))
              AND (d.decision IS NULL OR d.decision NOT IN ('repeal', 'declare_expired')
                   OR d.decided_on > \(bind: day.iso))
            ORDER BY d.org_path, d.published_on, d.id
            """
        ).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "org_path", as: String.self)) }
    }
}

struct CleanupRecord: Codable {
    var title: String
    var basis: String?
    var startedOn: String
    var dueOn: String
    var covering: String
    var documents: Int
}
