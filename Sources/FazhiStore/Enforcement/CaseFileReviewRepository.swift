import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Case-file review campaigns (案卷评查) within a scope. A justice bureau (or administrator) draws a campaign over its
/// scope; reviewers (司法行政, 部门法制员, administrators) score the files within their scope; the rule-of-law office
/// reads; an agency sees its own files once the campaign is published. Every query keeps to the scope's range on
/// the file's agency path (files) or the campaign's scope path.
public struct CaseFileReviewRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    public let roles: Set<Role>
    let calendar: HolidayCalendar

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>, calendar: HolidayCalendar) {
        self.db = db
        self.scope = scope
        self.today = today
        self.roles = roles
        self.calendar = calendar
    }

    /// Who organises campaigns and publishes results.
    public static let organisers: Set<Role> = [.justice, .admin]
    /// Who scores files.
    public static let reviewers: Set<Role> = [.justice, .legalUnit, .admin]
    /// Who sees a campaign before its results are published.
    public static let supervisors: Set<Role> = [.justice, .legalUnit, .admin, .ruleOfLawOffice]

    static let notFound = DomainError.notFound("评查活动不存在，或不在您的管辖范围内")
    static let fileNotFound = DomainError.notFound("评查案卷不存在，或不在您的管辖范围内")

    var sql: any SQLDatabase { db as! any SQLDatabase }
    var supervises: Bool { !roles.isDisjoint(with: Self.supervisors) }
    public var mayOrganise: Bool { !roles.isDisjoint(with: Self.organisers) }
    public var mayReview: Bool { !roles.isDisjoint(with: Self.reviewers) }

    /// The files the member may see: in the scope, and for an agency only once the campaign is published.
    var fileCondition: SQLQueryString {
        let range = scope.root.sqlSubtreeRange("f.org_path", on: sql)
        if supervises { return range }
        return
            "\(range) AND EXISTS (SELECT 1 FROM review_campaigns p WHERE p.id = f.campaign_id AND p.status = 'published')"
    }

    /// The campaigns the member may see: those over the scope, and those with a visible file; newest first.
    public func list() async throws -> [ReviewCampaignRow] {
        try await sql.raw(
            """
            \(ReviewCampaignRow.select) WHERE \(campaignCondition) ORDER BY c.created_at DESC, c.id
            """
        ).all().map(ReviewCampaignRow.decode)
    }

    var campaignCondition: SQLQueryString {
        var owned: SQLQueryString = scope.root.sqlSubtreeRange("c.scope_path", on: sql)
        if !supervises { owned = "(\(owned)) AND c.status = 'published'" }
        return "((\(owned)) OR EXISTS (SELECT 1 FROM review_files f WHERE f.campaign_id = c.id AND \(fileCondition)))"
    }

    /// One campaign, if the member may see it.
    public func find(_ id: UUID) async throws -> ReviewCampaignRow {
        guard
            let row = try await sql.raw("\(ReviewCampaignRow.select) WHERE c.id = \(bind: id) AND \(campaignCondition)")
                .first()
        else { throw Self.notFound }
        var campaign = try ReviewCampaignRow.decode(row)
        if !scope.contains(campaign.scopePath) {
            // Outside the organising scope only the member's own agencies' lists are shown: enough to verify their
            // own draw, and nothing of other agencies' cases.
            let visible = try await sql.raw(
                "SELECT DISTINCT f.organisation_id FROM review_files f WHERE f.campaign_id = \(bind: id) AND \(fileCondition)"
            ).all().map { try $0.decode(column: "organisation_id", as: UUID.self).uuidString.lowercased() }
            campaign.eligible = campaign.eligible.filter { visible.contains($0.key) }
        }
        return campaign
    }

    /// The campaign's files the member may see, by agency and draw position; `agency` narrows to one agency, `vetoed`
    /// and `passed` to the files behind a result figure.
    public func files(of campaign: UUID, agency: UUID? = nil, vetoed: Bool? = nil, passed: Bool? = nil)
        async throws -> [ReviewFileRow]
    {
        let found = try await find(campaign)
        var conditions: [SQLQueryString] = ["f.campaign_id = \(bind: campaign)", fileCondition]
        if let agency { conditions.append("f.organisation_id = \(bind: agency)") }
        if let vetoed { conditions.append("f.stage = 'submitted' AND f.vetoed = \(bind: vetoed)") }
        if let passed {
            let line = found.standard.grades.pass
            conditions.append(
                passed
                    ? "f.stage = 'submitted' AND f.vetoed = \(bind: false) AND f.score >= \(bind: line)"
                    : "f.stage = 'submitted' AND (f.vetoed = \(bind: true) OR f.score < \(bind: line))")
        }
        let condition = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        return try await sql.raw(
            "\(ReviewFileRow.select) WHERE \(condition) ORDER BY o.name, f.organisation_id, f.position"
        ).all().map(ReviewFileRow.decode)
    }

    /// One file with its campaign, if the member may see it.
    public func file(_ id: UUID, in campaign: UUID) async throws -> (campaign: ReviewCampaignRow, file: ReviewFileRow) {
        let found = try await find(campaign)
        guard
            let row = try await sql.raw(
                "\(ReviewFileRow.select) WHERE f.id = \(bind: id) AND f.campaign_id = \(bind: campaign) AND \(fileCondition)"
            ).first()
        else { throw Self.fileNotFound }
        return (found, try ReviewFileRow.decode(row))
    }

    /// The results by agency over the files the member may see.
    public func results(of campaign: ReviewCampaignRow) async throws -> [ReviewAgencyResult] {
        ReviewAgencyResult.of(try await files(of: campaign.id), scale: campaign.standard.grades)
    }
}
