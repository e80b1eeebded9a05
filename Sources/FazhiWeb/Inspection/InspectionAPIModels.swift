import FazhiCore
import FazhiStore
import Foundation
import Vapor

/// Rectification figures with their rates and the definitions the rates follow.
struct RectificationFiguresDTO: Content {
    let total, closed, closedOnTime, overdue, submitted, open: Int
    /// In percent; null when there are no findings.
    let rectificationRate, onTimeRate: Double?

    init(_ f: RectificationFigures) {
        (total, closed, closedOnTime, overdue, submitted, open) = (
            f.total, f.closed, f.closedOnTime, f.overdue, f.submitted, f.open
        )
        (rectificationRate, onTimeRate) = (f.rectificationRate, f.onTimeRate)
    }
}

struct InspectionCampaignDTO: Content {
    let id: UUID
    let title: String
    let basis: String?
    let organisationName: String
    let startedOn: CivilDate
    let endedOn: CivilDate?
    let createdAt: Date
    let wholeCampaign: Bool
    let figures: RectificationFiguresDTO

    init(_ c: InspectionCampaignRow) {
        (id, title, basis, organisationName) = (c.id, c.title, c.basis, c.organisationName)
        (startedOn, endedOn, createdAt, wholeCampaign) = (c.startedOn, c.endedOn, c.createdAt, c.wholeCampaign)
        figures = RectificationFiguresDTO(c.figures)
    }
}

struct InspectionEventDTO: Content {
    let action: String
    let label: String
    let organisationName: String
    let authorName: String
    let at: Date
    let body: String
    let deadline: CivilDate?
    let evidence: [EvidenceFileDTO]

    init(_ e: InspectionEventRow) {
        (action, label, organisationName, authorName) = (
            e.action.rawValue, e.action.label, e.organisationName, e.authorName
        )
        (at, body, deadline) = (e.at, e.body, e.deadline)
        evidence = e.evidence.map(EvidenceFileDTO.init)
    }
}

struct InspectionFindingDTO: Content {
    let id: UUID
    let campaignID: UUID
    let campaignTitle: String
    let number: Int
    let organisationID: UUID
    let organisationName: String
    let kind: String
    let kindLabel: String
    let description: String
    let requirement: String?
    let raisedOn: CivilDate
    let deadline: CivilDate
    let status: String
    /// The status on today's date: `overdue` when the unit still owes its report after the deadline.
    let standing: String
    let standingLabel: String
    let reportedOn: CivilDate?
    let closedOn: CivilDate?
    let reopenedCount: Int
    let extendedCount: Int
    /// The reports and decisions, oldest first; only on a single finding.
    let events: [InspectionEventDTO]?

    init(_ f: InspectionFindingRow, events: [InspectionEventRow]? = nil) {
        (id, campaignID, campaignTitle, number) = (f.id, f.campaignID, f.campaignTitle, f.number)
        (organisationID, organisationName, kind, kindLabel) = (
            f.organisationID, f.organisationName, f.kind.rawValue, f.kind.label
        )
        (description, requirement, raisedOn, deadline) = (f.description, f.requirement, f.raisedOn, f.deadline)
        (status, standing, standingLabel) = (f.status.rawValue, f.standing.rawValue, f.standing.label)
        (reportedOn, closedOn, reopenedCount, extendedCount) = (
            f.reportedOn, f.closedOn, f.reopenedCount, f.extendedCount
        )
        self.events = events.map { $0.map(InspectionEventDTO.init) }
    }
}

struct RectificationStatisticsDTO: Content {
    struct Group: Content {
        /// The unit's id or the kind's code.
        let key: String
        let name: String
        let figures: RectificationFiguresDTO
    }
    let total: RectificationFiguresDTO
    let byUnit: [Group]
    let byKind: [Group]
    let definitions: [String: String]

    init(_ s: RectificationStatistics) {
        total = RectificationFiguresDTO(s.total)
        byUnit = s.byUnit.map { Group(key: $0.key ?? "", name: $0.name, figures: RectificationFiguresDTO($0.figures)) }
        byKind = s.byKind.map { Group(key: $0.key ?? "", name: $0.name, figures: RectificationFiguresDTO($0.figures)) }
        definitions = [
            "rectificationRate": RectificationFigures.rectificationDefinition,
            "onTimeRate": RectificationFigures.onTimeDefinition,
        ]
    }
}

/// A report or decision through the API; evidence files travel as base64.
struct InspectionActionRequest: Content {
    let action: String
    let body: String?
    let deadline: String?
    let files: [Base64File]?

    func input() throws -> InspectionActionInput {
        InspectionActionInput(
            action: action, body: body ?? "", deadline: deadline, files: try Base64File.decode(files))
    }
}
