import Foundation
import Testing

@testable import FazhiCore

@Suite("Enforcement supervision (督办): moves, validation, the reply period")
struct SupervisionTests {
    @Test func everyStageIsReachedAndClosedAllowsNothing() {
        // given: every action from every stage
        var reached: Set<SupervisionStage> = [.issued]
        for stage in SupervisionStage.allCases {
            for action in SupervisionAction.allCases {
                // when
                if let next = action.next(from: stage) {
                    reached.insert(next)
                    // then: nothing leaves a closed notice
                    #expect(!stage.isFinal, "\(action) from \(stage)")
                }
            }
        }
        #expect(reached == Set(SupervisionStage.allCases))
        #expect(SupervisionAction.accept.next(from: .issued) == nil)
        #expect(SupervisionAction.return.next(from: .issued) == nil)
        #expect(SupervisionAction.reply.next(from: .replied) == nil)
        #expect(SupervisionAction.reply.next(from: .returned) == .replied)
        #expect(SupervisionAction.escalate.next(from: .issued) == .escalated)
        #expect(SupervisionAction.reply.byAgency && !SupervisionAction.accept.byAgency)
    }

    @Test func aNoticeIsCheckedFieldByField() throws {
        // given
        let empty = SupervisionNoticeInput(kind: "letter", findings: " ", requirement: nil, replyDays: "0")
        let good = SupervisionNoticeInput(kind: "correction", findings: " 超期未决定 ", requirement: "立即纠正", replyDays: "10")

        // when
        let error = #expect(throws: DomainError.self) { try empty.validated() }
        let notice = try good.validated()

        // then
        #expect(Set(error?.fields.map(\.field) ?? []) == ["kind", "findings", "requirement", "replyDays"])
        #expect(error?.fields.first { $0.field == "replyDays" }?.message == "答复期限应为1至60个工作日")
        #expect(notice == SupervisionNotice(kind: .correction, findings: "超期未决定", requirement: "立即纠正", replyDays: 10))
        let missing = SupervisionNoticeInput(kind: "opinion", findings: "a", requirement: "b", replyDays: "十")
        #expect(throws: DomainError.invalid("replyDays", "请填写答复期限（工作日数）")) { try missing.validated() }
    }

    @Test func stepsNeedTheirText() throws {
        // given / when / then: a reply, a return and an escalation need words; an acceptance does not
        #expect(throws: DomainError.invalid("text", "请填写答复内容（整改情况）")) {
            try SupervisionStepInput(action: "reply", text: "  ").validated()
        }
        #expect(throws: DomainError.invalid("text", "请填写退回理由")) {
            try SupervisionStepInput(action: "return", text: nil).validated()
        }
        #expect(throws: DomainError.invalid("action", "请选择操作")) {
            try SupervisionStepInput(action: "delete", text: "x").validated()
        }
        let accepted = try SupervisionStepInput(action: "accept", text: nil).validated()
        #expect(accepted.action == .accept && accepted.text.isEmpty)
    }

    @Test func theReplyPeriodIsWorkingDaysAndSaysItIsReferenced() throws {
        // given: 15 working days from Friday 2026-09-25, across the National Day holiday
        let rule = SupervisionPolicy.standard.replyRule(workingDays: 15)
        let start = try #require(CivilDate(iso: "2026-09-25"))

        // when
        let deadline = try DeadlineCalculator(calendar: .official).compute(rule, start: start)

        // then: the holiday days are skipped, and the explanation cites the borrowed article
        let due = try #require(deadline.due)
        #expect(HolidayCalendar.official.isWorkday(due))
        #expect(due > start.adding(days: 21))
        #expect(rule.title == "督办答复期限（参照）")
        #expect(deadline.explanation[0].contains("河南省行政执法条例"))
        #expect(SupervisionPolicy(replyWorkingDays: 20, isDefault: false).replyRule(workingDays: 20).title == "督办答复期限")
    }
}
