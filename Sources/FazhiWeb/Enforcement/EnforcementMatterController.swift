import FazhiCore
import FazhiStore
import Vapor

/// 权责清单: the matters of the bodies in the user's scope with their discretion benchmarks, filtered and paged;
/// adding, changing and taking off a matter; importing a body's list from a sheet (with the template to fill in);
/// exporting the list as Excel or CSV.
struct EnforcementMatterController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let matters = routes.grouped("enforcement", "matters")
        matters.get(use: list)
        matters.post(use: create)
        matters.get("new", use: new)
        matters.get("template.xlsx", use: template)
        matters.get("template.csv", use: template)
        matters.get("export.xlsx", use: export)
        matters.get("export.csv", use: export)
        matters.on(.POST, "import", body: .collect(maxSize: UploadLimit.maximum), use: importList)
        matters.get(":id", use: show)
        matters.post(":id", use: update)
        matters.post(":id", "deactivate", use: deactivate)
    }

    static let pageSize = 50

    /// `?body&kind&q&list&inactive&page`.
    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(req, importBody: nil, errors: [])
    }

    /// The blank matter form (`?body=` preselects the body).
    @Sendable func new(req: Request) async throws -> Response {
        let body = try? req.query.get(String.self, at: "body")
        return try await renderNew(
            req,
            form: PowerMatterForm(
                bodyID: body, input: PowerMatterInput(code: nil, name: nil, kind: "penalty", legalBasis: nil)),
            errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = PowerMatterForm(req)
        do {
            guard let body = form.bodyID.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.invalid("bodyID", "请选择执法主体")
            }
            let matter = try await req.enforcementMasterData(member).createMatter(form.input, body: body, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/matters/\(matter.id)", message: "已添加事项「\(matter.name)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderNew(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// One matter with its benchmark, and its form for those who may write.
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let matter = try await req.enforcementMasterData(member).matter(try req.idParameter())
        return try renderMatter(req, matter, form: PowerMatterForm(matter), errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let id = try req.idParameter()
        let form = PowerMatterForm(req)
        do {
            let matter = try await data.updateMatter(id, form.input, by: req.actor)
            return Flash.redirect(req, to: "/enforcement/matters/\(id)", message: "已保存事项「\(matter.name)」。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try renderMatter(
                req, try await data.matter(id), form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func deactivate(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        try await req.enforcementMasterData(member).deactivateMatter(id, by: req.actor)
        return Flash.redirect(req, to: "/enforcement/matters/\(id)", message: "已停用该事项。")
    }

    /// A sheet for `body`: every cell checked before anything is written; problems are listed by row.
    @Sendable func importList(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        guard data.mayEdit else { throw EnforcementMasterDataRepository.editorsOnly }
        let bodyText = (try? req.content.get(String.self, at: "body")) ?? ""
        do {
            guard let body = UUID(uuidString: bodyText) else { throw DomainError.invalid("body", "请选择执法主体") }
            guard let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 else {
                throw DomainError.invalid("file", "请选择要导入的 Excel 或 CSV 文件")
            }
            let matters = try PowerListUpload.matters(Data(buffer: file.data), fileName: file.filename)
            let summary = try await data.importMatters(matters, body: body, by: req.actor)
            return Flash.redirect(
                req, to: "/enforcement/matters?body=\(body)",
                message: "导入完成：新增\(summary.created)项，更新\(summary.updated)项，未变\(summary.unchanged)项。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, importBody: bodyText, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// The import template, `.xlsx` or `.csv`.
    @Sendable func template(req: Request) async throws -> Response {
        _ = try req.requireMember()
        return try Download.table(PowerListTable.template, as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    /// The matters the filters select (all of them, not one page).
    @Sendable func export(req: Request) async throws -> Response {
        let member = try req.requireMember()
        var filter = try EnforcementMatterQuery(req, strict: false).filter
        filter.limit = 100_000
        let rows = try await req.enforcementMasterData(member).matters(filter).rows
        return try Download.table(PowerMatterExport.table(rows), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    private func renderList(
        _ req: Request, importBody: String?, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        let query = try EnforcementMatterQuery(req, strict: false)
        var filter = query.filter
        filter.limit = Self.pageSize
        filter.offset = (query.page - 1) * Self.pageSize
        let result = try await data.matters(filter)
        let context = PageContext(req)
        return Layout.response(
            EnforcementMatterListPage.view(
                EnforcementMatterListPage.Model(
                    matters: result.rows, total: result.total, query: query, bodies: try await data.bodies(),
                    mayEdit: data.mayEdit, importBody: importBody ?? query.body, errors: errors),
                context),
            context: context, status: status)
    }

    private func renderNew(
        _ req: Request, form: PowerMatterForm, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let data = req.enforcementMasterData(member)
        guard data.mayEdit else { throw EnforcementMasterDataRepository.editorsOnly }
        let context = PageContext(req)
        return Layout.response(
            EnforcementMatterPage.newView(form: form, bodies: try await data.bodies(), errors: errors, context),
            context: context, status: status)
    }

    private func renderMatter(
        _ req: Request, _ matter: PowerMatterRow, form: PowerMatterForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) throws -> Response {
        let member = try req.requireMember()
        let context = PageContext(req)
        return Layout.response(
            EnforcementMatterPage.view(
                matter, mayEdit: req.enforcementMasterData(member).mayEdit, form: form, errors: errors, context),
            context: context, status: status)
    }
}
