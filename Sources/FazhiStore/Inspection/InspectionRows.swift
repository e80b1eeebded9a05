import FazhiCore
import Foundation

/// An inspection campaign (督察) as the user sees it, with the figures of the findings they may see in it.
public struct InspectionCampaignRow: Sendable, Equatable {
    public var id: UUID
    public var title: String
    public var basis: String?
    public var organisationName: String
    public var startedOn: CivilDate
    public var endedOn: CivilDate?
    public var createdAt: Date
    /// Whether the user's scope runs the campaign (all its findings) or only answers some of them.
    public var wholeCampaign: Bool
    public var figures: RectificationFigures
}

/// A finding (督察反馈问题) with the unit that must rectify it.
public struct InspectionFindingRow: Sendable, Equatable {
    public var id: UUID
    public var campaignID: UUID
    public var campaignTitle: String
    public var number: Int
    public var organisationID: UUID
    public var organisationName: String
    public var kind: InspectionFindingKind
    public var description: String
    public var requirement: String?
    public var raisedOn: CivilDate
    public var deadline: CivilDate
    public var status: InspectionFindingStatus
    public var reportedOn: CivilDate?
    public var closedOn: CivilDate?
    public var reopenedCount: Int
    public var extendedCount: Int
    public var standing: InspectionFindingStanding
    /// Whether the user's scope runs the campaign, so may decide on the finding.
    public var ownCampaign: Bool
    /// Whether the unit lies in the user's scope, so may report its rectification.
    public var unitInScope: Bool
}

/// One report or decision on a finding, oldest first in its history.
public struct InspectionEventRow: Sendable, Equatable {
    public var id: UUID
    public var action: InspectionAction
    public var organisationName: String
    public var authorName: String
    public var at: Date
    public var body: String
    /// The new deadline of an extension.
    public var deadline: CivilDate?
    public var evidence: [EvidenceFile]
}

/// Which findings a list or a statistic covers.
public struct InspectionFindingFilter: Sendable, Equatable {
    public var campaignID: UUID?
    public var organisationID: UUID?
    public var kind: InspectionFindingKind?
    public var standing: InspectionFindingStanding?
    /// Findings raised (反馈) in this year.
    public var year: Int?
    public var limit = 100
    public var offset = 0

    public init(
        campaignID: UUID? = nil, organisationID: UUID? = nil, kind: InspectionFindingKind? = nil,
        standing: InspectionFindingStanding? = nil, year: Int? = nil, limit: Int = 100, offset: Int = 0
    ) {
        self.campaignID = campaignID
        self.organisationID = organisationID
        self.kind = kind
        self.standing = standing
        self.year = year
        self.limit = limit
        self.offset = offset
    }
}

/// The figures of one group of findings: a unit, a kind, or all of them.
public struct RectificationGroup: Sendable, Equatable {
    /// The unit's id, or the kind's code; nil for the total.
    public var key: String?
    public var name: String
    public var figures: RectificationFigures
}

/// The statistics of a set of findings: the total, by unit and by kind.
public struct RectificationStatistics: Sendable, Equatable {
    public var total: RectificationFigures
    public var byUnit: [RectificationGroup]
    public var byKind: [RectificationGroup]
}
