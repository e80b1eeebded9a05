import FazhiCore
import Fluent
import Foundation
import SQLKit

extension InspectionRepository {
    static let findingColumns: SQLQueryString = """
        f.id, f.campaign_id, c.title AS campaign_title, f.number, f.organisation_id, o.name AS organisation_name,
        f.kind, f.description, f.requirement, f.raised_on, f.deadline, f.status, f.reported_on, f.closed_on,
        f.reopened_count, f.extended_count, f.campaign_path, f.org_path
        """

    static let findingJoins: SQLQueryString = """
        inspection_findings f JOIN inspection_campaigns c ON c.id = f.campaign_id
        JOIN organisations o ON o.id = f.organisation_id
        """

    /// The conditions of `filter` on findings aliased `f`, after the scope's own.
    func conditions(_ filter: InspectionFindingFilter) -> SQLQueryString {
        var parts: [SQLQueryString] = [visible("f")]
        if let campaign = filter.campaignID { parts.append("f.campaign_id = \(bind: campaign)") }
        if let unit = filter.organisationID { parts.append("f.organisation_id = \(bind: unit)") }
        if let kind = filter.kind { parts.append("f.kind = \(bind: kind.rawValue)") }
        if let year = filter.year {
            parts.append("f.raised_on >= \(bind: "\(year)-01-01") AND f.raised_on <= \(bind: "\(year)-12-31")")
        }
        switch filter.standing {
        case .open?: parts.append("f.status = 'open' AND f.deadline >= \(bind: today.iso)")
        case .overdue?: parts.append("f.status = 'open' AND f.deadline < \(bind: today.iso)")
        case .submitted?: parts.append("f.status = 'submitted'")
        case .closed?: parts.append("f.status = 'closed'")
        case nil: break
        }
        return parts.joined(separator: " AND ")
    }

    /// The findings `filter` selects, by campaign and number, with how many there are in all.
    public func findings(_ filter: InspectionFindingFilter) async throws -> (rows: [InspectionFindingRow], total: Int) {
        let count =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM inspection_findings f WHERE \(conditions(filter))"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            SELECT \(Self.findingColumns) FROM \(Self.findingJoins) WHERE \(conditions(filter))
            ORDER BY c.started_on DESC, f.campaign_id, f.number
            LIMIT \(unsafeRaw: String(max(0, filter.limit))) OFFSET \(unsafeRaw: String(max(0, filter.offset)))
            """
        ).all()
        return (try rows.map(decodeFinding), count)
    }

    /// One finding, if the scope may see it.
    public func finding(_ id: UUID) async throws -> InspectionFindingRow {
        guard
            let row = try await sql.raw(
                "SELECT \(Self.findingColumns) FROM \(Self.findingJoins) WHERE f.id = \(bind: id) AND \(visible("f"))"
            ).first()
        else { throw Self.notFound }
        return try decodeFinding(row)
    }

    func decodeFinding(_ row: any SQLRow) throws -> InspectionFindingRow {
        let status = InspectionFindingStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open
        let deadline = try CivilDate.column(row, "deadline")
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap(CivilDate.init(iso:))
        }
        return InspectionFindingRow(
            id: try row.decode(column: "id", as: UUID.self),
            campaignID: try row.decode(column: "campaign_id", as: UUID.self),
            campaignTitle: try row.decode(column: "campaign_title", as: String.self),
            number: try row.decode(column: "number", as: Int.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            kind: InspectionFindingKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
            description: try row.decode(column: "description", as: String.self),
            requirement: try row.decode(column: "requirement", as: String?.self),
            raisedOn: try CivilDate.column(row, "raised_on"), deadline: deadline, status: status,
            reportedOn: try date("reported_on"), closedOn: try date("closed_on"),
            reopenedCount: try row.decode(column: "reopened_count", as: Int.self),
            extendedCount: try row.decode(column: "extended_count", as: Int.self),
            standing: InspectionFindingStanding(status, deadline: deadline, today: today),
            ownCampaign: scope.contains(OrgPath(value: try row.decode(column: "campaign_path", as: String.self))),
            unitInScope: scope.contains(OrgPath(value: try row.decode(column: "org_path", as: String.self))))
    }

    /// Records a finding of a campaign the scope runs, addressed to a unit in the scope, numbered after the last.
    public func addFinding(to campaignID: UUID, _ input: InspectionFindingInput, by actor: Actor) async throws
        -> InspectionFindingRow
    {
        let campaign = try await campaign(campaignID)
        guard mayInspect, campaign.wholeCampaign else { throw Self.officeOnly }
        let valid = try input.validated(today: today)
        let unit: Organisation
        do {
            unit = try await OrganisationRepository(db: db, scope: scope).find(valid.organisationID)
        } catch DomainError.notFound {
            throw DomainError.invalid("organisationID", "整改责任单位不存在，或不在您的管辖范围内")
        }
        let campaignPath =
            try await sql.raw(
                "SELECT org_path FROM inspection_campaigns WHERE id = \(bind: campaignID)"
            ).first()?.decode(column: "org_path", as: String.self) ?? scope.root.value
        let id = UUID()
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let last = try await sql.raw(
                "SELECT MAX(number) AS n FROM inspection_findings WHERE campaign_id = \(bind: campaignID)"
            ).first()?.decode(column: "n", as: Int?.self)
            let number = (last ?? 0) + 1
            try await BulkInsert.run(
                into: "inspection_findings",
                columns: [
                    "id", "campaign_id", "campaign_path", "number", "organisation_id", "org_path", "kind",
                    "description", "requirement", "raised_on", "deadline", "status", "reopened_count",
                    "extended_count", "updated_at",
                ],
                rows: [
                    [
                        id, campaignID, campaignPath, number, unit.id, unit.path.value, valid.kind.rawValue,
                        valid.description, valid.requirement, valid.raisedOn.iso, valid.deadline.iso,
                        InspectionFindingStatus.open.rawValue, 0, 0, Date(),
                    ]
                ], on: sql)
            try await AuditLog.append(
                .of(
                    "inspection.finding.create", "inspection_finding", id: id.uuidString,
                    before: nil as FindingRecord?,
                    after: FindingRecord(
                        campaign: campaignID.uuidString, number: number, unit: unit.name, kind: valid.kind.rawValue,
                        description: valid.description, requirement: valid.requirement,
                        raisedOn: valid.raisedOn.iso, deadline: valid.deadline.iso)),
                orgPath: OrgPath(value: campaignPath), by: actor, on: tx)
        }
        return try await finding(id)
    }

    /// The reports and decisions on a finding, oldest first.
    public func events(of findingID: UUID) async throws -> [InspectionEventRow] {
        _ = try await finding(findingID)
        return try await sql.raw(
            """
            SELECT e.id, e.action, o.name AS organisation_name, e.author_name, e.at, e.body, e.deadline, e.evidence
            FROM inspection_events e JOIN organisations o ON o.id = e.organisation_id
            WHERE e.finding_id = \(bind: findingID) ORDER BY e.at, e.id
            """
        ).all().map { row in
            InspectionEventRow(
                id: try row.decode(column: "id", as: UUID.self),
                action: InspectionAction(rawValue: try row.decode(column: "action", as: String.self)) ?? .report,
                organisationName: try row.decode(column: "organisation_name", as: String.self),
                authorName: try row.decode(column: "author_name", as: String.self),
                at: try row.decode(column: "at", as: Date.self), body: try row.decode(column: "body", as: String.self),
                deadline: try row.decode(column: "deadline", as: String?.self).flatMap(CivilDate.init(iso:)),
                evidence: try JSONDecoder().decode(
                    [EvidenceFile].self, from: Data(try row.decode(column: "evidence", as: String.self).utf8)))
        }
    }
}

struct FindingRecord: Codable {
    var campaign: String
    var number: Int
    var unit: String
    var kind: String
    var description: String
    var requirement: String?
    var raisedOn: String
    var deadline: String
}
