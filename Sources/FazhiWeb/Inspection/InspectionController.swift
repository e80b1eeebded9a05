import FazhiCore
import FazhiStore
import Vapor

/// 督察整改: the inspection campaigns in the user's scope, starting one, a campaign's findings with its figures,
/// recording a finding, and the list of findings (问题清单) as Excel or CSV.
struct InspectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let inspections = routes.grouped("inspections")
        inspections.get(use: list)
        inspections.post(use: create)
        inspections.get(":id", use: show)
        inspections.post(":id", "findings", use: addFinding)
        inspections.get(":id", "export.csv", use: export)
        inspections.get(":id", "export.xlsx", use: export)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(req, form: InspectionCampaignInput(title: nil, startedOn: req.today.iso), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(InspectionCampaignInput.self)
        do {
            let campaign = try await req.inspections(member).createCampaign(
                form, office: member.organisation.id, by: req.actor)
            return Flash.redirect(req, to: "/inspections/\(campaign.id)", message: "已创建督察，请录入反馈问题。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await renderCampaign(
            req, form: InspectionFindingInput(organisationID: nil, kind: nil, description: nil, deadline: nil),
            errors: [])
    }

    @Sendable func addFinding(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(InspectionFindingInput.self)
        do {
            let finding = try await req.inspections(member).addFinding(to: id, form, by: req.actor)
            return Flash.redirect(req, to: "/inspections/\(id)", message: "已录入问题 \(finding.number)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderCampaign(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// `export.csv` or `export.xlsx`.
    @Sendable func export(req: Request) async throws -> Response {
        try Download.table(try await exportTable(req), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    private func exportTable(_ req: Request) async throws -> TableExport {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let campaign = try await inspections.campaign(try req.idParameter())
        let findings = try await inspections.findings(
            InspectionFindingFilter(campaignID: campaign.id, limit: 1_000_000)
        ).rows
        return InspectionExport.table(campaign, findings: findings)
    }

    private func renderList(
        _ req: Request, form: InspectionCampaignInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let campaigns = try await inspections.campaigns()
        let context = PageContext(req)
        return Layout.response(
            InspectionListPage.view(
                campaigns, mayInspect: inspections.mayInspect, form: form, errors: errors, today: req.today, context),
            context: context, status: status)
    }

    private func renderCampaign(
        _ req: Request, form: InspectionFindingInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let campaign = try await inspections.campaign(try req.idParameter())
        let filter = InspectionFindingFilter(campaignID: campaign.id, limit: 1_000)
        let findings = try await inspections.findings(filter)
        let statistics = try await inspections.statistics(filter)
        let mayRecord = inspections.mayInspect && campaign.wholeCampaign
        let units = mayRecord ? try await req.organisations(member).list(includeInactive: false) : []
        let context = PageContext(req)
        return Layout.response(
            InspectionCampaignPage.view(
                InspectionCampaignPage.Model(
                    campaign: campaign, findings: findings.rows, total: findings.total, statistics: statistics,
                    units: units, mayRecord: mayRecord, form: form, errors: errors),
                context),
            context: context, status: status)
    }
}
