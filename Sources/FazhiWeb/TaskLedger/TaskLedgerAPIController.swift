import Crypto
import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/plans`: everything the 任务台账 pages do, for systems that integrate, scoped the same way: recognise a
/// plan, import it (all or nothing, unresolved names listed), read the ledger by unit and by task, report progress
/// with evidence, and set a task's responsible person and date.
struct TaskLedgerAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let plans = routes.grouped("plans")
        plans.get(use: list)
        plans.on(.POST, "parse", body: .collect(maxSize: UploadLimit.maximum), use: parse)
        plans.on(.POST, "import", body: .collect(maxSize: UploadLimit.maximum), use: importPlan)
        plans.get("tasks", ":id", use: task)
        plans.patch("tasks", ":id", use: edit)
        plans.on(.POST, "tasks", ":id", "progress", body: .collect(maxSize: UploadLimit.maximum), use: report)
        plans.get(":id", use: show)
        plans.get(":id", "units", use: units)
        plans.get(":id", "tasks", use: tasks)
    }

    static let pageSize = 100

    @Sendable func list(req: Request) async throws -> [PlanDTO] {
        let member = try req.requireMember()
        return try await req.taskLedger(member).plans().map { PlanDTO($0) }
    }

    @Sendable func show(req: Request) async throws -> PlanDTO {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let plan = try await ledger.plan(try req.idParameter())
        return PlanDTO(plan, items: try await ledger.items(of: plan))
    }

    /// What each unit owes and how much of it is late.
    @Sendable func units(req: Request) async throws -> [PlanUnitStandingDTO] {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        return try await ledger.units(of: try await ledger.plan(try req.idParameter())).map(PlanUnitStandingDTO.init)
    }

    /// `?item&unit&standing&order=deadline&page`, 100 a page.
    @Sendable func tasks(req: Request) async throws -> PageDTO<PlanTaskDTO> {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let plan = try await ledger.plan(try req.idParameter())
        var v = Validation()
        func id(_ name: String) -> UUID? {
            guard let text = try? req.query.get(String.self, at: name) else { return nil }
            guard let id = UUID(uuidString: text) else {
                v.add(name, "\(name) 应为 id")
                return nil
            }
            return id
        }
        let item = id("item"), unit = id("unit")
        let standingText = try? req.query.get(String.self, at: "standing")
        let standing = standingText.flatMap(PlanTaskStanding.init(rawValue:))
        if standingText != nil && standing == nil {
            v.add("standing", "未知的状态（not_started、in_progress、done、overdue、ongoing）")
        }
        try v.check()
        let page = min(max(1, (try? req.query.get(Int.self, at: "page")) ?? 1), 100_000)
        let result = try await ledger.tasks(
            of: plan,
            PlanTaskFilter(
                itemID: item, organisationID: unit, standing: standing,
                byDeadline: (try? req.query.get(String.self, at: "order")) == "deadline", limit: Self.pageSize,
                offset: (page - 1) * Self.pageSize))
        return PageDTO(
            items: result.tasks.map { PlanTaskDTO($0) }, total: result.total, page: page, perPage: Self.pageSize)
    }

    @Sendable func task(req: Request) async throws -> PlanTaskDTO {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let (task, _) = try await ledger.task(try req.idParameter())
        return PlanTaskDTO(task, progress: try await ledger.progress(of: task.id))
    }

    @Sendable func report(req: Request) async throws -> PlanTaskDTO {
        let member = try req.requireMember()
        let ledger = req.taskLedger(member)
        let id = try req.idParameter()
        let input = try req.json(PlanProgressRequest.self).input()
        _ = try await ledger.report(id, input, by: req.actor, from: member.organisation.path)
        return PlanTaskDTO(try await ledger.task(id).task, progress: try await ledger.progress(of: id))
    }

    struct EditRequest: Content {
        let responsiblePerson: String?
        /// `YYYY-MM-DD`, or empty for no date.
        let due: String?
    }

    @Sendable func edit(req: Request) async throws -> PlanTaskDTO {
        let member = try req.requireMember()
        let body = try req.json(EditRequest.self)
        let task = try await req.taskLedger(member).edit(
            try req.idParameter(), PlanTaskEdit(responsiblePerson: body.responsiblePerson, due: body.due),
            by: req.actor)
        return PlanTaskDTO(task)
    }

    /// The recognised tree, as `fazhi plan parse --json` prints it; nothing is written.
    @Sendable func parse(req: Request) async throws -> Response {
        _ = try req.requireMember(anyOf: PlanImportController.importers[0], PlanImportController.importers[1])
        let body = try req.json(PlanImportAPIRequest.self)
        let document = try Self.document(body)
        let response = Response(status: .ok)
        try response.content.encode(document, as: .json)
        return response
    }

    /// Imports a plan when every unit resolves (201 with the plan), else lists what did not (422 with `unresolved`
    /// and the field `mappings`). Nothing is written unless all of it is.
    @Sendable func importPlan(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: PlanImportController.importers[0], PlanImportController.importers[1])
        let body = try req.json(PlanImportAPIRequest.self)
        guard let organisationID = body.organisationID else {
            throw DomainError.invalid("organisationID", "请指定台账所属机构")
        }
        let text = body.text ?? ""
        let request = PlanImportRequest(
            document: try Self.document(body), sourceName: body.sourceName ?? "接口导入",
            sourceSHA256: LedgerHex.encode(SHA256.hash(data: Data(text.utf8))), referenceYear: body.year,
            organisationID: organisationID, mappings: body.mappings ?? [:])
        let importer = PlanImport(db: req.db, scope: member.scope)
        let preview = try await importer.preview(request)
        let units = preview.units.map {
            PlanImportAPIResponse.Unit(
                name: $0.name, organisations: $0.organisations.map(\.name), resolved: $0.resolved,
                remembered: $0.remembered, taskCount: $0.taskCount)
        }
        guard preview.unresolved.isEmpty else {
            throw DomainError.invalid(
                "mappings",
                "有\(preview.unresolved.count)个名称未能对应到机构：\(preview.unresolved.joined(separator: "、"))；请在 mappings 中指定")
        }
        let result = try await importer.commit(request, by: req.actor)
        return try APIResponse.created(
            PlanImportAPIResponse(
                planID: result.planID, tasks: result.tasks, assignments: result.assignments, units: units),
            at: "/api/v1/plans/\(result.planID)")
    }

    private static func document(_ body: PlanImportAPIRequest) throws -> PlanDocument {
        if let year = body.year, !(2000...2100).contains(year) {
            throw DomainError.invalid("year", "年份应为四位数字，例如 2027")
        }
        do {
            return try PlanParser(options: .init(referenceYear: body.year)).parse(body.text ?? "")
        } catch {
            throw DomainError.invalid("text", error.message)
        }
    }
}
