import FazhiCore
import FazhiStore
import Vapor

/// Findings across campaigns: the list every figure drills down to, the statistics of a year, one finding with its
/// history, the unit's rectification report and the office's decisions, and the evidence files.
struct InspectionFindingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let inspections = routes.grouped("inspections")
        inspections.get("findings", use: list)
        inspections.get("statistics", use: statistics)
        let findings = inspections.grouped("findings")
        findings.get(":id", use: show)
        findings.on(.POST, ":id", "actions", body: .collect(maxSize: UploadLimit.maximum), use: act)
        findings.get(":id", "evidence", ":sha256", use: evidence)
    }

    struct ActionForm: Content {
        var action: String?
        var body: String?
        var deadline: String?
        var files: [File]?
    }

    static let pageSize = 100

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let page = Self.page(req)
        var filter = try Self.filter(req, strict: false)
        (filter.limit, filter.offset) = (Self.pageSize, (page - 1) * Self.pageSize)
        let inspections = req.inspections(member)
        let findings = try await inspections.findings(filter)
        var campaign: InspectionCampaignRow?
        if let id = filter.campaignID { campaign = try await inspections.campaign(id) }
        let context = PageContext(req)
        return Layout.response(
            InspectionFindingsPage.list(
                findings.rows, total: findings.total, filter: filter, campaign: campaign, page: page, context),
            context: context)
    }

    /// The filter of the query string (`campaign`, `unit`, `kind`, `standing`, `year`), for the page and the API
    /// alike. A value that names nothing is a 422 with `strict` (the API); the page, whose addresses people edit,
    /// leaves it out (and keeps a year within 1949–9999).
    static func filter(_ req: Request, strict: Bool) throws -> InspectionFindingFilter {
        var v = Validation()
        func parsed<T>(_ name: String, _ make: (String) -> T?, _ message: String) -> T? {
            guard let text = try? req.query.get(String.self, at: name) else { return nil }
            let result = make(text)
            if result == nil { v.add(name, message) }
            return result
        }
        let year: Int? = parsed("year", { Int($0) }, "年份应为四位数字")
        if let year, !(1949...9999).contains(year) { v.add("year", "年份应为四位数字") }
        let filter = InspectionFindingFilter(
            campaignID: parsed("campaign", UUID.init(uuidString:), "campaign 应为督察的 id"),
            organisationID: parsed("unit", UUID.init(uuidString:), "unit 应为机构 id"),
            kind: parsed("kind", InspectionFindingKind.init(rawValue:), "未知的问题类别"),
            standing: parsed(
                "standing", InspectionFindingStanding.init(rawValue:), "未知的状态（open、submitted、closed、overdue）"),
            year: year.map { min(max($0, 1949), 9999) })
        if strict { try v.check() }
        return filter
    }

    /// `?page=`, from 1; clamped so that an address cannot overflow the offset.
    static func page(_ req: Request) -> Int {
        min(max(1, (try? req.query.get(Int.self, at: "page")) ?? 1), 100_000)
    }

    @Sendable func statistics(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let year = min(max((try? req.query.get(Int.self, at: "year")) ?? req.today.year, 1949), 9999)
        let statistics = try await req.inspections(member).statistics(InspectionFindingFilter(year: year))
        let context = PageContext(req)
        return Layout.response(InspectionFindingsPage.statistics(statistics, year: year, context), context: context)
    }

    @Sendable func show(req: Request) async throws -> Response {
        try await render(req, form: ActionForm(), errors: [])
    }

    @Sendable func act(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        let form = try req.content.decode(ActionForm.self)
        let files = (form.files ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { (name: $0.filename, content: Data(buffer: $0.data)) }
        let input = InspectionActionInput(
            action: form.action ?? "", body: form.body ?? "", deadline: form.deadline, files: files)
        do {
            try await req.inspections(member).act(on: id, input, by: req.actor)
            let done = InspectionAction(rawValue: input.action)?.label ?? "操作"
            return Flash.redirect(req, to: "/inspections/findings/\(id)", message: "已\(done)。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func evidence(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let sha256 = req.parameters.get("sha256") ?? ""
        let (file, content) = try await req.inspections(member).evidence(sha256, findingID: try req.idParameter())
        return Download.response(content, name: file.name, type: "application/octet-stream")
    }

    private func render(_ req: Request, form: ActionForm, errors: [FieldError], status: HTTPResponseStatus = .ok)
        async throws -> Response
    {
        let member = try req.requireMember()
        let inspections = req.inspections(member)
        let finding = try await inspections.finding(try req.idParameter())
        let events = try await inspections.events(of: finding.id)
        let context = PageContext(req)
        return Layout.response(
            InspectionFindingPage.view(
                finding, events: events, mayDecide: inspections.mayInspect && finding.ownCampaign,
                mayReport: finding.unitInScope && finding.status == .open,
                form: form, errors: errors, context),
            context: context, status: status)
    }
}
