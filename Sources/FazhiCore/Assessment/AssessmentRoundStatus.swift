/// Where an assessment round (考核轮次) stands: the office prepares it, units assess themselves with evidence, the
/// office reviews and scores, and the results are published.
///
/// Published results are final: a correction is a new decision with its own record, not a silent edit.
public enum AssessmentRoundStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// 准备: the office sets the indicator system, the period and the units.
    case draft
    /// 自评: units score their manual indicators and upload evidence.
    case selfAssessment = "self_assessment"
    /// 审核: reviewers score, and may send a unit back for more evidence.
    case review
    /// 已公布: results and ranking are public.
    case published

    public var label: String {
        switch self {
        case .draft: "准备"
        case .selfAssessment: "自评"
        case .review: "审核"
        case .published: "已公布"
        }
    }

    /// The statuses the round may move to from this one. From 审核 back to 自评 reopens self-assessment for every
    /// unit (a unit sent back alone is `UnitAssessmentStatus.returned`).
    public var allowedTransitions: [AssessmentRoundStatus] {
        switch self {
        case .draft: [.selfAssessment]
        case .selfAssessment: [.review]
        case .review: [.selfAssessment, .published]
        case .published: []
        }
    }

    public func canMove(to next: AssessmentRoundStatus) -> Bool { allowedTransitions.contains(next) }

    /// The next status, or a conflict saying why not.
    public func moving(to next: AssessmentRoundStatus) throws(DomainError) -> AssessmentRoundStatus {
        guard canMove(to: next) else {
            if self == .published { throw .conflict("考核结果已公布，不能再更改") }
            throw .conflict("考核处于「\(label)」阶段，不能转为「\(next.label)」")
        }
        return next
    }
}

/// Where one unit's part of a round stands.
public enum UnitAssessmentStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// 自评中: the unit is filling in its self-assessment.
    case selfAssessing = "self_assessing"
    /// 已提交: waiting for review.
    case submitted
    /// 退回补充: the reviewer asked for more; the unit resubmits, also while the round is in review.
    case returned
    /// 已审核: every indicator of the unit has been reviewed.
    case reviewed

    public var label: String {
        switch self {
        case .selfAssessing: "自评中"
        case .submitted: "已提交"
        case .returned: "退回补充"
        case .reviewed: "已审核"
        }
    }

    /// The statuses the unit may move to from this one while the round is in `round`: units submit during 自评
    /// (and resubmit what was sent back during 审核 too); reviewers return and conclude during 审核.
    public func allowedTransitions(in round: AssessmentRoundStatus) -> [UnitAssessmentStatus] {
        switch (self, round) {
        case (.selfAssessing, .selfAssessment), (.returned, .selfAssessment), (.returned, .review): [.submitted]
        case (.submitted, .review): [.returned, .reviewed]
        case (.reviewed, .review): [.returned]
        default: []
        }
    }

    /// The next status, or a conflict saying why not.
    public func moving(to next: UnitAssessmentStatus, in round: AssessmentRoundStatus) throws(DomainError)
        -> UnitAssessmentStatus
    {
        guard allowedTransitions(in: round).contains(next) else {
            throw .conflict("考核处于「\(round.label)」阶段，单位状态「\(label)」不能转为「\(next.label)」")
        }
        return next
    }
}
