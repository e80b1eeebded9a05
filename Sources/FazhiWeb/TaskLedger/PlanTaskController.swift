import FazhiCore
import FazhiStore
import Vapor

/// One task of a ledger: its text, units and deadline, the progress reports with their evidence, the form to
/// report (units and the office), and the office's own fields (responsible person, date).
struct PlanTaskController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let tasks = routes.grouped("plans", "tasks")
        tasks.get(":id", use: show)
        tasks.on(.POST, ":id", "progress", body: .collect(maxSize: UploadLimit.maximum), use: report)
        tasks.post(":id", "edit", use: edit)
        tasks.get(":id", "evidence", ":sha256", use: evidence)
    }

    struct ProgressForm: Content {
        var body: String?
        var status: String?
        var files: [File]?
    }

    struct EditForm: Content {
        var responsiblePerson: String?
        var due: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, progress: ProgressForm(), errors: [])
    }

    @Sendable func report(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(ProgressForm.self)
        let files = (form.files ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
        do {
            _ = try await req.taskLedger(member).report(
                id, PlanProgressInput(body: form.body ?? "", status: form.status ?? "", files: files), by: req.actor,
                from: member.organisation.path)
            return Flash.redirect(req, to: "/plans/tasks/\(id)", message: "已提交进展报告。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, progress: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(EditForm.self)
        do {
            _ = try await req.taskLedger(member).edit(
                id, PlanTaskEdit(responsiblePerson: form.responsiblePerson, due: form.due), by: req.actor)
            return Flash.redirect(req, to: "/plans/tasks/\(id)", message: "已保存责任人和完成时限。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, progress: ProgressForm(), errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func evidence(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let sha256 = req.parameters.get("sha256") ?? ""
        let (file, content) = try await req.taskLedger(member).evidence(sha256, taskID: try req.idParameter())
        return Download.response(content, name: file.name, type: "application/octet-stream")
    }

    private func render(
        _ req: Request, progress: ProgressForm, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let (task, plan) = try await ledger.task(try req.idParameter())
        let reports = try await ledger.progress(of: task.id)
        let heading = try await ledger.items([task.itemID]).first
        let context = PageContext(req)
        return Layout.response(
            PlanTaskPage.view(
                task, heading: heading, plan: plan, reports: reports, form: progress, errors: errors,
                canEdit: plan.wholePlan, context),
            context: context, status: status)
    }
}
