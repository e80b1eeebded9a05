import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// A document as the API returns it; with `events`, `actions` and `deadline` on the single-document routes.
struct NormativeDocumentDTO: Content {
    var id: UUID
    var kind: String
    var kindLabel: String
    var title: String
    var organisationID: UUID
    var organisationName: String
    var stage: String
    var stageLabel: String
    var status: String?
    var documentNumber: String?
    var commentOpensOn: String?
    var commentClosesOn: String?
    var legalityOpinion: String?
    var deliberationMeeting: String?
    var deliberatedOn: String?
    var publishedOn: String?
    var effectiveOn: String?
    var expiresOn: String?
    var filingDue: String?
    var filedOn: String?
    var filedOnTime: Bool?
    var filingOrganisationID: UUID?
    var filingOrganisationName: String?
    var registeredOn: String?
    var reviewedOn: String?
    var reviewOutcome: String?
    var decision: String?
    var decidedOn: String?
    var dueOn: String?
    var dueRule: String?
    var overdue: Bool
    var lawWorkID: Int?
    var updatedAt: Date
    var body: String?
    var actions: [String]?
    var deadline: NormativeDeadlineDTO?
    var events: [NormativeEventDTO]?

    init(_ row: NormativeDocumentRow, today: CivilDate) {
        id = row.id
        kind = row.kind.rawValue
        kindLabel = row.kind.label
        title = row.title
        organisationID = row.organisationID
        organisationName = row.organisationName
        stage = row.stage.rawValue
        stageLabel = row.stage.label
        status = row.status(on: today)?.rawValue
        documentNumber = row.documentNumber
        commentOpensOn = row.commentOpensOn?.iso
        commentClosesOn = row.commentClosesOn?.iso
        legalityOpinion = row.legalityOpinion?.rawValue
        deliberationMeeting = row.deliberationMeeting
        deliberatedOn = row.deliberatedOn?.iso
        publishedOn = row.publishedOn?.iso
        effectiveOn = row.effectiveOn?.iso
        expiresOn = row.expiresOn?.iso
        filingDue = row.filingDue?.iso
        filedOn = row.filedOn?.iso
        filedOnTime = row.filedOnTime(today: today)
        filingOrganisationID = row.filingOrganisationID
        filingOrganisationName = row.filingOrganisationName
        registeredOn = row.registeredOn?.iso
        reviewedOn = row.reviewedOn?.iso
        reviewOutcome = row.reviewOutcome?.rawValue
        decision = row.decision?.rawValue
        decidedOn = row.decidedOn?.iso
        dueOn = row.dueOn?.iso
        dueRule = row.dueRule
        overdue = row.isOverdue(on: today)
        lawWorkID = row.lawWorkID
        updatedAt = row.updatedAt
        body = row.body.isEmpty ? nil : row.body
    }
}

struct NormativeDeadlineDTO: Content {
    var rule: String
    var title: String
    var due: String?
    var explanation: [String]
}

struct NormativeEventDTO: Content {
    var action: String
    var label: String
    var stageBefore: String
    var stageAfter: String
    var organisationName: String
    var authorName: String
    var at: Date
    var details: [String: String]
    var body: String?
    var evidence: [EvidenceFile]

    init(_ event: NormativeEventRow) {
        action = event.action
        label = event.actionLabel
        stageBefore = event.stageBefore.rawValue
        stageAfter = event.stageAfter.rawValue
        organisationName = event.organisationName
        authorName = event.authorName
        at = event.at
        details = event.details
        body = event.body
        evidence = event.evidence
    }
}
