import Testing

@testable import FazhiCore

@Suite("Enforcement: the rules checked at each step")
struct CaseRulesTests {
    let certificates: [String: EnforcementCertificate] = [
        "A": EnforcementCertificate(
            number: "A", holderName: "甲", validFrom: CivilDate(iso: "2024-01-01")!,
            validTo: CivilDate(iso: "2028-12-31")!, status: .valid),
        "B": EnforcementCertificate(
            number: "B", holderName: "乙", validFrom: CivilDate(iso: "2024-01-01")!,
            validTo: CivilDate(iso: "2028-12-31")!, status: .valid),
        "C": EnforcementCertificate(
            number: "C", holderName: "丙", validFrom: CivilDate(iso: "2024-01-01")!,
            validTo: CivilDate(iso: "2028-12-31")!, status: .suspended),
    ]
    let matter = CaseMatter(
        code: "M1", name: "某事项", kind: .penalty,
        benchmark: DiscretionBenchmark(ranges: [
            .init(circumstance: "一般", description: "", minimumFen: 100_000, maximumFen: 500_000)
        ]), noPenaltyListed: false, lightPenaltyListed: false)

    var rules: CaseRules {
        CaseRules(policy: .standard, certificates: certificates, matter: matter, calendar: .official)
    }

    func input(_ action: CaseAction, _ fill: (inout CaseStepInput) -> Void = { _ in }) throws -> CaseStep {
        var input = CaseStepInput(action: action.rawValue, date: "2026-05-06", officers: ["A", "B"])
        input.matterCode = "M1"
        input.partyKind = "person"
        input.partyName = "张三"
        input.violationOn = "2026-05-01"
        fill(&input)
        return try input.validated(today: CivilDate(iso: "2026-12-01")!)
    }

    var filed: CaseFacts {
        var facts = CaseFacts(procedure: .general)
        facts.stage = .notified
        facts.party = CaseParty(kind: .person, name: "张三", identifier: nil, address: nil)
        facts.filedOn = CivilDate(iso: "2026-05-01")
        facts.noticeOn = CivilDate(iso: "2026-05-04")
        facts.lastOn = facts.noticeOn
        facts.hearingRightGiven = true
        facts.matterCode = "M1"
        return facts
    }

    @Test func officersMustBeTwoWithValidCertificatesAndOneSufficesOnTheSpot() throws {
        // when
        let suspended = rules.check(try input(.file) { $0.officers = ["A", "C"] }, on: CaseFacts(procedure: .general))
        let unknown = rules.check(try input(.file) { $0.officers = ["A", "Z"] }, on: CaseFacts(procedure: .general))
        let spot = rules.check(
            try input(.decideOnSpot) {
                $0.officers = ["A"]; $0.penalties = ["警告"]; $0.decisionNumber = "1"
            }, on: CaseFacts(procedure: .simplified))
        // then
        #expect(suspended.refusals.map(\.rule) == ["officers.certificate"])
        #expect(unknown.refusals.map(\.rule) == ["officers.unknown"])
        #expect(spot.refusals.isEmpty)
    }

    @Test func aHearingRequestAfterFiveWorkingDaysIsRefused() throws {
        // given: notice on Monday 2026-05-04 (a working day after the 劳动节 holiday ends 05-05)
        var facts = filed
        facts.stage = .notified
        // when
        let late = rules.check(try input(.requestHearing) { $0.date = "2026-05-20" }, on: facts)
        let inTime = rules.check(try input(.requestHearing) { $0.date = "2026-05-08" }, on: facts)
        // then
        #expect(late.refusals.map(\.rule) == ["hearing.late"])
        #expect(inTime.refusals.isEmpty)
    }

    @Test func aPenaltyNeedsANoticeFirstButADecisionNotToPenaliseDoesNot() throws {
        // given
        var facts = filed
        facts.stage = .investigating
        facts.noticeOn = nil
        // when
        let penalty = rules.check(
            try input(.decide) {
                $0.penalties = ["警告"]; $0.decisionNumber = "决1"
            }, on: facts)
        let none = rules.check(try input(.decide) { $0.outcome = "none" }, on: facts)
        // then
        #expect(penalty.refusals.map(\.rule) == ["decision.notice"])
        #expect(none.refusals.isEmpty)
    }

    @Test func aStepMayNotBeDatedBeforeThePreviousOne() throws {
        let check = rules.check(try input(.investigate) { $0.date = "2026-05-03" }, on: filed)
        #expect(check.refusals.map(\.rule) == ["date.order"])
    }

    @Test func collectiveDiscussionIsRequiredForLargeFines() throws {
        // given: 60,000 yuan for a person ≥ the 50,000 collective threshold; review passed, no discussion
        var facts = filed
        facts.legalReviewPassed = true
        // when
        let check = rules.check(
            try input(.decide) {
                $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.decisionNumber = "决1"
                $0.deviationReason = "情节特别严重"
            }, on: facts)
        // then
        #expect(check.refusals.map(\.rule) == ["decision.collective"])
        #expect(check.alerts.map(\.rule) == ["benchmark.range"])
    }

    @Test func inputIsValidatedFieldByField() {
        // given
        var input = CaseStepInput(action: "file", date: "2026-02-30", officers: [])
        input.partyKind = "person"
        input.partyName = "张三"
        input.partyID = "110101199003074515"
        input.penalties = ["罚款"]
        // when
        let error = #expect(throws: DomainError.self) { try input.validated(today: CivilDate(iso: "2026-12-01")!) }
        // then
        let fields = Set(error?.fields.map(\.field) ?? [])
        #expect(fields == ["date", "officers", "matterCode", "partyID", "violationOn"])
        #expect(throws: DomainError.self) {
            try CaseStepInput(action: "fly").validated(today: CivilDate(iso: "2026-12-01")!)
        }
    }
}
