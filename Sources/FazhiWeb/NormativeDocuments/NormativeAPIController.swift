import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/normative`: everything the 规范性文件 workbench pages do, scoped the same way. Steps are posted as JSON
/// (`NormativeStepInput`); files go with the page's multipart form.
struct NormativeAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let normative = routes.grouped("normative")
        normative.get(use: list)
        normative.post(use: create)
        normative.get(":id", use: show)
        normative.put(":id", use: revise)
        normative.post(":id", "steps", use: act)
    }

    /// `?view=review|overdue&stage&kind&q&page`, 50 a page. Unknown values are 422 here (the page leaves them out).
    @Sendable func list(req: Request) async throws -> PageDTO<NormativeDocumentDTO> {
        let member = try req.requireMember()
        let query = NormativeListPage.Query(req)
        var v = Validation()
        if let view = query.view, !["review", "overdue"].contains(view) { v.add("view", "view 应为 review 或 overdue") }
        if query.stage == nil, let stage = try? req.query.get(String.self, at: "stage") {
            v.add("stage", "未知的阶段「\(stage)」")
        }
        if query.kind == nil, let kind = try? req.query.get(String.self, at: "kind") {
            v.add("kind", "未知的文件类别「\(kind)」（government_rule、normative_document）")
        }
        try v.check()
        let page = InspectionFindingController.page(req)
        var filter = query.filter
        (filter.limit, filter.offset) = (NormativeController.pageSize, (page - 1) * NormativeController.pageSize)
        let result = try await req.normative(member).list(filter)
        return PageDTO(
            items: result.rows.map { NormativeDocumentDTO($0, today: req.today) }, total: result.total, page: page,
            perPage: NormativeController.pageSize)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let document = try await req.normative(member).create(
            try req.json(NormativeDraftInput.self), drafter: member.organisation.id, by: req.actor)
        return try APIResponse.created(
            try await detail(req, member, document.id), at: "/api/v1/normative/\(document.id)")
    }

    @Sendable func show(req: Request) async throws -> NormativeDocumentDTO {
        try await detail(req, try req.requireMember(), try req.idParameter())
    }

    /// Replaces a draft's title and text (`kind` is ignored).
    @Sendable func revise(req: Request) async throws -> NormativeDocumentDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        try await req.normative(member).revise(id, try req.json(NormativeDraftInput.self), by: req.actor)
        return try await detail(req, member, id)
    }

    @Sendable func act(req: Request) async throws -> NormativeDocumentDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        try await req.normative(member).act(on: id, try req.json(NormativeStepInput.self), by: req.actor)
        return try await detail(req, member, id)
    }

    /// The document with its history, the steps open to the caller and the current deadline explained.
    private func detail(_ req: Request, _ member: Accounts.Member, _ id: UUID) async throws -> NormativeDocumentDTO {
        let repository = req.normative(member)
        let document = try await repository.document(id)
        let events = try await repository.events(of: id)
        let policy = try await repository.policy(for: document).policy
        var dto = NormativeDocumentDTO(document, today: req.today)
        dto.actions = repository.availableActions(for: document).map(\.rawValue)
        dto.events = events.map(NormativeEventDTO.init)
        if let deadline = repository.currentDeadline(of: document, events: events, policy: policy) {
            dto.deadline = NormativeDeadlineDTO(
                rule: deadline.ruleID, title: deadline.title, due: document.dueOn?.iso,
                explanation: deadline.explanation)
        }
        return dto
    }
}
