import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/complaints`: the feed from the 12345 hotline (or another intake system). A token of an administrator,
/// a rule-of-law office or a justice bureau posts complaints, idempotently on the caller's own id (`externalID`),
/// and polls each by its tracking number for its stage and answer.
struct ComplaintAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let complaints = routes.grouped("complaints")
        complaints.post(use: submit)
        complaints.get(":number", use: show)
    }

    /// Receives a complaint (201 with the query code), or returns the one already received with this source and
    /// `externalID` (200, nothing changed, no code). Field errors answer 422 with each field's message.
    @Sendable func submit(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .ruleOfLawOffice, .justice)
        let body = try req.json(ComplaintFeedRequest.self)
        guard let source = ComplaintSource(rawValue: body.source ?? ComplaintSource.hotline.rawValue) else {
            throw DomainError.invalid("source", "来源应为 web、hotline、letter 或 visit")
        }
        guard let external = body.externalID?.trimmingCharacters(in: .whitespacesAndNewlines), !external.isEmpty
        else { throw DomainError.invalid("externalID", "请填写外部工单号（externalID），重发时据此识别") }
        let input = ComplaintInput(
            bodyID: body.bodyID, kind: body.kind, narrative: body.narrative, decisionNumber: body.decisionNumber,
            name: body.name, mobile: body.mobile, anonymous: body.anonymous.map { $0 ? "1" : "0" })
        let receipt = try await req.complaintDesk.submit(
            input, source: source, externalID: external, submitter: member.organisation.path, by: req.actor)
        var dto = ComplaintDTO(receipt.complaint, today: req.today)
        dto.code = receipt.code
        guard receipt.code != nil else {
            let response = Response(status: .ok)
            try response.content.encode(dto)
            return response
        }
        return try APIResponse.created(dto, at: "/api/v1/complaints/\(receipt.complaint.number)")
    }

    /// One complaint by tracking number, handled in the token's scope or fed from it: stage, due day, answer, view.
    @Sendable func show(req: Request) async throws -> ComplaintDTO {
        let member = try req.requireMember()
        let number = req.parameters.get("number") ?? ""
        let row = try await req.complaints(member).find(number: number)
        return ComplaintDTO(row, today: req.today)
    }
}

/// A complaint as the feed posts it.
struct ComplaintFeedRequest: Content {
    var externalID: String?
    var source: String?
    var bodyID: String?
    var kind: String?
    var narrative: String?
    var decisionNumber: String?
    var name: String?
    var mobile: String?
    var anonymous: Bool?
}

/// A complaint as the feed reads it (the complainant's contact details are not returned).
struct ComplaintDTO: Content {
    let id: UUID
    let number: String
    let source: String
    let externalID: String?
    let kind: String
    let kindLabel: String
    let bodyID: UUID
    let body: String
    let handler: String
    let stage: String
    let stageLabel: String
    let receivedOn: String
    let dueOn: String
    let overdue: Bool
    let acceptedOn: String?
    let answer: String?
    let answeredOn: String?
    let rating: String?
    let ratingComment: String?
    /// The query code, on the first answer only.
    var code: String? = nil

    init(_ row: ComplaintRow, today: CivilDate) {
        id = row.id
        number = row.number
        source = row.source.rawValue
        externalID = row.externalID
        kind = row.kind.rawValue
        kindLabel = row.kind.label
        bodyID = row.bodyID
        body = row.bodyName
        handler = row.organisationName
        stage = row.stage.rawValue
        stageLabel = row.stage.label
        receivedOn = row.receivedOn
        dueOn = row.dueDay
        overdue = row.isOverdue(on: today)
        acceptedOn = row.acceptedOn
        answer = row.answer
        answeredOn = row.answeredOn
        rating = row.rating?.rawValue
        ratingComment = row.ratingComment
    }
}
