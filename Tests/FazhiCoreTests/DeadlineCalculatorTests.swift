import Testing

@testable import FazhiCore

@Suite("DeadlineCalculator: worked examples from the statutes")
struct DeadlineCalculatorTests {
    let calculator = DeadlineCalculator(calendar: .official)

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
    func rule(_ id: String) -> DeadlineRule { DeadlineRules.rule(id)! }

    // 行政处罚法 art. 60: 90 calendar days from filing; the 90th day 2026-08-30 is a Sunday, so the
    // period ends on Monday 2026-08-31 (民事诉讼法 art. 85).
    @Test func penaltyDecisionMovesOffASunday() throws {
        // given, when
        let deadline = try calculator.compute(rule("punishment.decision"), start: date("2026-06-01"))
        // then
        #expect(deadline.due == date("2026-08-31"))
        #expect(!deadline.provisional)
        #expect(deadline.explanation.contains { $0.contains("第六十条") })
        #expect(deadline.explanation.contains { $0.contains("2026-08-30") && $0.contains("顺延") })
    }

    // 行政处罚法 arts. 64 and 85: five working days from notice on Monday 2026-09-28; 10-01..10-07 are the
    // National Day holiday and Saturday 10-10 is an adjusted working day, so the 5th working day is 10-10.
    @Test func hearingRequestSkipsNationalDayAndCountsTheAdjustedSaturday() throws {
        // given, when
        let deadline = try calculator.compute(rule("punishment.hearing-request"), start: date("2026-09-28"))
        // then
        #expect(deadline.due == date("2026-10-10"))
        #expect(deadline.explanation.contains { $0.contains("国庆") })
        #expect(deadline.explanation.contains { $0.contains("第八十五条") })
    }

    // 行政复议法 art. 62: 60 days from acceptance; the 60th day 2026-05-01 falls in the Labour Day holiday.
    @Test func reconsiderationDecisionMovesPastLabourDay() throws {
        // given, when
        let deadline = try calculator.compute(rule("reconsideration.decision"), start: date("2026-03-02"))
        // then
        let due = try #require(deadline.due)
        #expect(due > date("2026-05-01"))
        #expect(Calendar.official.isWorkday(due))
        #expect(
            (1..<date("2026-05-01").days(to: due)).allSatisfy {
                !Calendar.official.isWorkday(date("2026-05-01").adding(days: $0))
            })
    }

    // 行政复议法 art. 62: extension by up to 30 days with approval; day 90 (2026-05-31) is a Sunday.
    @Test func reconsiderationExtendedByThirtyDays() throws {
        // given
        let events: [DeadlineEvent] = [.extend(on: date("2026-04-20"), amount: 30, note: "经行政复议机构负责人批准")]
        // when
        let deadline = try calculator.compute(
            rule("reconsideration.decision"), start: date("2026-03-02"), events: events)
        // then
        #expect(deadline.due == date("2026-06-01"))
        #expect(deadline.extended == 30)
        #expect(deadline.explanation.contains { $0.contains("延长30日") })
    }

    @Test func anExtensionBeyondTheStatutoryMaximumIsRefused() {
        // given
        let events: [DeadlineEvent] = [
            .extend(on: date("2026-04-01"), amount: 20, note: nil),
            .extend(on: date("2026-04-10"), amount: 11, note: nil),
        ]
        // when, then
        #expect(throws: DomainError.self) {
            try calculator.compute(rule("reconsideration.decision"), start: date("2026-03-02"), events: events)
        }
    }

    @Test func aRuleWithoutAnExtensionClauseCannotBeExtended() {
        #expect(throws: DomainError.self) {
            try calculator.compute(
                rule("punishment.decision"), start: date("2026-06-01"),
                events: [.extend(on: date("2026-07-01"), amount: 10, note: nil)])
        }
    }

    // Suspension keeps the days already run: 10 days run (06-01 → 06-11), 80 remain from resumption on
    // 07-01, so the 80th day is 2026-09-19 (a Saturday, and a normal weekend in 2026) → Monday 09-21.
    @Test func suspensionStopsTheClockAndResumptionContinuesIt() throws {
        // given
        let events: [DeadlineEvent] = [
            .suspend(on: date("2026-06-11"), note: "鉴定"), .resume(on: date("2026-07-01"), note: nil),
        ]
        // when
        let deadline = try calculator.compute(rule("punishment.decision"), start: date("2026-06-01"), events: events)
        // then
        let expected = Calendar.official.nextWorkday(onOrAfter: date("2026-07-01").adding(days: 80))
        #expect(deadline.due == expected)
        #expect(deadline.explanation.contains { $0.contains("已经过10日") && $0.contains("尚余80日") })
    }

    @Test func aSuspendedPeriodHasNoDueDate() throws {
        // given, when
        let deadline = try calculator.compute(
            rule("punishment.decision"), start: date("2026-06-01"),
            events: [.suspend(on: date("2026-06-11"), note: nil)])
        // then
        #expect(deadline.due == nil)
        #expect(deadline.status == .suspended)
    }

    @Test func eventsOutOfOrderOrBeforeTheStartAreRefused() {
        let r = rule("punishment.decision")
        #expect(throws: DomainError.self) {
            try calculator.compute(r, start: date("2026-06-01"), events: [.suspend(on: date("2026-05-01"), note: nil)])
        }
        #expect(throws: DomainError.self) {
            try calculator.compute(
                r, start: date("2026-06-01"),
                events: [.suspend(on: date("2026-06-10"), note: nil), .resume(on: date("2026-06-05"), note: nil)])
        }
        #expect(throws: DomainError.self) {
            try calculator.compute(r, start: date("2026-06-01"), events: [.resume(on: date("2026-06-10"), note: nil)])
        }
    }

    // 行政复议法 art. 31: after 补正 the period restarts from receipt of the corrections.
    @Test func restartCountsAgainFromTheCorrection() throws {
        // given
        let events: [DeadlineEvent] = [.restart(on: date("2026-09-29"), note: "收到补正材料")]
        // when
        let deadline = try calculator.compute(rule("reconsideration.review"), start: date("2026-09-21"), events: events)
        // then: five working days after 09-29: 09-30, 10-08, 10-09, 10-10 (adjusted Saturday), 10-12
        #expect(deadline.due == date("2026-10-12"))
    }

    // 重大行政决策程序暂行条例 art. 15: public comment lasts at least 30 days; a minimum is not moved off a holiday.
    @Test func aMinimumPeriodIsNotMoved() throws {
        // given, when
        let deadline = try calculator.compute(rule("decision.public-comment"), start: date("2026-09-02"))
        // then
        #expect(deadline.due == date("2026-10-02"))
        #expect(deadline.explanation.contains { $0.contains("最短期限") })
    }

    // 行政执法机关移送涉嫌犯罪案件的规定 art. 5: transfer within 24 hours of approval, not moved for holidays.
    @Test func hoursRunContinuously() throws {
        // given, when
        let deadline = try calculator.compute(rule("transfer.handover"), start: date("2026-09-30"), startTime: "16:30")
        // then
        #expect(deadline.due == date("2026-10-01"))
        #expect(deadline.dueTime == "16:30")
        #expect(throws: DomainError.self) {
            try calculator.compute(rule("transfer.handover"), start: date("2026-09-30"), startTime: "25:00")
        }
    }

    @Test func aPeriodReachingAYearWithoutANoticeIsProvisional() throws {
        // given, when
        let deadline = try calculator.compute(rule("punishment.decision"), start: date("2026-12-01"))
        // then
        #expect(deadline.provisional)
        #expect(deadline.explanation.contains { $0.contains("暂定") })
    }
}

/// The official calendar under a short name for the assertions above.
private enum Calendar {
    static let official = HolidayCalendar.official
}
