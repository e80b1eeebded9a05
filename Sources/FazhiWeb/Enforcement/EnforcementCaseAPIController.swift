import FazhiCore
import FazhiStore
import SQLKit
import Vapor

/// `/api/v1/enforcement/cases` and `/alerts`: the penalty cases and their alerts, scoped like the pages. Steps are
/// posted as JSON (`CaseStepInput`); files go with the page's multipart form, or as declared hashes in the ingest.
struct EnforcementCaseAPIController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let cases = routes.grouped("enforcement", "cases")
        cases.get(use: list)
        cases.post(use: open)
        cases.get(":id", use: show)
        cases.post(":id", "steps", use: act)
        cases.post(":id", "publication", use: publish)
        cases.post(":id", "publication", "withdraw", use: withdraw)
        let alerts = routes.grouped("enforcement", "alerts")
        alerts.get(use: alertList)
        alerts.post(":id", "close", use: closeAlert)
    }

    /// `?stage&open=true&overdue=true&unpublished=true&q&org&matter&figure&from&to&page`, 50 a page.
    @Sendable func list(req: Request) async throws -> PageDTO<EnforcementCaseDTO> {
        let member = try req.requireMember()
        var v = Validation()
        let stageText = try? req.query.get(String.self, at: "stage")
        let stage = stageText.flatMap(CaseStage.init(rawValue:))
        if let stageText, stage == nil { v.add("stage", "未知的阶段「\(stageText)」") }
        let counted = Self.countedFigure(req, &v)
        let orgText = try? req.query.get(String.self, at: "org")
        if let orgText, UUID(uuidString: orgText) == nil { v.add("org", "执法主体标识「\(orgText)」不正确") }
        try v.check()
        let page = InspectionFindingController.page(req)
        let flag = { (name: String) in (try? req.query.get(String.self, at: name)) == "true" }
        let result = try await req.enforcementCases(member).list(
            CaseFilter(
                stage: stage, open: flag("open"), overdue: flag("overdue"), unpublished: flag("unpublished"),
                words: try? req.query.get(String.self, at: "q"),
                organisationID: orgText.flatMap(UUID.init(uuidString:)),
                matterCode: try? req.query.get(String.self, at: "matter"), counted: counted, limit: Self.pageSize,
                offset: (page - 1) * Self.pageSize))
        return PageDTO(
            items: result.rows.map(EnforcementCaseDTO.init), total: result.total, page: page, perPage: Self.pageSize)
    }

    /// `figure`, `from`, `to` (months): the cases a monthly statistics figure counts; all three or none.
    static func countedFigure(_ req: Request, _ v: inout FazhiCore.Validation) -> CountedFigure? {
        let text = { (name: String) in try? req.query.get(String.self, at: name) }
        guard let figureText = text("figure") else { return nil }
        guard let metric = EnforcementMetric(rawValue: figureText), EnforcementMetric.monthly.contains(metric) else {
            v.add("figure", "「\(figureText)」不是按月统计的指标")
            return nil
        }
        let from = text("from").flatMap(StatisticsMonth.init(text:))
        let to = text("to").flatMap(StatisticsMonth.init(text:))
        if from == nil { v.add("from", "起始月份应为 YYYY-MM") }
        if to == nil { v.add("to", "截止月份应为 YYYY-MM") }
        guard let from, let to else { return nil }
        guard from <= to else {
            v.add("to", "截止月份不能早于起始月份")
            return nil
        }
        return CountedFigure(metric: metric, from: from, to: to)
    }

    /// Opens a case: 立案 (`action: file`) or 当场处罚 (`action: decide_on_spot`).
    @Sendable func open(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let request = try req.json(EnforcementOpenRequest.self)
        let opened = try await req.enforcementCases(member).open(
            body: request.body ?? member.organisation.id, reference: request.reference, request.step, by: req.actor)
        var dto = try await detail(req, member, opened.row.id)
        dto.raised = opened.alerts.map(EnforcementFindingDTO.init)
        return try APIResponse.created(dto, at: "/api/v1/enforcement/cases/\(opened.row.id)")
    }

    @Sendable func show(req: Request) async throws -> EnforcementCaseDTO {
        try await detail(req, try req.requireMember(), try req.idParameter())
    }

    @Sendable func act(req: Request) async throws -> EnforcementCaseDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let result = try await req.enforcementCases(member).act(on: id, try req.json(CaseStepInput.self), by: req.actor)
        var dto = try await detail(req, member, id)
        dto.raised = result.alerts.map(EnforcementFindingDTO.init)
        return dto
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let id = try req.idParameter()
        let publication = try await req.enforcementPublicity(member).publish(
            caseID: id, summary: try req.json(EnforcementPublishRequest.self).summary, by: req.actor)
        return try APIResponse.created(publication, at: "/api/v1/publicity/\(publication.id)")
    }

    @Sendable func withdraw(req: Request) async throws -> PublicationRow {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let id = try req.idParameter()
        let input = try req.json(EnforcementWithdrawRequest.self)
        let publicity = req.enforcementPublicity(member)
        try await publicity.withdraw(caseID: id, changedOn: input.changedOn, reason: input.reason, by: req.actor)
        return try await publicity.publication(ofCase: id)!
    }

    /// `?open=true|false&rule&case&page`, 50 a page.
    @Sendable func alertList(req: Request) async throws -> PageDTO<EnforcementAlertDTO> {
        let member = try req.requireMember()
        let page = InspectionFindingController.page(req)
        let open = (try? req.query.get(String.self, at: "open")).map { $0 != "false" }
        let result = try await EnforcementAlertRepository(db: req.db, scope: member.scope).list(
            EnforcementAlertFilter(
                open: open, caseID: (try? req.query.get(String.self, at: "case")).flatMap(UUID.init(uuidString:)),
                rule: try? req.query.get(String.self, at: "rule"), limit: Self.pageSize,
                offset: (page - 1) * Self.pageSize))
        return PageDTO(
            items: result.rows.map(EnforcementAlertDTO.init), total: result.total, page: page, perPage: Self.pageSize)
    }

    @Sendable func closeAlert(req: Request) async throws -> HTTPStatus {
        let member = try req.requireMember(anyOf: .justice, .admin, .legalUnit)
        try await EnforcementAlertRepository(db: req.db, scope: member.scope).close(
            try req.idParameter(), note: try req.json(EnforcementAlertCloseRequest.self).note, by: req.actor)
        return .noContent
    }

    /// The case with its history, the steps open to the caller and the running deadline explained.
    private func detail(_ req: Request, _ member: Accounts.Member, _ id: UUID) async throws -> EnforcementCaseDTO {
        let repository = req.enforcementCases(member)
        let row = try await repository.find(id)
        var dto = EnforcementCaseDTO(row)
        dto.actions = repository.availableActions(for: row).map(\.rawValue)
        dto.events = try await repository.events(of: id).map(EnforcementCaseEventDTO.init)
        if let deadline = row.facts.runningDeadline(calendar: req.calendar.calendar) {
            dto.deadline = EnforcementDeadlineDTO(
                rule: deadline.ruleID, title: deadline.title, due: deadline.due?.iso,
                explanation: deadline.explanation)
        }
        return dto
    }
}
