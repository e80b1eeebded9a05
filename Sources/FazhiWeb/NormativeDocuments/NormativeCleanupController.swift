import FazhiCore
import FazhiStore
import Vapor

/// 清理: the clean-up campaigns in the user's scope, starting one, a campaign's documents and figures, one
/// document's decision, and the results as Excel or CSV.
struct NormativeCleanupController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let cleanups = routes.grouped("normative", "cleanups")
        cleanups.get(use: list)
        cleanups.post(use: create)
        cleanups.get(":id", use: show)
        cleanups.get(":id", "export.csv", use: export)
        cleanups.get(":id", "export.xlsx", use: export)
        cleanups.get("items", ":id", use: item)
        cleanups.post("items", ":id", "decision", use: decide)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(
            req, form: NormativeCleanupInput(title: nil, startedOn: req.today.iso, dueOn: nil), errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(NormativeCleanupInput.self)
        do {
            let campaign = try await req.normativeCleanups(member).create(
                form, organiser: member.organisation.id, covering: member.scopeRoot.id, by: req.actor)
            return Flash.redirect(
                req, to: "/normative/cleanups/\(campaign.id)",
                message: "已开始清理，列入\(campaign.figures.total)件文件。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// `?decided=yes|no`, `?decision=`, `?organisation=`: a value that names nothing is left out.
    static func filter(_ req: Request) -> NormativeCleanupItemFilter {
        let decided = (try? req.query.get(String.self, at: "decided")).flatMap { ["yes": true, "no": false][$0] }
        return NormativeCleanupItemFilter(
            decided: decided,
            decision: (try? req.query.get(String.self, at: "decision")).flatMap(
                NormativeCleanupDecision.init(rawValue:)),
            organisationID: (try? req.query.get(String.self, at: "organisation")).flatMap(UUID.init(uuidString:)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let cleanups = req.normativeCleanups(member)
        let campaign = try await cleanups.campaign(try req.idParameter())
        let filter = Self.filter(req)
        var bodyFilter = NormativeCleanupItemFilter()
        bodyFilter.organisationID = filter.organisationID
        let context = PageContext(req)
        return Layout.response(
            NormativeCleanupPages.campaign(
                .init(
                    campaign: campaign, items: try await cleanups.items(of: campaign.id, filter),
                    figures: try await cleanups.figures(of: campaign.id, bodyFilter),
                    bodies: try await cleanups.bodies(of: campaign.id), filter: filter,
                    mayDecide: cleanups.mayDecide, isOffice: cleanups.mayRun && campaign.wholeCampaign),
                context),
            context: context)
    }

    @Sendable func item(req: Request) async throws -> Response {
        try await renderItem(req, form: NormativeCleanupDecisionInput(decision: nil), errors: [])
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let form = try req.content.decode(NormativeCleanupDecisionInput.self)
        do {
            let item = try await req.normativeCleanups(member).decide(try req.idParameter(), form, by: req.actor)
            return Flash.redirect(
                req, to: "/normative/cleanups/\(item.cleanupID)",
                message: "已对「\(item.title)」作出清理决定：\(item.decision?.label ?? "")。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderItem(req, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// `export.csv` or `export.xlsx`: the documents the user sees in the campaign, with their decisions.
    @Sendable func export(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let cleanups = req.normativeCleanups(member)
        let campaign = try await cleanups.campaign(try req.idParameter())
        let table = NormativeCleanupExport.table(campaign, items: try await cleanups.items(of: campaign.id))
        return try Download.table(table, as: req.url.path.hasSuffix(".csv") ? "csv" : "xlsx")
    }

    private func renderList(
        _ req: Request, form: NormativeCleanupInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let cleanups = req.normativeCleanups(member)
        let context = PageContext(req)
        return Layout.response(
            NormativeCleanupPages.list(
                try await cleanups.campaigns(), mayRun: cleanups.mayRun, covering: member.scopeRoot.name, form: form,
                errors: errors, context),
            context: context, status: status)
    }

    private func renderItem(
        _ req: Request, form: NormativeCleanupDecisionInput, errors: [FieldError], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let member = try req.requireMember()
        let cleanups = req.normativeCleanups(member)
        let item = try await cleanups.item(try req.idParameter())
        let campaign = try await cleanups.campaign(item.cleanupID)
        let isOffice = cleanups.mayRun && campaign.wholeCampaign
        let mayDecide = cleanups.mayDecide && item.drafterInScope && (item.decision == nil || isOffice)
        let context = PageContext(req)
        return Layout.response(
            NormativeCleanupPages.item(
                item, campaign: campaign, mayDecide: mayDecide, form: form, errors: errors, context),
            context: context, status: status)
    }
}
