import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// A penalty case in the API.
struct EnforcementCaseDTO: Content {
    let id: UUID
    let reference: String
    let bodyID: UUID
    let body: String
    let procedure: String
    let stage: String
    let stageLabel: String
    let matterCode: String
    let matterName: String
    let partyKind: String?
    let partyName: String
    let filedOn: String?
    let decidedOn: String?
    let penalties: [String]
    let fine: String?
    let decisionNumber: String?
    let dueOn: String?
    let dueRule: String?
    let publicityDue: String?
    var actions: [String]? = nil
    var events: [EnforcementCaseEventDTO]? = nil
    var deadline: EnforcementDeadlineDTO? = nil
    /// The alerts the step just taken raised (after a step only).
    var raised: [EnforcementFindingDTO]? = nil

    init(_ row: CaseRow) {
        let facts = row.facts
        id = row.id
        reference = row.reference
        bodyID = row.organisationID
        body = row.organisationName
        procedure = facts.procedure.rawValue
        stage = row.stage.rawValue
        stageLabel = row.stage.label
        matterCode = row.matterCode
        matterName = row.matterName
        partyKind = facts.party?.kind.rawValue
        partyName = row.partyName
        filedOn = facts.filedOn?.iso
        decidedOn = facts.decidedOn?.iso
        penalties = PenaltyKind.allCases.filter(facts.penalties.contains).map(\.rawValue)
        fine = facts.fineFen > 0 ? Money.text(facts.fineFen) : nil
        decisionNumber = facts.decisionNumber
        dueOn = row.dueOn
        dueRule = row.dueRule
        publicityDue = row.publicityDue
    }
}

struct EnforcementCaseEventDTO: Content {
    let sequence: Int
    let action: String
    let actionLabel: String
    let onDay: String
    let stageAfter: String
    let source: String
    let author: String
    let at: Date
    let officers: [String]
    let evidence: [EvidenceFile]

    init(_ row: CaseEventRow) {
        sequence = row.sequence
        action = row.action.rawValue
        actionLabel = row.action.label
        onDay = row.onDay
        stageAfter = row.stageAfter.rawValue
        source = row.source
        author = row.authorName
        at = row.at
        officers = row.input.officers ?? []
        evidence = row.evidence
    }
}

struct EnforcementDeadlineDTO: Content {
    let rule: String
    let title: String
    let due: String?
    let explanation: [String]
}

struct EnforcementFindingDTO: Content {
    let rule: String
    let title: String
    let message: String
    let basis: String
    let severity: String

    init(_ finding: CaseFinding) {
        rule = finding.rule
        title = finding.title
        message = finding.message
        basis = finding.basis.citation
        severity = finding.severity.rawValue
    }
}

/// `POST /enforcement/cases`: the body, the optional 案号, and the opening step's fields beside them.
struct EnforcementOpenRequest: Decodable {
    let body: UUID?
    let reference: String?
    let step: CaseStepInput

    enum CodingKeys: String, CodingKey {
        case body
        case reference
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        body = try container.decodeIfPresent(UUID.self, forKey: .body)
        reference = try container.decodeIfPresent(String.self, forKey: .reference)
        step = try CaseStepInput(from: decoder)
    }
}

/// `POST /enforcement/events`: a batch for one body (the caller's organisation when left out).
struct EnforcementIngestRequest: Decodable {
    let body: UUID?
    let events: [CaseIngestEvent]
}

/// What became of each event, in the order sent, and the counts.
struct EnforcementIngestResponse: Content {
    struct Result: Content {
        let eventId: String
        let status: String
        var caseId: UUID? = nil
        var sequence: Int? = nil
        var stage: String? = nil
        var alerts: [EnforcementFindingDTO]? = nil
        var error: Problem.ErrorBody.Detail? = nil
    }

    let results: [Result]
    let applied: Int
    let duplicates: Int
    let refused: Int
}

struct EnforcementAlertDTO: Content {
    let id: UUID
    let caseID: UUID?
    let caseReference: String?
    let body: String
    let rule: String
    let title: String
    let message: String
    let basis: String
    let severity: String
    let raisedOn: String
    let closedAt: Date?
    let closedNote: String?

    init(_ row: EnforcementAlertRow) {
        id = row.id
        caseID = row.caseID
        caseReference = row.caseReference
        body = row.organisationName
        rule = row.rule
        title = row.title
        message = row.message
        basis = row.basis
        severity = row.severity.rawValue
        raisedOn = row.raisedOn
        closedAt = row.closedAt
        closedNote = row.closedNote
    }
}

struct EnforcementPublishRequest: Content { let summary: String }
struct EnforcementWithdrawRequest: Content {
    let changedOn: String
    let reason: String
}
struct EnforcementAlertCloseRequest: Content { let note: String }
extension PublicationRow: Content {}
