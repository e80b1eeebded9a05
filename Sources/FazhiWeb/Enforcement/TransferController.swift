import FazhiCore
import FazhiStore
import Vapor

/// `/enforcement/transfers`: transfers of suspected crimes to the police (两法衔接). The agency reports and records
/// each step; the procuratorate (检察监督) reads and records 立案监督 opinions; the scope's other members read.
struct TransferController: RouteCollection {
    static let pageSize = 50

    func boot(routes: any RoutesBuilder) throws {
        let transfers = routes.grouped("enforcement", "transfers")
        transfers.get(use: list)
        transfers.get("new", use: new)
        transfers.post(use: create)
        transfers.get(":id", use: show)
        transfers.post(":id", "steps", use: act)
        transfers.post(":id", "opinions", use: opinion)
    }

    /// The transfers by `?view=` (open, all, overdue), `stage`, `q`, `case`, `page`.
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = TransferListPage.Query(req)
        let repository = try await req.transfers(member)
        let result = try await repository.list(query.filter)
        let context = PageContext(req)
        return Layout.response(
            TransferListPage.view(
                result.rows, total: result.total, query: query, mayReport: repository.mayReport, today: req.today,
                context),
            context: context)
    }

    /// The report form, for `?case=…` when it comes from a penalty case.
    @Sendable func new(req: Request) async throws -> Response {
        let form = TransferReportForm(
            case: try? req.query.get(String.self, at: "case"), reportedOn: req.today.iso)
        return try await renderNew(req, form: form)
    }

    /// Records the report; field errors beside the fields (422), a refusal above the form (409).
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        let form = try req.content.decode(TransferReportForm.self)
        do {
            let row = try await req.transfers(member).report(form.input, caseID: form.caseID, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/transfers/\(row.id)",
                message: "已登记移送报告，负责人应于\(row.dueOn ?? "")前作出是否批准移送的决定。")
        } catch let error as DomainError {
            switch error {
            case .invalid(let fields):
                return try await renderNew(req, form: form, errors: fields, status: .unprocessableEntity)
            case .conflict(let message):
                return try await renderNew(req, form: form, problem: message, status: .conflict)
            default: throw error
            }
        }
    }

    /// One transfer: the facts, the running period with 「期限如何计算」, the step form, opinions, the history.
    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, posted: TransferPage.Posted())
    }

    /// Records a step; nothing is recorded on a refusal.
    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(TransferStepForm.self)
        do {
            let row = try await req.transfers(member).act(on: id, form.input, by: req.actor)
            let action = form.action.flatMap(TransferAction.init(rawValue:)) ?? .approve
            let due = row.dueOn.map { "，下一期限至\($0)\(row.dueTime.map { " \($0)" } ?? "")" } ?? ""
            return Flash.redirect(
                req, to: "/enforcement/transfers/\(id)",
                message: "已记录「\(action.label)」。移送现处于「\(row.stage.label)」\(due)。")
        } catch let error as DomainError {
            switch error {
            case .invalid(let fields):
                return try await render(
                    req, posted: .init(step: form, errors: fields), status: .unprocessableEntity)
            case .conflict(let message):
                return try await render(req, posted: .init(step: form, problem: message), status: .conflict)
            default: throw error
            }
        }
    }

    /// Records a procuratorate's 立案监督 opinion.
    @Sendable func opinion(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .procuratorate)
        let id = try req.idParameter()
        let form = try req.content.decode(TransferOpinionForm.self)
        do {
            _ = try await req.transfers(member).opinion(on: id, TransferOpinionInput(text: form.text), by: req.actor)
            return Flash.redirect(req, to: "/enforcement/transfers/\(id)", message: "已记录立案监督意见。")
        } catch let error as DomainError {
            guard case .invalid(let fields) = error else { throw error }
            return try await render(
                req, posted: .init(opinion: form.text, errors: fields), status: .unprocessableEntity)
        }
    }

    private func renderNew(
        _ req: Request, form: TransferReportForm, errors: [FieldError] = [], problem: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember(anyOf: .officer, .legalUnit, .admin)
        var linked: CaseRow? = nil
        if let caseID = form.caseID { linked = try await req.enforcementCases(member).find(caseID) }
        let context = PageContext(req)
        return Layout.response(
            TransferNewPage.view(.init(linked: linked, form: form, errors: errors, problem: problem), context),
            context: context, status: status)
    }

    private func render(_ req: Request, posted: TransferPage.Posted, status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let repository = try await req.transfers(member)
        let id = try req.idParameter()
        let row = try await repository.find(id)
        let model = TransferPage.Model(
            row: row, deadline: repository.deadline(for: row), actions: repository.availableActions(for: row),
            mayGiveOpinion: repository.mayGiveOpinion, events: try await repository.events(of: id), today: req.today,
            posted: posted)
        let context = PageContext(req)
        return Layout.response(TransferPage.view(model, context), context: context, status: status)
    }
}
