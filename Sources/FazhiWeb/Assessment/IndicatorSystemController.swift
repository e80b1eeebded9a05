import FazhiCore
import FazhiStore
import Vapor

/// One indicator system: the tree with its points and scoring methods, the editor (the same columns as the
/// sheet), replacing it from a sheet, and its export to Excel and CSV.
struct IndicatorSystemController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let systems = routes.grouped("assessments", "systems")
        systems.get(":id", use: show)
        systems.on(.POST, ":id", body: .collect(maxSize: UploadLimit.maximum), use: save)
        systems.get(":id", "export.csv", use: export)
        systems.get(":id", "export.xlsx", use: export)
    }

    /// The editor's rows are fields `r<row>c<column>`; a file replaces the system instead.
    static let gridRows = 12

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let system = try await req.assessments(member).system(try req.idParameter())
        return render(req, system, grid: Array(system.system.tableRows().dropFirst()), errors: [])
    }

    @Sendable func save(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let assessments = req.assessments(member)
        let current = try await assessments.system(try req.idParameter())
        let name = (try? req.content.get(String.self, at: "name"))?.trimmingCharacters(in: .whitespaces) ?? ""
        let rowCount = min((try? req.content.get(Int.self, at: "rows")) ?? 0, 2_000)
        let grid = (0..<rowCount).map { row in
            IndicatorSystem.tableColumns.indices.map { column in
                (try? req.content.get(String.self, at: "r\(row)c\(column)")) ?? ""
            }
        }
        do {
            guard !name.isEmpty else { throw DomainError.invalid("name", "请填写指标体系名称") }
            let system: IndicatorSystem
            if let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 {
                system = try IndicatorSheet.system(
                    fromFile: Data(buffer: file.data), fileName: file.filename, name: name)
            } else {
                system = try IndicatorSheet.system(fromGrid: grid, name: name)
            }
            _ = try await assessments.saveSystem(system, id: current.id, office: member.organisation.id, by: req.actor)
            return Flash.redirect(req, to: "/assessments/systems/\(current.id)", message: "已保存指标体系。")
        } catch let error as DomainError where !error.fields.isEmpty {
            var shown = current
            shown.system.name = name
            return render(req, shown, grid: grid, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// `export.csv` or `export.xlsx`.
    @Sendable func export(req: Request) async throws -> Response {
        try Download.table(try await exportTable(req), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    private func exportTable(_ req: Request) async throws -> TableExport {
        let member = try req.requireMember()
        let system = try await req.assessments(member).system(try req.idParameter()).system
        return system.tableExport(sheetName: String(system.name.prefix(31)))
    }

    private func render(
        _ req: Request, _ system: IndicatorSystemRow, grid: [[String]], errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) -> Response {
        let context = PageContext(req)
        let padded =
            grid
            + Array(repeating: Array(repeating: "", count: IndicatorSystem.tableColumns.count), count: Self.gridRows)
        return Layout.response(
            IndicatorSystemPage.view(system, grid: padded, errors: errors, context), context: context, status: status)
    }
}
