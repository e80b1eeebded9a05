import FazhiCore
import Foundation

/// An indicator system as its office keeps it.
public struct IndicatorSystemRow: Sendable, Equatable {
    public var id: UUID
    public var organisationName: String
    public var system: IndicatorSystem
    public var updatedAt: Date
}

/// An assessment round (考核) as the user sees it.
public struct AssessmentRoundRow: Sendable, Equatable {
    public var id: UUID
    public var systemID: UUID
    public var title: String
    public var organisationName: String
    public var period: AssessmentPeriod
    public var status: AssessmentRoundStatus
    /// The system as it was when the round was created: its rules for the whole round.
    public var system: IndicatorSystem
    public var createdAt: Date
    /// Whether the user's scope runs the round (sees every unit and reviews), or only takes part in it.
    public var ownRound: Bool
}

/// One unit's part of a round.
public struct AssessmentUnitRow: Sendable, Equatable {
    public var organisationID: UUID
    public var name: String
    public var status: UnitAssessmentStatus
    public var submittedAt: Date?
    /// Whether the unit lies in the user's scope, so may self-assess.
    public var inScope: Bool
}

/// What a unit entered on one scoring indicator, and the reviewer's decision.
public struct AssessmentEntry: Sendable, Equatable {
    public var code: String
    public var selfPoints: Points?
    public var selfComment: String?
    public var evidence: [EvidenceFile]
    public var review: ReviewDecision?
    public var reviewerName: String?
}

/// A unit's scorecard in a round: its entries, the figures of its automatic indicators, each score and the sums.
public struct AssessmentScorecard: Sendable, Equatable {
    public var round: AssessmentRoundRow
    public var unit: AssessmentUnitRow
    public var entries: [String: AssessmentEntry]
    /// The counts behind each automatic indicator, by indicator code; missing when the figure is not on the
    /// platform yet.
    public var figures: [String: MetricCount]
    public var card: UnitScorecard
}

/// A unit's result in a round, for the results table and the ranking.
public struct AssessmentResult: Sendable, Equatable {
    public var unit: AssessmentUnitRow
    public var card: UnitScorecard
    /// 1, 2, 2, 4…; nil while the unit's final score is not there (scores pending).
    public var rank: Int?
}
