/// What a case has established so far: the projection of its steps that the rules read and the store keeps (as
/// JSON, with the columns lists filter on beside it).
public struct CaseFacts: Codable, Sendable, Equatable {
    public var procedure: CaseProcedure
    public var stage: CaseStage?
    /// The stage a suspended case returns to.
    public var resumeTo: CaseStage?
    public var party: CaseParty?
    public var matterCode: String?
    public var violationOn: CivilDate?
    public var filedOn: CivilDate?
    /// The day of the latest step: a step may not be dated before it.
    public var lastOn: CivilDate?
    public var noticeOn: CivilDate?
    public var hearingRightGiven: Bool = false
    public var heard: Bool = false
    public var legalReviewPassed: Bool = false
    public var discussed: Bool = false
    public var decidedOn: CivilDate?
    public var noPenalty: Bool = false
    public var penalties: Set<PenaltyKind> = []
    public var fineFen: Int64 = 0
    public var circumstance: String?
    public var decisionNumber: String?
    public var servedOn: CivilDate?
    public var closedOn: CivilDate?
    /// Suspensions and resumptions of the decision limit (第六十条), in order.
    public var clock: [DeadlineEvent] = []

    public init(procedure: CaseProcedure) { self.procedure = procedure }

    /// The facts after `step`, which `CaseRules` has allowed.
    public func applying(_ step: CaseStep) -> CaseFacts {
        var facts = self
        let next = step.action.next(from: stage, procedure: procedure, resumeTo: resumeTo)
        facts.stage = next
        facts.lastOn = step.date
        switch step.action {
        case .file, .decideOnSpot:
            facts.party = step.party
            facts.matterCode = step.matterCode
            facts.violationOn = step.violationOn
            facts.filedOn = step.date
            if step.action == .decideOnSpot {
                facts.decidedOn = step.date
                facts.servedOn = step.date
                facts.penalties = step.penalties
                facts.fineFen = step.fineFen
                facts.decisionNumber = step.decisionNumber
            }
        case .notify:
            facts.noticeOn = step.date
            facts.hearingRightGiven = step.hearingRight
            facts.penalties = step.penalties
            facts.fineFen = step.fineFen
            facts.circumstance = step.circumstance
        case .holdHearing: facts.heard = true
        case .legalReview:
            facts.legalReviewPassed = step.reviewPassed
            if !step.reviewPassed { facts.stage = .investigating }
        case .discuss: facts.discussed = true
        case .decide:
            facts.decidedOn = step.date
            facts.noPenalty = step.noPenalty
            facts.penalties = step.penalties
            facts.fineFen = step.fineFen
            facts.circumstance = step.circumstance
            facts.decisionNumber = step.decisionNumber
            // A decision not to penalise ends the case: nothing is served for execution.
            if step.noPenalty {
                facts.stage = .closed
                facts.closedOn = step.date
            }
        case .serve: facts.servedOn = step.date
        case .close: facts.closedOn = step.date
        case .suspend:
            facts.resumeTo = stage
            facts.clock.append(.suspend(on: step.date, note: step.note))
        case .resume:
            facts.resumeTo = nil
            facts.clock.append(.resume(on: step.date, note: step.note))
        case .transfer, .withdraw: facts.closedOn = step.date
        case .investigate, .requestHearing, .submitLegalReview, .execute: break
        }
        return facts
    }

    /// The running limit of the stage and the day it runs from: the decision limit while the decision is awaited
    /// (stopped by suspensions), service after a decision, payment after service of a fine.
    public var runningLimit: (rule: DeadlineRule, start: CivilDate, events: [DeadlineEvent])? {
        guard let stage else { return nil }
        if stage.awaitsDecision || stage == .suspended, let filedOn {
            return (CaseLimits.decision, filedOn, clock)
        }
        if stage == .decided, let decidedOn { return (CaseLimits.service, decidedOn, []) }
        if stage == .served, fineFen > 0, let servedOn { return (CaseLimits.payment, servedOn, []) }
        return nil
    }

    /// The running limit computed and explained by the deadline engine: one computation for the stored `due_on`, the
    /// case page and the API.
    public func runningDeadline(calendar: HolidayCalendar) -> Deadline? {
        guard let limit = runningLimit else { return nil }
        return try? DeadlineCalculator(calendar: calendar).compute(limit.rule, start: limit.start, events: limit.events)
    }
}

/// The statutory limits a case runs under, from the deadline engine's rule library.
public enum CaseLimits {
    public static let decision = DeadlineRules.rule("punishment.decision")!
    public static let service = DeadlineRules.rule("punishment.service")!
    public static let payment = DeadlineRules.rule("punishment.payment")!
    public static let hearingRequest = DeadlineRules.rule("punishment.hearing-request")!
    public static let withdrawPublicity = DeadlineRules.rule("punishment.withdraw-publicity")!
}
