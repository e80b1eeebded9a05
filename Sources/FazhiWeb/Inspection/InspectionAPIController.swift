import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/inspections`: everything the 督察整改 pages do, for systems that integrate, scoped the same way.
struct InspectionAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let inspections = routes.grouped("inspections")
        inspections.get(use: list)
        inspections.post(use: create)
        inspections.get("findings", use: findings)
        inspections.get("statistics", use: statistics)
        inspections.get("findings", ":id", use: finding)
        inspections.on(.POST, "findings", ":id", "actions", body: .collect(maxSize: UploadLimit.maximum), use: act)
        inspections.get(":id", use: show)
        inspections.post(":id", "findings", use: addFinding)
    }

    @Sendable func list(req: Request) async throws -> [InspectionCampaignDTO] {
        let member = try req.requireMember()
        return try await req.inspections(member).campaigns().map(InspectionCampaignDTO.init)
    }

    /// Starts a campaign run by the caller's organisation.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let input = try req.json(InspectionCampaignInput.self)
        let campaign = try await req.inspections(member).createCampaign(
            input, office: member.organisation.id, by: req.actor)
        return try APIResponse.created(InspectionCampaignDTO(campaign), at: "/api/v1/inspections/\(campaign.id)")
    }

    @Sendable func show(req: Request) async throws -> InspectionCampaignDTO {
        let member = try req.requireMember()
        return InspectionCampaignDTO(try await req.inspections(member).campaign(try req.idParameter()))
    }

    @Sendable func addFinding(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let input = try req.json(InspectionFindingInput.self)
        let finding = try await req.inspections(member).addFinding(to: try req.idParameter(), input, by: req.actor)
        return try APIResponse.created(InspectionFindingDTO(finding), at: "/api/v1/inspections/findings/\(finding.id)")
    }

    /// `?campaign&unit&kind&standing&year&page`, 100 a page.
    @Sendable func findings(req: Request) async throws -> PageDTO<InspectionFindingDTO> {
        let member = try req.requireMember()
        let page = InspectionFindingController.page(req)
        var filter = try InspectionFindingController.filter(req, strict: true)
        filter.limit = InspectionFindingController.pageSize
        filter.offset = (page - 1) * InspectionFindingController.pageSize
        let result = try await req.inspections(member).findings(filter)
        return PageDTO(
            items: result.rows.map { InspectionFindingDTO($0) }, total: result.total, page: page,
            perPage: InspectionFindingController.pageSize)
    }

    /// The figures of the findings `?campaign&unit&kind&standing&year` selects: in all, by unit, by kind.
    @Sendable func statistics(req: Request) async throws -> RectificationStatisticsDTO {
        let member = try req.requireMember()
        return RectificationStatisticsDTO(
            try await req.inspections(member).statistics(try InspectionFindingController.filter(req, strict: true)))
    }

    @Sendable func finding(req: Request) async throws -> InspectionFindingDTO {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let finding = try await inspections.finding(try req.idParameter())
        return InspectionFindingDTO(finding, events: try await inspections.events(of: finding.id))
    }

    /// The unit's report or the office's decision.
    @Sendable func act(req: Request) async throws -> InspectionFindingDTO {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let id = try req.idParameter()
        try await inspections.act(on: id, try req.json(InspectionActionRequest.self).input(), by: req.actor)
        return InspectionFindingDTO(try await inspections.finding(id), events: try await inspections.events(of: id))
    }
}
