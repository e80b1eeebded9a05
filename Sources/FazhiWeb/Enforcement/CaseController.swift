import FazhiCore
import FazhiStore
import Vapor

/// 行政执法 in the workbench: the penalty cases of the member's scope, opening a case (立案 or 当场处罚), a case's page
/// with the step the member may take next, and publishing or withdrawing its decision (执法公示). Every step goes
/// through `CaseRepository` and so through the same recorder and rules as the API and the agencies' systems.
struct CaseController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let enforcement = routes.grouped("enforcement")
        enforcement.get(use: list)
        enforcement.get("new", use: new)
        enforcement.on(.POST, body: .collect(maxSize: UploadLimit.maximum), use: create)
        enforcement.get(":id", use: show)
        enforcement.get(":id", "evidence", ":sha256", use: evidence)
        enforcement.on(.POST, ":id", "steps", body: .collect(maxSize: UploadLimit.maximum), use: act)
        enforcement.post(":id", "publication", use: publish)
        enforcement.post(":id", "publication", "withdraw", use: withdraw)
    }

    /// The cases list: `?view=` (open, all, overdue, unpublished), `stage`, `q`, `page`.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = CaseListPage.Query(req)
        let result = try await req.enforcementCases(member).list(query.filter)
        let context = PageContext(req)
        return Layout.response(
            CaseListPage.view(
                result.rows, total: result.total, query: query,
                mayOpen: !member.user.roles.isDisjoint(with: CaseRepository.handlers), today: req.today, context),
            context: context)
    }

    /// The form to open a case under `?procedure=` (general: 立案; simplified: 当场处罚).
    @Sendable func new(req: Request) async throws -> Response {
        let procedure = (try? req.query.get(String.self, at: "procedure")).flatMap(CaseProcedure.init(rawValue:))
        return try await renderNew(req, procedure: procedure ?? .general, form: CaseStepForm())
    }

    /// Opens a case; a refusal shows the form again with the messages beside the fields.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        var form = try req.content.decode(CaseStepForm.self)
        let procedure: CaseProcedure = form.action == CaseAction.decideOnSpot.rawValue ? .simplified : .general
        do {
            guard let action = form.action.flatMap(CaseAction.init(rawValue:)), action.opensCase else {
                throw DomainError.invalid("action", "请选择普通程序（立案）或简易程序（当场处罚）")
            }
            guard let body = form.bodyID.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.invalid("bodyID", "请选择执法主体")
            }
            let opened = try await req.enforcementCases(member).open(
                body: body, reference: form.reference, form.input, files: form.evidence, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/\(opened.row.id)",
                message: Self.message(action, stage: opened.row.stage, alerts: opened.alerts))
        } catch let error as DomainError {
            form.files = nil
            switch error {
            case .invalid(let fields):
                return try await renderNew(
                    req, procedure: procedure, form: form, errors: fields, status: .unprocessableEntity)
            case .conflict(let message):
                return try await renderNew(req, procedure: procedure, form: form, problem: message, status: .conflict)
            default: throw error
            }
        }
    }

    /// A case's page; `?step=` chooses the step form shown.
    /// A file uploaded with one of the case's steps, if the case is in scope.
    @Sendable func evidence(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let sha256 = req.parameters.get("sha256") ?? ""
        let repository = req.enforcementCases(member)
        let events = try await repository.events(of: try req.idParameter())
        let uploaded = events.filter { $0.source != "ingest" }.flatMap(\.evidence)
        guard let file = uploaded.first(where: { $0.sha256 == sha256 }),
            let content = try await repository.evidenceContent(sha256)
        else { throw DomainError.notFound("材料不存在，或不在您的管辖范围内") }
        return Download.response(content, name: file.name, type: "application/octet-stream")
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(
            req, page: CasePage.Model.Posted(form: CaseStepForm(action: try? req.query.get(String.self, at: "step"))))
    }

    /// Takes a step. Field errors show beside the fields (422); a refusal by the case's state or a rule of law
    /// without a field shows above the form (409). Nothing is recorded either way.
    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        var form = try req.content.decode(CaseStepForm.self)
        do {
            let result = try await req.enforcementCases(member).act(
                on: id, form.input, files: form.evidence, by: req.actor)
            let action = form.action.flatMap(CaseAction.init(rawValue:)) ?? .investigate
            return Flash.redirect(
                req, to: "/enforcement/\(id)",
                message: Self.message(action, stage: result.row.stage, alerts: result.alerts))
        } catch let error as DomainError {
            form.files = nil
            switch error {
            case .invalid(let fields):
                return try await render(
                    req, page: .init(form: form, errors: fields), status: .unprocessableEntity)
            case .conflict(let message):
                return try await render(req, page: .init(form: form, problem: message), status: .conflict)
            default: throw error
            }
        }
    }

    /// Publishes the case's decision with a summary (执法公示).
    @Sendable func publish(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let id = try req.idParameter()
        let form = try req.content.decode(CasePublicityForm.self)
        do {
            try await req.enforcementPublicity(member).publish(caseID: id, summary: form.summary ?? "", by: req.actor)
            return Flash.redirect(req, to: "/enforcement/\(id)#publicity", message: "已公示处罚决定。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, page: .init(publicityAction: "publish", publicity: form, publicityErrors: error.fields),
                status: .unprocessableEntity)
        }
    }

    /// Withdraws the case's publication: the decision was changed, revoked, or found unlawful or void.
    @Sendable func withdraw(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let id = try req.idParameter()
        let form = try req.content.decode(CasePublicityForm.self)
        do {
            try await req.enforcementPublicity(member).withdraw(
                caseID: id, changedOn: form.changedOn ?? "", reason: form.reason ?? "", by: req.actor)
            return Flash.redirect(req, to: "/enforcement/\(id)#publicity", message: "已撤回公示，并公开说明理由。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(
                req, page: .init(publicityAction: "withdraw", publicity: form, publicityErrors: error.fields),
                status: .unprocessableEntity)
        }
    }

    /// 「已告知。案件现处于「已告知（陈述申辩）」阶段。」, or with the alerts the step raised. The flash is shown as
    /// markup, so the text is escaped here.
    static func message(_ action: CaseAction, stage: CaseStage, alerts: [CaseFinding]) -> String {
        guard !alerts.isEmpty else { return "已\(action.label)。案件现处于「\(stage.label)」阶段。" }
        // A cookie holds about 4 KB: the first three alerts in full, the rest counted.
        var text = alerts.prefix(3).map { "\($0.title)——\($0.explained)" }.joined(separator: "；")
        if alerts.count > 3 { text += "；等\(alerts.count)条" }
        return HTMLEscape.escape("已记录，并产生预警：\(text)")
    }

    private func renderNew(
        _ req: Request, procedure: CaseProcedure, form: CaseStepForm, errors: [FieldError] = [],
        problem: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let model = CaseNewPage.Model(
            procedure: procedure, bodies: try await req.enforcementCases(member).bodies(), form: form, today: req.today,
            errors: errors, problem: problem)
        let context = PageContext(req)
        return Layout.response(CaseNewPage.view(model, context), context: context, status: status)
    }

    private func render(_ req: Request, page posted: CasePage.Model.Posted, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let model = try await CasePage.Model.query(req, posted: posted)
        let context = PageContext(req)
        return Layout.response(CasePage.view(model, context), context: context, status: status)
    }
}
