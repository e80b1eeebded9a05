import Testing

@testable import FazhiCore

@Suite("Enforcement: the case procedure's moves and facts")
struct CaseProcedureTests {
    @Test func everyStageIsReachableAndFinalStagesAllowNothing() {
        // given: every action from every stage (and before the case) in both procedures
        var reached: Set<CaseStage> = []
        for procedure in CaseProcedure.allCases {
            for stage in [nil] + CaseStage.allCases.map(Optional.some) {
                for action in CaseAction.allCases {
                    // when
                    if let next = action.next(from: stage, procedure: procedure, resumeTo: .notified) {
                        reached.insert(next)
                        // then: nothing leaves a final stage
                        #expect(stage?.isFinal != true, "\(action) from \(String(describing: stage))")
                    }
                }
            }
        }
        #expect(reached == Set(CaseStage.allCases))
        #expect(CaseAction.file.next(from: nil, procedure: .simplified) == nil)
        #expect(CaseAction.decideOnSpot.next(from: nil, procedure: .simplified) == .served)
        #expect(CaseAction.serve.next(from: .investigating, procedure: .general) == nil)
    }

    @Test("closing a decision never served is refused with 第六十一条; after service it closes")
    func closureWithoutServiceIsRefused() {
        #expect(CaseAction.close.next(from: .decided, procedure: .general) == nil)
        let refusal = CaseAction.close.refusal(at: .decided)
        #expect(refusal.contains("尚未送达") && refusal.contains("第六十一条"))
        #expect(CaseAction.close.next(from: .served, procedure: .general) == .closed)
        #expect(!CaseAction.close.refusal(at: .investigating).contains("第六十一条"))
    }

    @Test func factsFollowTheStepsAndTheDecisionLimitStopsWhileSuspended() throws {
        // given
        func step(_ action: CaseAction, _ day: String, _ fill: (inout CaseStep) -> Void = { _ in }) -> CaseStep {
            var step = CaseStep(
                action: action, date: CivilDate(iso: day)!, officers: ["1", "2"], severeHarm: false, penalties: [],
                fineFen: 0, hearingRight: false, reviewPassed: false, noPenalty: false)
            fill(&step)
            return step
        }
        var facts = CaseFacts(procedure: .general)
        // when
        facts = facts.applying(
            step(.file, "2026-03-02") {
                $0.party = CaseParty(kind: .organisation, name: "某公司", identifier: nil, address: nil)
                $0.matterCode = "M1"
            })
        facts = facts.applying(step(.suspend, "2026-03-12") { $0.note = "等待检验结果" })
        let suspended = facts
        facts = facts.applying(step(.resume, "2026-04-11"))
        // then
        #expect(suspended.stage == .suspended && suspended.resumeTo == .investigating)
        #expect(facts.stage == .investigating && facts.resumeTo == nil)
        let limit = try #require(facts.runningLimit)
        let due = try DeadlineCalculator(calendar: .official).compute(
            limit.rule, start: limit.start, events: limit.events)
        // 90 days from 2026-03-02 is 2026-05-31; the 30 suspended days move it to about 2026-06-30.
        #expect(due.due! > CivilDate(iso: "2026-06-25")!)
        let refused = facts.applying(step(.legalReview, "2026-04-20") { $0.reviewPassed = false })
        #expect(refused.stage == .investigating)
        let none = facts.applying(step(.decide, "2026-04-20") { $0.noPenalty = true })
        #expect(none.stage == .closed && none.closedOn == CivilDate(iso: "2026-04-20"))
    }
}
