import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Inspection (督察) and rectification (整改) within a scope. The office that runs a campaign (its organisation in
/// the scope) sees all of it and decides on its findings; a unit sees the findings addressed to its subtree and
/// reports on them. Nobody sees a campaign that neither belongs to nor addresses their subtree.
public struct InspectionRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    /// Whether the user may run campaigns and decide on findings (`Role.supervisoryOffice`), within the scope.
    public let mayInspect: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayInspect = !roles.isDisjoint(with: Role.supervisoryOffice)
    }

    static let notFound = DomainError.notFound("督察或问题不存在，或不在您的管辖范围内")
    static let officeOnly = DomainError.forbidden("只有组织督察的法治政府建设办公室或司法行政机关可以进行此操作")

    var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Findings the scope may see: those of campaigns it runs, and those addressed to its subtree.
    func visible(_ f: String) -> SQLQueryString {
        """
        (\(scope.root.sqlSubtreeRange("\(f).campaign_path", on: sql)) \
        OR \(scope.root.sqlSubtreeRange("\(f).org_path", on: sql)))
        """
    }

    /// The figures of `RectificationFigures` as conditional sums over findings aliased `f`.
    func figureColumns(_ f: String) -> SQLQueryString {
        """
        COUNT(*) AS total,
        SUM(CASE WHEN \(unsafeRaw: f).status = 'closed' THEN 1 ELSE 0 END) AS closed,
        SUM(CASE WHEN \(unsafeRaw: f).status = 'closed'
                  AND COALESCE(\(unsafeRaw: f).reported_on, \(unsafeRaw: f).closed_on) <= \(unsafeRaw: f).deadline
             THEN 1 ELSE 0 END) AS closed_on_time,
        SUM(CASE WHEN \(unsafeRaw: f).status = 'open' AND \(unsafeRaw: f).deadline < \(bind: today.iso)
             THEN 1 ELSE 0 END) AS overdue,
        SUM(CASE WHEN \(unsafeRaw: f).status = 'submitted' THEN 1 ELSE 0 END) AS submitted
        """
    }

    func decodeFigures(_ row: any SQLRow) throws -> RectificationFigures {
        func n(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
        return RectificationFigures(
            total: try n("total"), closed: try n("closed"), closedOnTime: try n("closed_on_time"),
            overdue: try n("overdue"), submitted: try n("submitted"))
    }

    /// The campaigns the scope runs or answers in, newest first, with the figures of the findings it sees.
    public func campaigns() async throws -> [InspectionCampaignRow] { try await listings(only: nil) }

    /// One campaign, if the scope may see it.
    public func campaign(_ id: UUID) async throws -> InspectionCampaignRow {
        guard let campaign = try await listings(only: id).first else { throw Self.notFound }
        return campaign
    }

    private func listings(only id: UUID?) async throws -> [InspectionCampaignRow] {
        let owned = scope.root.sqlSubtreeRange("c.org_path", on: sql)
        let one: SQLQueryString = id.map { "c.id = \(bind: $0) AND " } ?? ""
        let rows = try await sql.raw(
            """
            SELECT c.id, c.title, c.basis, c.started_on, c.ended_on, c.created_at, o.name AS organisation_name,
                   CASE WHEN \(owned) THEN 1 ELSE 0 END AS whole
            FROM inspection_campaigns c JOIN organisations o ON o.id = c.organisation_id
            WHERE \(one)(\(owned) OR EXISTS (SELECT 1 FROM inspection_findings f WHERE f.campaign_id = c.id
                                               AND \(scope.root.sqlSubtreeRange("f.org_path", on: sql))))
            ORDER BY c.started_on DESC, c.created_at DESC
            """
        ).all()
        let figures = try await figuresByCampaign(only: id)
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return InspectionCampaignRow(
                id: id, title: try row.decode(column: "title", as: String.self),
                basis: try row.decode(column: "basis", as: String?.self),
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                startedOn: try CivilDate.column(row, "started_on"),
                endedOn: try row.decode(column: "ended_on", as: String?.self).flatMap(CivilDate.init(iso:)),
                createdAt: try row.decode(column: "created_at", as: Date.self),
                wholeCampaign: try row.decode(column: "whole", as: Int.self) == 1,
                figures: figures[id] ?? RectificationFigures())
        }
    }

    private func figuresByCampaign(only id: UUID?) async throws -> [UUID: RectificationFigures] {
        let one: SQLQueryString = id.map { "f.campaign_id = \(bind: $0) AND " } ?? ""
        let rows = try await sql.raw(
            """
            SELECT f.campaign_id, \(figureColumns("f")) FROM inspection_findings f
            WHERE \(one)\(visible("f")) GROUP BY f.campaign_id
            """
        ).all()
        var figures: [UUID: RectificationFigures] = [:]
        for row in rows { figures[try row.decode(column: "campaign_id", as: UUID.self)] = try decodeFigures(row) }
        return figures
    }

    /// Starts a campaign run by the user's own organisation (`office`), which must be in the scope.
    public func createCampaign(_ input: InspectionCampaignInput, office: UUID, by actor: Actor) async throws
        -> InspectionCampaignRow
    {
        guard mayInspect else { throw Self.officeOnly }
        let valid = try input.validated()
        let organisation = try await OrganisationRepository(db: db, scope: scope).find(office)
        let id = UUID()
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await BulkInsert.run(
                into: "inspection_campaigns",
                columns: [
                    "id", "organisation_id", "org_path", "title", "basis", "started_on", "ended_on", "created_by",
                    "created_at",
                ],
                rows: [
                    [
                        id, organisation.id, organisation.path.value, valid.title, valid.basis, valid.startedOn.iso,
                        valid.endedOn?.iso, actor.userID, Date(),
                    ]
                ], on: sql)
            try await AuditLog.append(
                .of(
                    "inspection.create", "inspection_campaign", id: id.uuidString, before: nil as CampaignRecord?,
                    after: CampaignRecord(
                        title: valid.title, basis: valid.basis, startedOn: valid.startedOn.iso,
                        endedOn: valid.endedOn?.iso)),
                orgPath: organisation.path, by: actor, on: tx)
        }
        return try await campaign(id)
    }
}

struct CampaignRecord: Codable {
    var title: String
    var basis: String?
    var startedOn: String
    var endedOn: String?
}

extension CivilDate {
    /// A required `YYYY-MM-DD` column.
    static func column(_ row: any SQLRow, _ column: String) throws -> CivilDate {
        let text = try row.decode(column: column, as: String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column): \(text)"))
        }
        return date
    }
}
