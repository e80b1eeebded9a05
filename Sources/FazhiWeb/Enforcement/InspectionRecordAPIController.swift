import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/inspections`: inspections of enterprises (涉企检查), one at a time or in batches of up to
/// 1,000, each recognised by its `clientId` (a record sent again changes nothing), and the repeated-inspection alerts.
struct EnterpriseInspectionAPIController: RouteCollection {
    static let pageSize = 100

    func boot(routes: any RoutesBuilder) throws {
        let inspections = routes.grouped("enforcement", "inspections")
        inspections.get(use: list)
        inspections.post(use: create)
        inspections.on(.POST, "batch", body: .collect(maxSize: "8mb"), use: batch)
        inspections.get("alerts", use: alerts)
    }

    /// `?q=` (credit code or name), `kind`, `alerted=true`, `page`.
    @Sendable func list(req: Request) async throws -> PageDTO<EnterpriseInspectionDTO> {
        let member = try req.requireMember()
        let page = InspectionFindingController.page(req)
        var filter = EnterpriseInspectionListPage.Query(req).filter
        filter.limit = Self.pageSize
        filter.offset = (page - 1) * Self.pageSize
        let result = try await req.enterpriseInspections(member).list(filter)
        return PageDTO(
            items: result.rows.map(EnterpriseInspectionDTO.init), total: result.total, page: page,
            perPage: Self.pageSize)
    }

    /// Records one inspection: 201 with the record (and any alert it raised), 200 with the stored record when the
    /// client id was sent before, 422 with the fields when refused.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let request = try req.json(EnterpriseInspectionRequest.self)
        let body = request.body ?? member.organisation.id
        let repository = req.enterpriseInspections(member)
        let outcome = try await repository.record(body: body, [request.record], source: "api", by: req.actor).first
        let response = EnterpriseInspectionBatchResponse([request.record], outcome.map { [$0] } ?? [])
        guard let result = response.results.first else { throw Abort(.internalServerError) }
        switch outcome {
        case .refused(let error): throw error
        case .applied:
            return try APIResponse.created(
                result, at: "/api/v1/enforcement/inspections?q=\(request.record.creditCode ?? "")")
        default:
            let answer = Response(status: .ok)
            try answer.content.encode(result)
            return answer
        }
    }

    /// Records a batch for one body in one transaction, each record answered `applied`, `duplicate` or `refused`.
    @Sendable func batch(req: Request) async throws -> EnterpriseInspectionBatchResponse {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let request = try req.json(EnterpriseInspectionBatchRequest.self)
        let outcomes = try await req.enterpriseInspections(member).record(
            body: request.body ?? member.organisation.id, request.inspections, source: "api", by: req.actor)
        return EnterpriseInspectionBatchResponse(request.inspections, outcomes)
    }

    /// The repeated-inspection alerts over inspections in scope: `?open=true` (default), `false`, or `all`.
    @Sendable func alerts(req: Request) async throws -> [RepeatedInspectionAlertDTO] {
        let member = try req.requireMember()
        let open: Bool? =
            switch try? req.query.get(String.self, at: "open") {
            case "false": false
            case "all": nil
            default: true
            }
        return try await req.enterpriseInspections(member).alerts(open: open, limit: 200).map(
            RepeatedInspectionAlertDTO.init)
    }
}
