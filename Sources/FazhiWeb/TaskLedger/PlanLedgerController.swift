import FazhiCore
import FazhiStore
import Vapor

/// 任务台账: the plans in the user's scope and each plan's ledger by chapter, by unit and by deadline, with its
/// export to Excel and CSV.
struct PlanLedgerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped("plans")
        plans.get(use: list)
        plans.get(":id", use: show)
        plans.get(":id", "export.csv", use: export)
        plans.get(":id", "export.xlsx", use: export)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let plans = try await req.taskLedger(member).plans()
        let context = PageContext(req)
        let canImport = PlanImportController.importers.contains(where: member.user.has)
        return Layout.response(PlanListPage.view(plans, canImport: canImport, context), context: context)
    }

    /// The ledger; `view` is chapters (default), units or deadlines; `item`, `unit`, `standing` and `page` narrow it.
    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let plan = try await ledger.plan(try req.idParameter())
        let query = try req.query.decode(LedgerQuery.self)
        let view = PlanLedgerView(rawValue: query.view ?? "") ?? .chapters
        let chapters = view == .chapters ? try await ledger.items(of: plan, level: 1) : []
        let units = view == .units && query.unit == nil ? try await ledger.units(of: plan) : []
        // Clamped: a page number from the address bar must not overflow the offset.
        let page = min(max(1, query.page ?? 1), 100_000)
        let filter = PlanTaskFilter(
            itemID: query.item.flatMap(UUID.init(uuidString:)),
            organisationID: query.unit.flatMap(UUID.init(uuidString:)),
            standing: query.standing.flatMap(PlanTaskStanding.init(rawValue:)), byDeadline: view == .deadlines,
            limit: PlanLedgerPage.pageSize, offset: (page - 1) * PlanLedgerPage.pageSize)
        let showTasks = view != .units || filter.organisationID != nil
        let tasks = showTasks ? try await ledger.tasks(of: plan, filter) : ([], 0)
        let headings = try await ledger.items(Array(Set(tasks.0.map(\.itemID))))
        let context = PageContext(req)
        return Layout.response(
            PlanLedgerPage.view(
                PlanLedgerPage.Model(
                    plan: plan, view: view, chapters: chapters,
                    titles: Dictionary(uniqueKeysWithValues: headings.map { ($0.id, $0.title) }), units: units,
                    tasks: tasks.0, total: tasks.1, filter: filter, page: page),
                context),
            context: context)
    }

    struct LedgerQuery: Content {
        var view: String?
        var item: String?
        var unit: String?
        var standing: String?
        var page: Int?
    }

    /// `export.csv` or `export.xlsx`.
    @Sendable func export(req: Request) async throws -> Response {
        try Download.table(try await exportTable(req), as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    /// Every task the user sees in the plan, in plan order, as the offices keep them in Excel.
    private func exportTable(_ req: Request) async throws -> TableExport {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let plan = try await ledger.plan(try req.idParameter())
        let items = try await ledger.items(of: plan)
        let tasks = try await ledger.tasks(of: plan, PlanTaskFilter(limit: 1_000_000)).tasks
        return PlanExport.table(plan, items: items, tasks: tasks)
    }
}

/// The three ways to look at a ledger.
enum PlanLedgerView: String, CaseIterable {
    case chapters, units, deadlines

    var label: String {
        switch self {
        case .chapters: "按章节"
        case .units: "按单位"
        case .deadlines: "按时限"
        }
    }
}
