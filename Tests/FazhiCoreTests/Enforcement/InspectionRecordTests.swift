import Foundation
import Testing

@testable import FazhiCore

@Suite("Inspections of enterprises (涉企检查): the record, its rules, the repeated-inspection alert, the policy")
struct InspectionRecordTests {
    let today = CivilDate(iso: "2026-11-20")!
    let code = CreditCode.completing("91150100MA0000001")!

    func input(_ change: (inout EnterpriseInspectionInput) -> Void = { _ in }) -> EnterpriseInspectionInput {
        var input = EnterpriseInspectionInput(
            clientID: "INS-1", matterCode: "T-INSPECT-1", creditCode: code, enterpriseName: "某某食品有限公司",
            date: "2026-11-10", officers: ["A1", " A2 ", "A1", ""], kind: "双随机抽查", result: "未发现问题")
        change(&input)
        return input
    }

    func certificate(_ number: String, to validTo: String = "2028-12-31") -> EnforcementCertificate {
        EnforcementCertificate(
            number: number, holderName: "执法\(number)", validFrom: CivilDate(iso: "2024-01-01")!,
            validTo: CivilDate(iso: validTo)!, status: .valid)
    }

    func matter(_ kind: PowerKind) -> CaseMatter {
        CaseMatter(
            code: "T-INSPECT-1", name: "食品经营监督检查", kind: kind, benchmark: DiscretionBenchmark(ranges: []),
            noPenaltyListed: false, lightPenaltyListed: false)
    }

    @Test func aRecordIsReadWithItsKindByLabelAndItsOfficersOnceEach() throws {
        // given / when
        let record = try input().validated(today: today)
        // then
        #expect(record.kind == .random)
        #expect(record.officers == ["A1", "A2"])
        #expect(record.creditCode.value == code)
        #expect(record.date.iso == "2026-11-10")
    }

    @Test func badFieldsAreEachRefusedBesideTheirFieldInChinese() {
        // given
        let bad = input {
            $0.clientID = " "; $0.creditCode = "91150100MA00000010"; $0.date = "2026-12-01"; $0.officers = ["A1"]
            $0.kind = "突击"; $0.result = nil; $0.enterpriseName = nil
        }
        // when
        let error = #expect(throws: DomainError.self) { try bad.validated(today: today) }
        // then
        let fields = Set(error?.fields.map(\.field) ?? [])
        #expect(fields == ["clientId", "creditCode", "date", "officers", "kind", "result", "enterpriseName"])
        #expect(error?.fields.first { $0.field == "creditCode" }?.message.contains("统一社会信用代码") == true)
    }

    @Test func aMatterMustBeAnInspectionInTheListAndTwoCertificatesValidOnTheDay() throws {
        // given
        let record = try input().validated(today: today)
        let valid = ["A1": certificate("A1"), "A2": certificate("A2")]
        // when
        let ok = EnterpriseInspectionRules(matter: matter(.inspection), certificates: valid).check(record)
        let penalty = EnterpriseInspectionRules(matter: matter(.penalty), certificates: valid).check(record)
        let unlisted = EnterpriseInspectionRules(matter: nil, certificates: valid).check(record)
        let expired = EnterpriseInspectionRules(
            matter: matter(.inspection),
            certificates: ["A1": certificate("A1"), "A2": certificate("A2", to: "2026-06-30")]
        ).check(record)
        let unknown = EnterpriseInspectionRules(matter: matter(.inspection), certificates: ["A1": certificate("A1")])
            .check(record)
        // then
        #expect(ok.isEmpty)
        #expect(penalty.map(\.field) == ["matterCode"])
        #expect(penalty.first?.message.contains("不是行政检查事项") == true)
        #expect(unlisted.first?.message.contains("第十七条") == true)
        #expect(expired.map(\.field) == ["officers"])
        #expect(expired.first?.message.contains("第四十二条") == true)
        #expect(unknown.first?.message.contains("未在本机关登记") == true)
    }

    @Test func moreThanTheCountWithinTheWindowCrossesItAndOnlyThen() {
        // given: more than two within 30 days, the last day included
        let rule = RepeatedInspectionRule(maximum: 2, days: 30, isDefault: true)
        let day = { (iso: String) in CivilDate(iso: iso)! }
        let three = [(date: day("2026-10-01"), id: "a"), (day("2026-10-15"), "b"), (day("2026-10-30"), "c")]
        let spread = [(date: day("2026-10-01"), id: "a"), (day("2026-10-15"), "b"), (day("2026-10-31"), "c")]
        // when / then
        #expect(rule.crossing(three, on: day("2026-10-30"))?.map(\.id) == ["a", "b", "c"])
        #expect(rule.crossing(spread, on: day("2026-10-31")) == nil)
        #expect(rule.crossing(Array(three.prefix(2)), on: day("2026-10-15")) == nil)
        // and: a record entered late completes a later window
        #expect(rule.crossing(three, involving: day("2026-10-01"))?.map(\.id) == ["a", "b", "c"])
        // and: one alert per window
        #expect(rule.covers(alertStartingOn: day("2026-10-01"), day: day("2026-10-30")))
        #expect(!rule.covers(alertStartingOn: day("2026-10-01"), day: day("2026-10-31")))
    }

    @Test func theCountIsAPropertyForAnyWindowAndLimit() {
        // given: every limit and window against a run of daily inspections
        for maximum in 1...4 {
            for days in [1, 7, 30] {
                let rule = RepeatedInspectionRule(maximum: maximum, days: days, isDefault: false)
                let start = CivilDate(iso: "2026-01-01")!
                let run = (0..<10).map { (date: start.adding(days: $0), id: $0) }
                // when
                let found = rule.crossing(run, on: start.adding(days: 9))
                // then: the window holds min(days, 10) inspections
                #expect((found != nil) == (min(days, 10) > maximum))
                #expect(found.map { $0.count == min(days, 10) } ?? true)
            }
        }
    }

    @Test func anEntryStoredBeforeTheNewFieldsKeepsTheirDefaultsMarked参照() throws {
        // given: a region's entry as written before the count and the reply period existed
        let old = """
            {"collectiveFineOrganisation":500000,"collectiveFinePerson":50000,"hearingFineOrganisation":80000,
             "hearingFinePerson":8000,"isDefault":false,"legalReviewFineOrganisation":100000,
             "legalReviewFinePerson":10000,"majorPenalties":["closure"],"publicityWorkingDays":7,
             "repeatedInspectionDays":60}
            """
        // when
        let policy = try JSONDecoder().decode(EnforcementPolicy.self, from: Data(old.utf8))
        // then
        #expect(policy.repeatedInspectionDays == 60)
        #expect(policy.repeatedInspectionCount == 2)
        #expect(policy.supervisionReplyWorkingDays == 15)
        #expect(policy.defaulted == ["repeatedInspectionCount", "supervisionReplyWorkingDays"])
        #expect(policy.supervision == SupervisionPolicy(replyWorkingDays: 15, isDefault: true))
        #expect(policy.repeatedInspection.isDefault)
        #expect(!policy.isReference("hearingFinePerson"))
        // and: a full entry round-trips with nothing defaulted
        var full = EnforcementPolicy.standard
        full.isDefault = false
        full.supervisionReplyWorkingDays = 20
        let again = try JSONDecoder().decode(EnforcementPolicy.self, from: JSONEncoder().encode(full))
        #expect(again == full)
        #expect(again.supervision == SupervisionPolicy(replyWorkingDays: 20, isDefault: false))
    }

    @Test(
        "the articles the alert cites are quoted as the corpus has them",
        .enabled(if: LawCorpusFixture.available, "../shared/corpus/laws is absent: the quotations are not checked"))
    func basisQuoted() throws {
        // given
        let root = try #require(LawCorpusFixture.directory)
        for (file, basis) in [
            ("行政法规/优化营商环境条例(2019-10-22).md", RepeatedInspectionRule.basis),
            ("行政法规/控制对企业进行经济检查的规定(1999-07-23).md", RepeatedInspectionRule.yearlyLimit),
        ] {
            // when
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            // then
            #expect(text.contains(basis.excerpt), "\(file)")
            #expect(text.contains(basis.article.prefix(4)), "\(file)")
        }
    }
}
