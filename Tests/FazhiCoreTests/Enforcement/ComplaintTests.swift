import Foundation
import Testing

@testable import FazhiCore

@Suite("Complaints and reports (投诉举报): validation, routing, moves, the answer period, codes")
struct ComplaintTests {
    let body = "7C1E4A52-2D4B-4B8A-9C70-0E2B0B7E1A11"

    @Test func aComplaintIsCheckedFieldByField() throws {
        // given
        let empty = ComplaintInput(bodyID: "x", kind: "letter", narrative: " 太短 ", mobile: "12345")
        let good = ComplaintInput(
            bodyID: body, kind: "complaint", narrative: " 执法人员检查时未出示执法证件，态度粗暴。 ", decisionNumber: " ",
            name: " 张三 ", mobile: "+86 139-0000-1234")

        // when
        let error = #expect(throws: DomainError.self) { try empty.validated() }
        let complaint = try good.validated()

        // then
        #expect(Set(error?.fields.map(\.field) ?? []) == ["bodyID", "kind", "narrative", "name", "mobile"])
        #expect(error?.fields.first { $0.field == "mobile" }?.message == "手机号码应为以1开头的11位数字")
        #expect(error?.fields.first { $0.field == "narrative" }?.message == "事情经过请至少写10个字")
        #expect(complaint.kind == .complaint && complaint.name == "张三" && complaint.mobile == "13900001234")
        #expect(complaint.decisionNumber == nil && !complaint.isAnonymous)
    }

    @Test func onlyAReportMayBeAnonymous() throws {
        // given: the same words as an anonymous complaint and an anonymous report
        let narrative = "某商户长期无证经营，售卖过期食品。"
        let complaint = ComplaintInput(bodyID: body, kind: "complaint", narrative: narrative, anonymous: "1")
        let report = ComplaintInput(bodyID: body, kind: "report", narrative: narrative, name: "李四", anonymous: "1")

        // when
        let refused = #expect(throws: DomainError.self) { try complaint.validated() }
        let accepted = try report.validated()

        // then: the complaint needs someone to answer; the report drops the name it was given
        #expect(refused?.fields.map(\.field) == ["anonymous"])
        #expect(accepted.isAnonymous && accepted.name == nil)
        #expect(ComplaintInput.isMobile("13912345678") && !ComplaintInput.isMobile("12912345678"))
    }

    @Test func aComplaintGoesToTheSupervisorAndAReportToTheBody() {
        // given / when / then
        #expect(ComplaintKind.complaint.routesToSupervisor)
        #expect(!ComplaintKind.report.routesToSupervisor)
    }

    @Test func theMovesAreOneTable() {
        // given: every action from every stage
        var reached: Set<ComplaintStage> = [.received]
        for stage in ComplaintStage.allCases {
            for action in ComplaintAction.allCases {
                // when
                if let next = action.next(from: stage) {
                    reached.insert(next)
                    // then: nothing moves an answered complaint
                    #expect(!stage.isAnswered, "\(action) from \(stage)")
                }
            }
        }
        #expect(reached == Set(ComplaintStage.allCases))
        #expect(ComplaintAction.reply.next(from: .received) == nil)
        #expect(ComplaintAction.reassign.next(from: .accepted) == .accepted)
        #expect(ComplaintAction.refuse.next(from: .accepted) == nil)
    }

    @Test func stepsAndViewsNeedTheirWords() throws {
        // given / when / then
        #expect(throws: DomainError.invalid("text", "请填写不予受理的理由")) {
            try ComplaintStepInput(action: "refuse", text: " ").validated()
        }
        #expect(throws: DomainError.invalid("target", "请选择转办给哪个机关")) {
            try ComplaintStepInput(action: "reassign", text: "属地管辖", target: "nobody").validated()
        }
        #expect(try ComplaintStepInput(action: "accept", text: nil).validated().text.isEmpty)
        #expect(throws: DomainError.invalid("rating", "请选择满意、基本满意或不满意")) {
            try ComplaintFeedbackInput(rating: "great", comment: nil).validated()
        }
        #expect(try ComplaintFeedbackInput(rating: "fair", comment: " 还行 ").validated().comment == "还行")
    }

    @Test func theAnswerPeriodIsFifteenWorkingDaysReferenced() throws {
        // given: received on Tuesday 2026-10-20
        let start = try #require(CivilDate(iso: "2026-10-20"))

        // when
        let deadline = try DeadlineCalculator(calendar: .official).compute(
            ComplaintPolicy.standard.replyRule, start: start)
        let own = try ComplaintPolicy.validated(replyDays: "10")

        // then: three weeks of working days, explained with the Chongqing article, marked 参照
        #expect(deadline.due?.iso == "2026-11-10")
        #expect(deadline.title == "投诉举报答复期限（参照）")
        #expect(deadline.explanation.joined().contains("重庆市行政执法责任制条例"))
        #expect(own.replyRule.title == "投诉举报答复期限" && own.replyWorkingDays == 10)
        #expect(throws: DomainError.self) { try ComplaintPolicy.validated(replyDays: "90") }
    }

    @Test func codesAreRandomAndOnlyTheirHashIsComparable() throws {
        // given
        var generator = SplitMix(seed: 7)
        let day = try #require(CivilDate(iso: "2026-12-02"))

        // when
        let number = ComplaintCode.number(on: day, using: &generator)
        let code = ComplaintCode.code(using: &generator)

        // then: typed in lower case or full width, the code hashes the same
        #expect(number.hasPrefix("TS20261202-") && number.count == 19)
        #expect(code.count == 8 && !code.contains("0") && !code.contains("O"))
        #expect(ComplaintCode.hash(code.lowercased()) == ComplaintCode.hash(" \(code) "))
        #expect(ComplaintCode.hash(code) != ComplaintCode.hash(number))
        #expect(ComplaintCode.hash(code).count == 64)
    }
}
