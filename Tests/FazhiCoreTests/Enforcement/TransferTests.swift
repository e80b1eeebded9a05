import Testing

@testable import FazhiCore

@Suite("Transfers of suspected crimes (两法衔接): the state machine, its periods and validation")
struct TransferTests {
    let calculator = DeadlineCalculator(calendar: .official)
    let today = CivilDate(iso: "2026-03-20")!

    func deadline(_ stage: TransferStage, _ day: String, _ time: String? = nil) -> Deadline {
        TransferDeadlines.running(stage, since: CivilDate(iso: day)!, time: time, calculator: calculator)!
    }

    @Test func theProcedureRunsFromReportToHandoverOfMaterialsAndThroughAReconsideration() {
        // given
        let path: [(TransferAction, TransferStage)] = [
            (.approve, .approved), (.handOver, .transferred), (.receive, .received), (.refuse, .refused),
            (.requestReconsideration, .reconsidering), (.upholdRefusal, .upheld),
            (.suggestSupervision, .supervisionSuggested), (.file, .filed), (.handOverMaterials, .handedOver),
        ]
        // when
        var stage = TransferStage.reported
        var reached: [TransferStage] = []
        for (action, _) in path {
            guard let next = action.next(from: stage) else { break }
            stage = next
            reached.append(next)
        }
        // then
        #expect(reached == path.map(\.1))
        #expect(stage.isFinal)
    }

    @Test func movesOutsideTheTableAreRefusedAndFinalStagesHaveNone() {
        // given
        let finals = TransferStage.allCases.filter(\.isFinal)
        // when
        let fromFinal = finals.flatMap { stage in TransferAction.allCases.compactMap { $0.next(from: stage) } }
        // then
        #expect(fromFinal.isEmpty)
        #expect(TransferAction.handOver.next(from: .reported) == nil, "移送须先经负责人批准（第五条）")
        #expect(TransferAction.receive.next(from: .approved) == nil)
        #expect(TransferAction.withdraw.next(from: .received) == nil, "公安机关已接收后不能撤回")
        #expect(TransferAction.reject.next(from: .reported) == .notApproved)
        #expect(TransferAction.conclude.next(from: .refused) == .concluded, "第十条：依法作出处理")
        #expect(TransferAction.handOver.refusal(at: .reported).contains("已报告待审批"))
    }

    @Test func everyRunningPeriodIsARuleOfTheRegulationCitingItsArticle() {
        // given
        let stages = TransferStage.allCases.filter { $0.runningRuleID != nil }
        // when
        let rules = stages.compactMap(TransferDeadlines.rule(for:))
        // then
        #expect(rules.count == stages.count)
        for rule in rules {
            #expect(rule.basis.statute == "行政执法机关移送涉嫌犯罪案件的规定" && rule.basis.version == "2020-08-07")
        }
        #expect(TransferDeadlines.rule(for: .reported)?.basis.article == "第五条")
        #expect(TransferDeadlines.rule(for: .approved)?.unit == .hours)
        #expect(TransferDeadlines.rule(for: .received)?.basis.article == "第八条")
        #expect(TransferDeadlines.rule(for: .reconsidering)?.basis.article == "第九条第二款")
        #expect(TransferDeadlines.rule(for: .filed)?.basis.article == "第十二条")
        #expect(TransferDeadlines.rule(for: .transferred) == nil)
    }

    @Test func theApprovalRunsThreeCalendarDaysAndTheHandoverTwentyFourHoursThroughAWeekend() {
        // given: a report on Monday 2026-03-02; an approval on Friday 2026-03-06 at 10:00
        // when
        let approval = deadline(.reported, "2026-03-02")
        let handover = deadline(.approved, "2026-03-06", "10:00")
        // then: 3 days → Thursday 03-05; 24 hours → Saturday 03-07 10:00, not moved to a working day
        #expect(approval.due?.iso == "2026-03-05" && approval.dueTime == nil)
        #expect(approval.explanation.contains { $0.contains("第五条") && $0.contains("３日内") })
        #expect(handover.due?.iso == "2026-03-07" && handover.dueTime == "10:00")
        #expect(handover.explanation.contains { $0.contains("不因休息日顺延") })
    }

    @Test func aCalendarDayPeriodEndingOnASaturdayMovesToMonday() {
        // given: received on Wednesday 2026-03-04
        // when
        let review = deadline(.received, "2026-03-04")
        // then: the third day is Saturday 03-07; it ends on Monday 03-09 (民事诉讼法 第八十五条)
        #expect(review.due?.iso == "2026-03-09")
        #expect(review.explanation.contains { $0.contains("顺延") })
        #expect(review.explanation.first?.contains("第八条") == true)
    }

    @Test func aStepIsLateAfterItsDayOrItsHour() throws {
        // given
        let handover = deadline(.approved, "2026-03-05", "16:30")
        let review = deadline(.received, "2026-03-02")
        func step(_ day: String, _ time: String?) -> TransferStep {
            TransferStep(action: .handOver, date: CivilDate(iso: day)!, time: time, document: "", note: "")
        }
        // when / then
        #expect(!TransferDeadlines.isLate(step("2026-03-06", "16:30"), for: handover))
        #expect(TransferDeadlines.isLate(step("2026-03-06", "16:31"), for: handover))
        #expect(TransferDeadlines.isLate(step("2026-03-07", "08:00"), for: handover))
        #expect(!TransferDeadlines.isLate(step("2026-03-05", nil), for: review))
        #expect(TransferDeadlines.isLate(step("2026-03-06", nil), for: review))
        #expect(TransferDeadlines.isOverdue(review, today: CivilDate(iso: "2026-03-06")!))
        #expect(!TransferDeadlines.isOverdue(review, today: CivilDate(iso: "2026-03-05")!))
    }

    @Test func aReportNeedsEveryFieldAndATaskGroupOfTwo() {
        // given
        let input = TransferInput(
            subject: " ", party: "某公司", offence: "", facts: "事实", police: "某公安分局", members: "王某",
            reportedOn: "2026-03-21")
        // when
        let errors = Self.fields { try input.validated(today: today) }
        // then
        #expect(Set(errors.map(\.field)) == ["subject", "offence", "members", "reportedOn"])
        #expect(errors.first { $0.field == "members" }?.message.contains("第五条") == true)
        #expect(errors.first { $0.field == "reportedOn" }?.message == "报告日期不能晚于今天")
    }

    @Test func aValidReportIsTrimmedWithItsMembersOnce() throws {
        // given
        let input = TransferInput(
            subject: " 某案 ", party: "某公司", offence: "销售伪劣产品罪", facts: "事实", police: "某公安分局",
            members: "王某、李某，王某", reportedOn: "2026-03-02")
        // when
        let report = try input.validated(today: today)
        // then
        #expect(report.subject == "某案" && report.members == ["王某", "李某"])
        #expect(report.reportedOn.iso == "2026-03-02")
    }

    @Test func aStepChecksItsTimeItsReasonsAndItsOrder() {
        // given
        let previous = CivilDate(iso: "2026-03-05")
        // when
        let approve = Self.fields {
            try TransferStepInput(action: "approve", date: "2026-03-05", time: "9:3").validated(
                today: today, previous: previous)
        }
        let refuse = Self.fields {
            try TransferStepInput(action: "refuse", date: "2026-03-04").validated(today: today, previous: previous)
        }
        let unknown = Self.fields {
            try TransferStepInput(action: "arrest", date: "2026-03-06").validated(today: today, previous: previous)
        }
        // then
        #expect(approve.map(\.field) == ["time"])
        #expect(Set(refuse.map(\.field)) == ["date", "note"])
        #expect(refuse.first { $0.field == "note" }?.message == "请填写公安机关不予立案的理由")
        #expect(unknown.map(\.field) == ["action"])
    }

    @Test func anOpinionIsRequiredAndBounded() throws {
        // given / when
        let empty = Self.fields { try TransferOpinionInput(text: "  ").validated() }
        let long = Self.fields { try TransferOpinionInput(text: String(repeating: "意", count: 2001)).validated() }
        // then
        #expect(empty.first?.message == "请填写立案监督意见")
        #expect(long.first?.message == "立案监督意见不能超过2000个字")
        #expect(try TransferOpinionInput(text: " 请说明不立案理由 ").validated() == "请说明不立案理由")
    }

    @Test func theProcuratorateSeesItsGovernmentsTransfersOnly() {
        // given: a procuratorate (kind other) under a county government under a city
        let city = OrgSummary(path: OrgPath(value: "/a/"), kind: .government)
        let county = OrgSummary(path: OrgPath(value: "/a/b/"), kind: .government)
        let procuratorate = OrgSummary(path: OrgPath(value: "/a/b/c/"), kind: .other)
        // when
        let transfers = Scope.transfers(member: [city, county, procuratorate], roles: [.procuratorate])
        let general = Scope.of(member: [city, county, procuratorate], roles: [.procuratorate])
        // then: its transfers scope is the county's; elsewhere it keeps its own organisation only
        #expect(transfers?.root.value == "/a/b/")
        #expect(general?.root.value == "/a/b/c/")
        #expect(Role.procuratorate.label == "检察监督")
        #expect(Role.parseList("检察监督").roles == [.procuratorate])
    }

    static func fields<T>(_ body: () throws -> T) -> [FieldError] {
        do {
            _ = try body()
            return []
        } catch let error as DomainError {
            return error.fields
        } catch {
            Issue.record("expected a DomainError, got \(error)")
            return []
        }
    }
}
