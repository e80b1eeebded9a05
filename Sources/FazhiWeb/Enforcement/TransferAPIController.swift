import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/enforcement/transfers`: transfers of suspected crimes (两法衔接), scoped like the pages.
struct TransferAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let transfers = routes.grouped("enforcement", "transfers")
        transfers.get(use: list)
        transfers.post(use: report)
        transfers.get(":id", use: show)
        transfers.post(":id", "steps", use: act)
        transfers.post(":id", "opinions", use: opinion)
    }

    /// `?view=open|all|overdue&stage&q&case&page`, 50 a page.
    @Sendable func list(req: Request) async throws -> PageDTO<TransferDTO> {
        let member = try req.requireMember()
        let query = TransferListPage.Query(req)
        let result = try await req.transfers(member).list(query.filter)
        return PageDTO(
            items: result.rows.map { TransferDTO($0, today: req.today) }, total: result.total, page: query.page,
            perPage: TransferController.pageSize)
    }

    /// Records the task group's report, alone or from a case (`case`).
    @Sendable func report(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let body = try req.json(TransferReportRequest.self)
        let row = try await req.transfers(member).report(
            TransferInput(
                subject: body.subject, party: body.party, offence: body.offence, facts: body.facts,
                police: body.police, members: body.members?.joined(separator: "、"), reportedOn: body.reportedOn),
            caseID: body.case, by: req.actor)
        return try APIResponse.created(
            try await detail(req, member, row.id), at: "/api/v1/enforcement/transfers/\(row.id)")
    }

    @Sendable func show(req: Request) async throws -> TransferDTO {
        try await detail(req, try req.requireMember(), try req.idParameter())
    }

    /// Records a step (`TransferStepInput`).
    @Sendable func act(req: Request) async throws -> TransferDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        _ = try await req.transfers(member).act(on: id, try req.json(TransferStepInput.self), by: req.actor)
        return try await detail(req, member, id)
    }

    /// Records a procuratorate's 立案监督 opinion (`TransferOpinionInput`).
    @Sendable func opinion(req: Request) async throws -> TransferDTO {
        let member = try req.requireMember()
        let id = try req.idParameter()
        _ = try await req.transfers(member).opinion(on: id, try req.json(TransferOpinionInput.self), by: req.actor)
        return try await detail(req, member, id)
    }

    private func detail(_ req: Request, _ member: Accounts.Member, _ id: UUID) async throws -> TransferDTO {
        let repository = try await req.transfers(member)
        let row = try await repository.find(id)
        var dto = TransferDTO(row, today: req.today)
        dto.actions = repository.availableActions(for: row).map(\.rawValue)
        dto.deadline = repository.deadline(for: row).map {
            EnforcementDeadlineDTO(rule: $0.ruleID, title: $0.title, due: $0.due?.iso, explanation: $0.explanation)
        }
        dto.events = try await repository.events(of: id).map(TransferEventDTO.init)
        return dto
    }
}

struct TransferReportRequest: Content {
    var `case`: UUID?
    var subject: String?
    var party: String?
    var offence: String?
    var facts: String?
    var police: String?
    var members: [String]?
    var reportedOn: String?
}

struct TransferDTO: Content {
    let id: UUID
    let organisationID: UUID
    let organisation: String
    let caseID: UUID?
    let subject: String
    let party: String
    let offence: String
    let facts: String
    let police: String
    let members: [String]
    let stage: String
    let stageLabel: String
    let reportedOn: String
    let transferredOn: String?
    let dueOn: String?
    let dueTime: String?
    let overdue: Bool
    let opinions: Int
    var actions: [String]? = nil
    var deadline: EnforcementDeadlineDTO? = nil
    var events: [TransferEventDTO]? = nil

    init(_ row: TransferRow, today: CivilDate) {
        id = row.id
        organisationID = row.organisationID
        organisation = row.organisationName
        caseID = row.caseID
        subject = row.subject
        party = row.party
        offence = row.offence
        facts = row.facts
        police = row.police
        members = row.members
        stage = row.stage.rawValue
        stageLabel = row.stage.label
        reportedOn = row.reportedOn
        transferredOn = row.transferredOn
        dueOn = row.dueOn
        dueTime = row.dueTime
        overdue = row.isOverdue(on: today)
        opinions = row.opinionCount
    }
}

struct TransferEventDTO: Content {
    let sequence: Int
    let action: String
    let label: String
    let stageAfter: String
    let onDay: String
    let onTime: String?
    let document: String
    let note: String
    let late: Bool
    let organisation: String
    let author: String
    let at: Date

    init(_ event: TransferEventRow) {
        sequence = event.sequence
        action = event.action
        label = event.label
        stageAfter = event.stageAfter.rawValue
        onDay = event.onDay
        onTime = event.onTime
        document = event.document
        note = event.note
        late = event.late
        organisation = event.organisationName
        author = event.authorName
        at = event.at
    }
}
