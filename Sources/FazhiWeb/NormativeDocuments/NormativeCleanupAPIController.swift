import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/normative/cleanups`: the clean-up campaigns, scoped as on the pages.
struct NormativeCleanupAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let cleanups = routes.grouped("normative", "cleanups")
        cleanups.get(use: list)
        cleanups.post(use: create)
        cleanups.get(":id", use: show)
        cleanups.post("items", ":id", "decision", use: decide)
    }

    @Sendable func list(req: Request) async throws -> [NormativeCleanupDTO] {
        let member = try req.requireMember()
        return try await req.normativeCleanups(member).campaigns().map { NormativeCleanupDTO($0) }
    }

    /// Starts a campaign organised by the caller's organisation over its government's subtree.
    @Sendable func create(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let input = try req.json(NormativeCleanupInput.self)
        let campaign = try await req.normativeCleanups(member).create(
            input, organiser: member.organisation.id, covering: member.scopeRoot.id, by: req.actor)
        return try APIResponse.created(NormativeCleanupDTO(campaign), at: "/api/v1/normative/cleanups/\(campaign.id)")
    }

    /// The campaign with the items the caller sees (`?decided=yes|no&decision=&organisation=`).
    @Sendable func show(req: Request) async throws -> NormativeCleanupDTO {
        let member = try req.requireMember()
        let cleanups = req.normativeCleanups(member)
        let campaign = try await cleanups.campaign(try req.idParameter())
        let items = try await cleanups.items(of: campaign.id, NormativeCleanupController.filter(req))
        return NormativeCleanupDTO(campaign, items: items)
    }

    /// The drafting body's decision on one item (the office's, to change one already made).
    @Sendable func decide(req: Request) async throws -> NormativeCleanupItemDTO {
        let member = try req.requireMember()
        let input = try req.json(NormativeCleanupDecisionInput.self)
        return NormativeCleanupItemDTO(
            try await req.normativeCleanups(member).decide(try req.idParameter(), input, by: req.actor))
    }
}

struct NormativeCleanupFiguresDTO: Content {
    let total, decided, undecided, keep, amend, repeal, declareExpired: Int

    init(_ f: NormativeCleanupFigures) {
        (total, decided, undecided) = (f.total, f.decided, f.undecided)
        (keep, amend, repeal, declareExpired) = (f.keep, f.amend, f.repeal, f.declareExpired)
    }
}

struct NormativeCleanupItemDTO: Content {
    let id: UUID
    let cleanupID: UUID
    let documentID: UUID
    let title: String
    let documentNumber: String?
    let organisationID: UUID
    let organisationName: String
    let publishedOn: CivilDate?
    let expiresOn: CivilDate?
    let decision: String?
    let decisionLabel: String?
    let reason: String?
    let decidedOn: CivilDate?
    let decidedBy: String?

    init(_ i: NormativeCleanupItemRow) {
        (id, cleanupID, documentID, title, documentNumber) = (
            i.id, i.cleanupID, i.documentID, i.title, i.documentNumber
        )
        (organisationID, organisationName, publishedOn, expiresOn) = (
            i.organisationID, i.organisationName, i.publishedOn, i.expiresOn
        )
        (decision, decisionLabel) = (i.decision?.rawValue, i.decision?.label)
        (reason, decidedOn, decidedBy) = (i.reason, i.decidedOn, i.decidedBy)
    }
}

struct NormativeCleanupDTO: Content {
    let id: UUID
    let title: String
    let basis: String?
    let organisationName: String
    let startedOn: CivilDate
    let dueOn: CivilDate
    let createdAt: Date
    let wholeCampaign: Bool
    let figures: NormativeCleanupFiguresDTO
    let definitions: [String: String]
    /// Only on a single campaign.
    let items: [NormativeCleanupItemDTO]?

    init(_ c: NormativeCleanupRow, items: [NormativeCleanupItemRow]? = nil) {
        (id, title, basis, organisationName) = (c.id, c.title, c.basis, c.organisationName)
        (startedOn, dueOn, createdAt, wholeCampaign) = (c.startedOn, c.dueOn, c.createdAt, c.wholeCampaign)
        figures = NormativeCleanupFiguresDTO(c.figures)
        definitions = Dictionary(
            NormativeCleanupFigures.definitions.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        self.items = items.map { $0.map(NormativeCleanupItemDTO.init) }
    }
}
