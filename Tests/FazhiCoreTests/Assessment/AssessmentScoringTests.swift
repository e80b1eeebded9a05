import Testing

@testable import FazhiCore

@Suite("Assessment scoring: scores, subtotals, rescaling, ranking")
struct AssessmentScoringTests {
    let system = AssessmentFixtures.system

    func leaf(_ code: String) -> Indicator { system.indicator(code: code)! }

    @Test("an automatic indicator is scored from its figure by its rule, and says how")
    func automatic() {
        // when
        let score = IndicatorScore.score(leaf("1.2.1"), value: MetricValue(numerator: 18, denominator: 19))
        // then
        #expect(score.points?.text == "3.79")
        #expect(score.explanation == "任务按期完成率94.7%（18/19），≥95%得满分，否则按比例计分")
        // and a reviewer cannot override a computed figure
        let overridden = IndicatorScore.score(
            leaf("1.2.1"), value: MetricValue(numerator: 19, denominator: 19), decision: .points(0, comment: "不认可"))
        #expect(overridden.points == 4)
    }

    @Test("no data follows the indicator's policy; by default it waits for a reviewer")
    func noData() {
        // given
        let none = MetricValue(numerator: 0, denominator: 0)
        func scored(_ policy: NoDataPolicy, _ decision: ReviewDecision? = nil) -> IndicatorScore.Outcome {
            var indicator = leaf("1.2.1")
            indicator.method = .automatic(metric: "plan.tasks.on_time", rule: .proportional, noData: policy)
            return IndicatorScore.score(indicator, value: none, decision: decision).outcome
        }
        // then
        #expect(scored(.fullPoints) == .scored(4))
        #expect(scored(.zero) == .scored(.zero))
        #expect(scored(.exclude) == .excluded)
        #expect(scored(.reviewerDecides) == .pending("「任务按期完成率」统计期间内无数据（分母为0），需审核人员认定"))
        #expect(scored(.reviewerDecides, .notApplicable(comment: "本年度无任务")) == .excluded)
        #expect(scored(.reviewerDecides, .points(3, comment: "参照上年")) == .scored(3))
    }

    @Test("a figure not yet on the platform is missing, never invented, until a reviewer decides")
    func unavailable() {
        // given
        var indicator = leaf("1.2.1")
        indicator.method = .automatic(
            metric: "normative_documents.filed_on_time", rule: .proportional, noData: .fullPoints)
        // when
        let waiting = IndicatorScore.score(indicator)
        let decided = IndicatorScore.score(indicator, decision: .points(Points("3.5")!, comment: "抽查2件，1件逾期"))
        // then
        #expect(waiting.outcome == .pending("「规范性文件按时报备率」数据暂缺（规范性文件备案审查尚未接入平台），需审核人员评分或认定不适用"))
        #expect(decided.points?.text == "3.5")
        #expect(decided.explanation == "审核评分：抽查2件，1件逾期")
    }

    @Test("a manual indicator counts the reviewer's points, not the unit's own")
    func manual() {
        // when
        let selfOnly = IndicatorScore.score(leaf("1.1"), selfAssessed: 2)
        let reviewed = IndicatorScore.score(leaf("1.1"), selfAssessed: 2, decision: .points(1, comment: "目录未及时更新"))
        // then
        #expect(selfOnly.isPending && selfOnly.points == nil && selfOnly.selfAssessed == 2)
        #expect(reviewed.points == 1)
    }

    @Test("a reviewer's deduction needs a reason, and points stay within the indicator's")
    func decisions() {
        let indicator = leaf("1.1")
        #expect(ReviewDecision.points(2, comment: "").problems(for: indicator).isEmpty)
        #expect(
            ReviewDecision.points(Points("1.5")!, comment: " ").problems(for: indicator)
                == [FieldError("1.1.review", "「决策目录」扣了0.5分，请写明扣分理由")])
        #expect(ReviewDecision.points(1, comment: "未及时公布").problems(for: indicator).isEmpty)
        #expect(
            ReviewDecision.points(3, comment: "").problems(for: indicator)
                == [FieldError("1.1.review", "「决策目录」的得分应在0至2分之间")])
        #expect(
            ReviewDecision.notApplicable(comment: "").problems(for: indicator)
                == [FieldError("1.1.review", "认定「决策目录」不适用，请写明理由")])
    }

    @Test("subtotals add up exactly at every level, and the final score waits for every score")
    func subtotals() {
        // given
        let scores = [
            IndicatorScore.score(leaf("1.1"), decision: .points(Points("1.7")!, comment: "扣0.3")),
            IndicatorScore.score(leaf("1.2.1"), value: MetricValue(numerator: 2, denominator: 3)),
            IndicatorScore.score(leaf("2.1"), value: MetricValue(numerator: 1, denominator: 1)),
        ]
        // when
        let partial = UnitScorecard(system: system, scores: scores)
        let card = UnitScorecard(
            system: system,
            scores: scores + [IndicatorScore.score(leaf("2.2"), decision: .points(Points("1.1")!, comment: "扣0.4"))])
        // then
        #expect(partial.final == nil && partial.total.pending == 1)
        #expect(card.isComplete)
        #expect(card.line(code: "1.2")?.subtotal.earned.text == "2.67")
        #expect(card.lines(level: 1).map(\.subtotal.earned.text) == ["4.37", "3.6"])
        #expect(card.total.earned.text == "7.97")
        #expect(card.final?.text == "7.97")
        #expect(card.lines.map(\.code) == ["1", "1.1", "1.2", "1.2.1", "2", "2.1", "2.2"])
    }

    @Test("indicators found not applicable leave the total, which is rescaled to the system's points")
    func rescaled() {
        // given: 4 of 10 points 不适用, 4.5 of the other 6 earned
        let scores = [
            IndicatorScore.score(leaf("1.1"), decision: .points(2, comment: "")),
            IndicatorScore.score(leaf("1.2.1"), decision: .notApplicable(comment: "无此项工作")),
            IndicatorScore.score(leaf("2.1"), value: MetricValue(numerator: 0, denominator: 0)),
            IndicatorScore.score(leaf("2.2"), decision: .points(0, comment: "未报告")),
        ]
        // when
        let card = UnitScorecard(system: system, scores: scores)
        // then
        #expect(card.total.excluded == 4 && card.total.applicable == 6)
        #expect(card.total.earned == Points("4.5")!)
        #expect(card.final == Points("7.5")!)
        // and when everything is 不适用 there is no score at all
        let nothing = UnitScorecard(
            system: system,
            scores: system.leaves.map { IndicatorScore.score($0, decision: .notApplicable(comment: "无")) })
        #expect(nothing.final == nil && nothing.isComplete)
    }

    @Test("units with equal scores share a rank and the next rank skips")
    func ranking() {
        // when
        let ranked = AssessmentRanking.rank([
            (unit: "东区", score: Points("88.5")!), (unit: "西县", score: Points("92")!),
            (unit: "北街道", score: Points("88.50")!), (unit: "南区", score: Points("80")!),
            (unit: "中区", score: Points("92.00")!),
        ])
        // then
        #expect(ranked.map(\.unit) == ["西县", "中区", "东区", "北街道", "南区"])
        #expect(ranked.map(\.rank) == [1, 1, 3, 3, 5])
        let four = AssessmentRanking.rank([
            (unit: 1, score: 90), (unit: 2, score: 85), (unit: 3, score: 85), (unit: 4, score: 70),
        ])
        #expect(four.map(\.rank) == [1, 2, 2, 4])
        #expect(AssessmentRanking.rank([(unit: 1, score: Points.zero)]).first?.score == .zero)
    }
}
