import Testing

@testable import FazhiCore

@Suite("Case-file review: standard, scoring, the draw and the prefill")
struct CaseFileReviewTests {
    let standard = ReviewStandard.standard

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// A general case for an organisation: filed, notified (hearing right given), decided, served, closed.
    func facts(fine: Int64, legalReview: Bool, decidedOn: String = "2026-04-20") -> CaseFacts {
        var facts = CaseFacts(procedure: .general)
        facts.party = CaseParty(kind: .organisation, name: "某公司", identifier: nil, address: nil)
        facts.violationOn = day("2026-03-01")
        facts.filedOn = day("2026-03-10")
        facts.noticeOn = day("2026-04-01")
        facts.hearingRightGiven = true
        facts.legalReviewPassed = legalReview
        facts.penalties = [.fine]
        facts.fineFen = fine
        facts.decidedOn = day(decidedOn)
        facts.servedOn = day(decidedOn).adding(days: 1)
        facts.closedOn = day(decidedOn).adding(days: 10)
        facts.stage = .closed
        return facts
    }

    @Test func theReferenceStandardIsValidAndMarked() {
        // given / when
        let errors = standard.validated()
        // then
        #expect(errors.isEmpty)
        #expect(standard.isDefault && standard.name.contains("参照"))
        #expect(standard.items(.form).reduce(0) { $0 + $1.maxDeduction } == 20)
        #expect(standard.items(.content).reduce(0) { $0 + $1.maxDeduction } == 80)
        #expect(!standard.items(.veto).isEmpty)
    }

    @Test func aStandardWhosePartsDoNotSumOrWhoseGradesAreOutOfOrderIsRefusedInChinese() {
        // given
        var broken = standard
        broken.items[broken.items.firstIndex { $0.id == "form.cover" }!].maxDeduction = 5
        broken.items.append(broken.items[0])
        broken.grades = ReviewGradeScale(excellent: 80, good: 90, pass: 60)
        // when
        let errors = broken.validated()
        // then
        #expect(errors.contains { $0.field == "items.form" && $0.message.contains("合计应为20分，现为22分") })
        #expect(errors.contains { $0.message.contains("编号为空或重复") })
        #expect(errors.contains { $0.field == "grades" })
        #expect(!errors.contains { $0.field == "items.content" })
    }

    @Test func deductionsAreTakenPerPartAndNeverGoBelowZero() {
        // given: more than a part's points taken through a standard whose items allow it
        var loose = standard
        for index in loose.items.indices where loose.items[index].part == .form { loose.items[index].maxDeduction = 20 }
        let results = [
            ReviewItemResult(itemID: "form.cover", deduction: 15, note: "缺"),
            ReviewItemResult(itemID: "form.order", deduction: 15, note: "乱"),
            ReviewItemResult(itemID: "content.evidence", deduction: 7, note: "不足"),
        ]
        // when
        let score = ReviewScore(results, standard: loose)
        // then
        #expect(score.formScore == 0)
        #expect(score.contentScore == 73)
        #expect(score.total == 73 && score.grade == .pass)
    }

    @Test func aVetoFailsTheFileWithZeroAndItsReason() {
        // given
        let results = [
            ReviewItemResult(itemID: "veto.evidence", vetoed: true, note: "无现场检查笔录"),
            ReviewItemResult(itemID: "form.cover", deduction: 1, note: "目录不全"),
        ]
        // when
        let score = ReviewScore(results, standard: standard)
        // then
        #expect(score.vetoed && score.total == 0 && score.grade == .fail)
        #expect(score.vetoReasons == ["主要事实不清、证据不足：无现场检查笔录"])
    }

    @Test(arguments: [
        (100, ReviewGrade.excellent), (90, .excellent), (89, .good), (80, .good), (79, .pass), (60, .pass), (59, .fail),
        (0, .fail),
    ])
    func gradesFollowTheScale(score: Int, grade: ReviewGrade) {
        #expect(ReviewGradeScale.standard.grade(score) == grade)
    }

    @Test func resultsOutsideTheRangeOrWithoutReasonsAreRefused() {
        // given
        let prefill = [ReviewPrefill(itemID: "content.legal_review", met: true, explanation: "通过")]
        let results = [
            ReviewItemResult(itemID: "form.cover", deduction: 4, note: "x"),
            ReviewItemResult(itemID: "form.order", deduction: 1),
            ReviewItemResult(itemID: "veto.law", vetoed: true),
            ReviewItemResult(itemID: "content.legal_review", deduction: 2),
            ReviewItemResult(itemID: "nope"),
        ]
        // when
        let errors = ReviewScore.validate(results, standard: standard, prefill: prefill)
        // then
        #expect(
            errors.map(\.field).sorted() == [
                "items.content.legal_review", "items.form.cover", "items.form.order", "items.nope", "items.veto.law",
            ])
        #expect(errors.contains { $0.message.contains("系统预填为「符合」，改判须写明理由") })
        #expect(errors.contains { $0.message.contains("扣分应在0至3分之间") })
    }

    @Test func theSameSeedGivesTheSameSampleWhateverTheOrderOfTheList() {
        // given
        let ids = (1...40).map { "case-\($0)" }
        for seed in ["a", "b", "c", ReviewSample.newSeed()] {
            // when
            let first = ReviewSample.draw(seed: seed, eligible: ids, size: .count(5))
            let second = ReviewSample.draw(seed: seed, eligible: ids.reversed(), size: .count(5))
            // then
            #expect(first == second && first.count == 5 && Set(first).isSubset(of: Set(ids)))
            #expect(ReviewSample.verify(seed: seed, eligible: ids.shuffled(), size: .count(5), sample: first))
            #expect(!ReviewSample.verify(seed: seed + "x", eligible: ids, size: .count(5), sample: first))
        }
    }

    @Test func differentSeedsDrawDifferentSamples() {
        // given
        let ids = (1...100).map { "case-\($0)" }
        // when
        let samples = Set((0..<20).map { ReviewSample.draw(seed: "seed-\($0)", eligible: ids, size: .count(5)) })
        // then: 20 seeds, 5 of 100 each; a collision is astronomically unlikely
        #expect(samples.count == 20)
    }

    @Test func theDrawRanksBySHA256OfSeedAndId() {
        // given
        let ids = ["b", "a", "c"]
        // when
        let sample = ReviewSample.draw(seed: "s", eligible: ids, size: .count(3))
        // then: sha256("s|a"), "s|b", "s|c" in ascending hex order
        let expected = ["a", "b", "c"].sorted {
            ReviewSample.rank(seed: "s", caseID: $0) < ReviewSample.rank(seed: "s", caseID: $1)
        }
        #expect(sample == expected)
        #expect(ReviewSample.rank(seed: "", caseID: "").count == 64)
        #expect(ReviewSample.newSeed() != ReviewSample.newSeed())
    }

    @Test func percentagesRoundUpAndKeepTheMinimumButNeverExceedTheList() {
        #expect(ReviewSampleSize.percent(10, minimum: 3).size(of: 45) == 5)
        #expect(ReviewSampleSize.percent(10, minimum: 3).size(of: 12) == 3)
        #expect(ReviewSampleSize.percent(10, minimum: 3).size(of: 2) == 2)
        #expect(ReviewSampleSize.count(5).size(of: 3) == 3)
        #expect(ReviewSampleSize.count(0).validated().first?.field == "sampleSize")
        #expect(ReviewSampleSize.percent(101, minimum: 1).validated().first?.field == "samplePercent")
    }

    @Test func aMajorDecisionWithLegalReviewIsPrefilledMet() {
        // given: 200,000 yuan for an organisation is major (legal review from 100,000 under the 参照 policy)
        let facts = facts(fine: 20_000_000, legalReview: true)
        // when
        let prefill = ReviewPrefill.of(facts, standard: standard, policy: .standard, calendar: .official)
        // then
        let byID = Dictionary(uniqueKeysWithValues: prefill.map { ($0.itemID, $0) })
        #expect(byID["content.legal_review"]?.met == true)
        #expect(byID["veto.officers"]?.met == true && byID["content.investigation"]?.met == true)
        #expect(byID["veto.procedure"]?.met == true && byID["content.notice"]?.met == true)
        #expect(byID["content.hearing"]?.met == true)
        #expect(byID["content.decision_limit"]?.met == true)
        #expect(byID["content.service"]?.met == true)
        #expect(byID["veto.limitation"]?.met == true)
        #expect(byID["veto.evidence"] == nil && byID["form.cover"] == nil)
        #expect(
            ReviewPrefill.initialResults(prefill, standard: standard).allSatisfy { !$0.vetoed && $0.deduction == 0 })
    }

    @Test func aMajorDecisionWithoutLegalReviewOrLateIsPrefilledNotMetWithFullDeduction() {
        // given: decided 2026-07-01, more than 90 days after filing on 2026-03-10 (due 2026-06-08)
        let facts = facts(fine: 20_000_000, legalReview: false, decidedOn: "2026-07-01")
        // when
        let prefill = ReviewPrefill.of(facts, standard: standard, policy: .standard, calendar: .official)
        let initial = ReviewPrefill.initialResults(prefill, standard: standard)
        // then
        let legal = prefill.first { $0.itemID == "content.legal_review" }!
        #expect(!legal.met && legal.explanation.contains("第五十八条"))
        #expect(prefill.first { $0.itemID == "content.decision_limit" }?.met == false)
        #expect(initial.first { $0.itemID == "content.legal_review" }?.deduction == 6)
        #expect(initial.first { $0.itemID == "content.legal_review" }?.note.hasPrefix("系统预填") == true)
        #expect(ReviewScore.validate(initial, standard: standard, prefill: prefill).isEmpty)
        #expect(ReviewScore(initial, standard: standard).total == 90)
    }

    @Test func aSmallFineNeedsNoLegalReview() {
        // given: 3,000 yuan for an organisation
        let facts = facts(fine: 300_000, legalReview: false)
        // when
        let prefill = ReviewPrefill.of(facts, standard: standard, policy: .standard, calendar: .official)
        // then
        #expect(prefill.first { $0.itemID == "content.legal_review" }?.met == true)
        #expect(prefill.first { $0.itemID == "content.hearing" }?.met == true)
    }
}
