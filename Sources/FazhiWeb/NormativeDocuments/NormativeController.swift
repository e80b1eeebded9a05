import FazhiCore
import FazhiStore
import Vapor

/// 规范性文件 in the workbench: the documents of the member's scope (drafted there or filed with it), starting a draft,
/// a document's page with the step the member may take next, revising a draft, and the files attached to steps.
struct NormativeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let normative = routes.grouped("normative")
        normative.get(use: list)
        normative.get("new", use: new)
        normative.on(.POST, body: .collect(maxSize: UploadLimit.maximum), use: create)
        normative.get(":id", use: show)
        normative.on(.POST, ":id", "steps", body: .collect(maxSize: UploadLimit.maximum), use: act)
        normative.post(":id", "revise", use: revise)
        normative.get(":id", "evidence", ":sha256", use: evidence)
    }

    /// The new-draft form: typed text, or a file (.docx or UTF-8 text) whose text replaces it.
    struct DraftForm: Content {
        var kind: String?
        var title: String?
        var body: String?
        var organisationID: String?
        var file: File?
    }

    /// The revision form's fields have their own names, as the page also holds a step form with a `body`.
    struct ReviseForm: Content {
        var revisedTitle: String?
        var revisedBody: String?
    }

    struct StepForm: Content {
        var action: String?
        var body: String?
        var opensOn: String?
        var closesOn: String?
        var opinion: String?
        var meeting: String?
        var meetingOn: String?
        var adopted: String?
        var numberCode: String?
        var publishedOn: String?
        var effectiveOn: String?
        var expiresOn: String?
        var outcome: String?
        var decision: String?
        var files: [File]?

        var input: NormativeStepInput {
            NormativeStepInput(
                action: action, body: body, opensOn: opensOn, closesOn: closesOn, opinion: opinion, meeting: meeting,
                meetingOn: meetingOn, adopted: adopted, numberCode: numberCode, publishedOn: publishedOn,
                effectiveOn: effectiveOn, expiresOn: expiresOn, outcome: outcome, decision: decision)
        }
    }

    static let pageSize = 50

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let query = NormativeListPage.Query(req)
        let page = InspectionFindingController.page(req)
        var filter = query.filter
        (filter.limit, filter.offset) = (Self.pageSize, (page - 1) * Self.pageSize)
        let result = try await req.normative(member).list(filter)
        let context = PageContext(req)
        return Layout.response(
            NormativeListPage.view(
                result.rows, total: result.total, query: query, page: page, roles: member.user.roles,
                today: req.today, context),
            context: context)
    }

    @Sendable func new(req: Request) async throws -> Response {
        try await renderNew(req, form: DraftForm(kind: NormativeKind.normativeDocument.rawValue), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        var form = try req.content.decode(DraftForm.self)
        do {
            if let file = form.file, file.data.readableBytes > 0 {
                do {
                    form.body = try PlanText.decode(Data(buffer: file.data))
                } catch {
                    throw DomainError.invalid("file", "文件「\(file.filename)」无法读取：\(error.message)")
                }
            }
            let document = try await req.normative(member).create(
                NormativeDraftInput(
                    kind: form.kind, title: form.title, body: form.body, organisationID: form.organisationID),
                drafter: member.organisation.id, by: req.actor)
            return Flash.redirect(req, to: "/normative/\(document.id)", message: "已创建草案。起草完成后，进入评估论证。")
        } catch let error as DomainError where !error.fields.isEmpty {
            form.file = nil
            return try await renderNew(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, form: StepForm(action: try? req.query.get(String.self, at: "step")), errors: [])
    }

    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        var form = try req.content.decode(StepForm.self)
        let files = (form.files ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
        do {
            let document = try await req.normative(member).act(on: id, form.input, files: files, by: req.actor)
            let done = NormativeAction(rawValue: form.action ?? "")?.label ?? "办理"
            return Flash.redirect(
                req, to: "/normative/\(id)", message: "已\(done)。文件现处于「\(document.stage.label)」阶段。")
        } catch let error as DomainError where !error.fields.isEmpty {
            form.files = nil
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func revise(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(ReviseForm.self)
        do {
            try await req.normative(member).revise(
                id, NormativeDraftInput(kind: nil, title: form.revisedTitle, body: form.revisedBody), by: req.actor)
            return Flash.redirect(req, to: "/normative/\(id)", message: "已保存草案的修改。")
        } catch let error as DomainError where !error.fields.isEmpty {
            let errors = error.fields.map {
                FieldError(
                    $0.field == "title" ? "revisedTitle" : $0.field == "body" ? "revisedBody" : $0.field, $0.message)
            }
            return try await render(req, form: StepForm(), errors: errors, revision: form, status: .unprocessableEntity)
        }
    }

    @Sendable func evidence(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let sha256 = req.parameters.get("sha256") ?? ""
        let repository = req.normative(member)
        let events = try await repository.events(of: try req.idParameter())
        guard let file = events.flatMap(\.evidence).first(where: { $0.sha256 == sha256 }),
            let content = try await repository.evidenceContent(sha256)
        else { throw DomainError.notFound("材料不存在，或不在您的管辖范围内") }
        return Download.response(content, name: file.name, type: "application/octet-stream")
    }

    private func renderNew(_ req: Request, form: DraftForm, errors: [FieldError], status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let organisations = try await req.organisations(member).list(includeInactive: false)
        let context = PageContext(req)
        return Layout.response(
            NormativeNewPage.view(
                form: form, organisations: organisations, defaultOrganisation: member.organisation.id, errors: errors,
                context),
            context: context, status: status)
    }

    private func render(
        _ req: Request, form: StepForm, errors: [FieldError], revision: ReviseForm? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let repository = req.normative(member)
        let document = try await repository.document(try req.idParameter())
        let events = try await repository.events(of: document.id)
        let applied = try await repository.policy(for: document)
        let context = PageContext(req)
        let model = NormativeDocumentPage.Model(
            document: document, events: events,
            deadline: repository.currentDeadline(of: document, events: events, policy: applied.policy),
            policy: applied.policy, actions: repository.availableActions(for: document),
            mayRevise: repository.mayRevise(document), today: req.today, calendar: req.calendar.calendar, form: form,
            revision: revision, errors: errors)
        return Layout.response(NormativeDocumentPage.view(model, context), context: context, status: status)
    }
}
