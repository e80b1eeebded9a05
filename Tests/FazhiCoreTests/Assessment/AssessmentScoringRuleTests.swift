import Testing

@testable import FazhiCore

@Suite("Assessment scoring rules: proportional, full at a threshold, tiers")
struct AssessmentScoringRuleTests {
    func value(_ numerator: Int, _ denominator: Int) -> MetricValue {
        MetricValue(numerator: numerator, denominator: denominator)
    }

    func rate(_ text: String) -> RateThreshold { RateThreshold(percent: text)! }

    @Test("proportional: points times the rate, rounded to the hundredth; 1 − rate when lower is better")
    func proportional() {
        #expect(ScoringRule.proportional.points(for: value(2, 3), outOf: 5, .higherIsBetter)?.text == "3.33")
        #expect(ScoringRule.proportional.points(for: value(20, 20), outOf: 4, .higherIsBetter) == 4)
        #expect(ScoringRule.proportional.points(for: value(0, 20), outOf: 4, .higherIsBetter) == .zero)
        #expect(ScoringRule.proportional.points(for: value(1, 4), outOf: 4, .lowerIsBetter) == 3)
        #expect(ScoringRule.proportional.points(for: value(0, 0), outOf: 4, .higherIsBetter) == nil)
    }

    @Test("full at a threshold: exactly at it is full; just below falls back to proportional or zero")
    func fullAtThreshold() {
        // given
        let proportionalBelow = ScoringRule.fullAt(rate("95%"), otherwise: .proportional)
        let zeroBelow = ScoringRule.fullAt(rate("95%"), otherwise: .zero)
        // then: 19/20 is exactly 95 %; 18/19 is 94.7 %
        #expect(proportionalBelow.points(for: value(19, 20), outOf: 4, .higherIsBetter) == 4)
        #expect(proportionalBelow.points(for: value(18, 19), outOf: 4, .higherIsBetter)?.text == "3.79")
        #expect(zeroBelow.points(for: value(19, 20), outOf: 4, .higherIsBetter) == 4)
        #expect(zeroBelow.points(for: value(18, 19), outOf: 4, .higherIsBetter) == .zero)
        #expect(zeroBelow.points(for: value(0, 0), outOf: 4, .higherIsBetter) == nil)
    }

    @Test("tiers: the first tier reached wins, boundaries included; nothing below the last")
    func tiers() {
        // given
        let rule = ScoringRule.tiers([
            ScoringTier(rate("95%"), 4), ScoringTier(rate("90%"), 3), ScoringTier(rate("80%"), Points("1.5")!),
        ])
        // then
        #expect(rule.points(for: value(100, 100), outOf: 4, .higherIsBetter) == 4)
        #expect(rule.points(for: value(95, 100), outOf: 4, .higherIsBetter) == 4)
        #expect(rule.points(for: value(94, 100), outOf: 4, .higherIsBetter) == 3)
        #expect(rule.points(for: value(90, 100), outOf: 4, .higherIsBetter) == 3)
        #expect(rule.points(for: value(80, 100), outOf: 4, .higherIsBetter)?.text == "1.5")
        #expect(rule.points(for: value(79, 100), outOf: 4, .higherIsBetter) == .zero)
    }

    @Test("tiers of a figure where lower is better read from the low end")
    func lowerIsBetterTiers() {
        // given
        let rule = ScoringRule.tiers([ScoringTier(rate("5%"), 3), ScoringTier(rate("10%"), 2)])
        // then
        #expect(rule.points(for: value(1, 20), outOf: 3, .lowerIsBetter) == 3)
        #expect(rule.points(for: value(2, 20), outOf: 3, .lowerIsBetter) == 2)
        #expect(rule.points(for: value(3, 20), outOf: 3, .lowerIsBetter) == .zero)
        #expect(rule.problems(maximum: 3, .lowerIsBetter).isEmpty)
        #expect(!rule.problems(maximum: 3, .higherIsBetter).isEmpty)
    }

    @Test("tiers must run from the best threshold down, with fewer points each time, within the indicator's points")
    func tierProblems() {
        #expect(ScoringRule.tiers([]).problems(maximum: 4, .higherIsBetter) == ["分档计分至少需要一档"])
        let unordered = ScoringRule.tiers([ScoringTier(rate("90%"), 3), ScoringTier(rate("95%"), 2)])
        #expect(unordered.problems(maximum: 4, .higherIsBetter) == ["分档门槛应从高到低排列：第2档（≥95%）应低于上一档的90%"])
        let rising = ScoringRule.tiers([ScoringTier(rate("95%"), 2), ScoringTier(rate("90%"), 3)])
        #expect(rising.problems(maximum: 4, .higherIsBetter) == ["第2档（≥90%）得3分，应少于上一档的2分"])
        let tooMuch = ScoringRule.tiers([ScoringTier(rate("95%"), 5)])
        #expect(tooMuch.problems(maximum: 4, .higherIsBetter) == ["第1档（≥95%）得5分，超过本指标分值4分"])
        let nothing = ScoringRule.tiers([ScoringTier(rate("95%"), .zero)])
        #expect(nothing.problems(maximum: 4, .higherIsBetter) == ["第1档（≥95%）的得分应大于0"])
        #expect(ScoringRule.proportional.problems(maximum: 4, .higherIsBetter).isEmpty)
    }

    @Test("every rule's text reads back as the same rule")
    func textRoundTrip() throws {
        let rules: [(ScoringRule, AssessmentMetric.Direction)] = [
            (.proportional, .higherIsBetter),
            (.fullAt(rate("95%"), otherwise: .proportional), .higherIsBetter),
            (.fullAt(rate("99.5%"), otherwise: .zero), .higherIsBetter),
            (.tiers([ScoringTier(rate("95%"), 3), ScoringTier(rate("90%"), Points("1.5")!)]), .higherIsBetter),
            (.tiers([ScoringTier(rate("5%"), 3), ScoringTier(rate("10%"), 2)]), .lowerIsBetter),
        ]
        for (rule, direction) in rules {
            #expect(
                try ScoringRule.parse(rule.text(direction), maximum: 3, direction) == rule, "\(rule.text(direction))")
        }
        #expect(
            ScoringRule.fullAt(rate("95%"), otherwise: .proportional).text(.higherIsBetter) == "≥95%得满分，否则按比例计分")
        #expect(
            ScoringRule.tiers([ScoringTier(rate("5%"), 3)]).text(.lowerIsBetter) == "≤5%得3分；否则不得分")
    }

    @Test("rules are read with the variants people type")
    func parsingVariants() throws {
        #expect(try ScoringRule.parse("", maximum: 4, .higherIsBetter) == .proportional)
        #expect(try ScoringRule.parse("按比例", maximum: 4, .higherIsBetter) == .proportional)
        #expect(
            try ScoringRule.parse("达到95%得满分,否则按比例", maximum: 4, .higherIsBetter)
                == .fullAt(rate("95%"), otherwise: .proportional))
        #expect(
            try ScoringRule.parse(">= 98％ 得满分", maximum: 4, .higherIsBetter) == .fullAt(rate("98%"), otherwise: .zero))
        #expect(
            try ScoringRule.parse("不低于95%得满分\n不低于90%得2分", maximum: 4, .higherIsBetter)
                == .tiers([ScoringTier(rate("95%"), 4), ScoringTier(rate("90%"), 2)]))
        #expect(
            try ScoringRule.parse("不超过5%得3分；否则不得分", maximum: 3, .lowerIsBetter)
                == .tiers([ScoringTier(rate("5%"), 3)]))
    }

    @Test("a rule that cannot be read, or that rewards the wrong end of a figure, is refused with a reason")
    func parsingErrors() {
        func message(_ text: String, _ direction: AssessmentMetric.Direction = .higherIsBetter) -> String? {
            do {
                _ = try ScoringRule.parse(text, maximum: 4, direction)
                return nil
            } catch { return error.message }
        }
        #expect(message("看情况") == "无法识别计分规则中的「看情况」，应写作「≥95%得3分」")
        #expect(message("≥95%得满分", .lowerIsBetter) == "该计算口径的数值越低越好，门槛应写作「≤x%」，而不是「≥95%得满分」")
        #expect(message("≥120%得满分") == "「≥120%得满分」中的门槛应为0%至100%之间的百分比，例如「≥95%得3分」")
        #expect(message("≥95%得很多") == "「≥95%得很多」中的得分应写作「得满分」或「得3分」")
        #expect(message("否则不得分") == "计分规则「否则不得分」没有门槛，例如「≥95%得满分」")
        #expect(message("≥95%得3分；≥90%得2分；否则按比例计分")?.hasPrefix("分档计分的最后只能是「否则不得分」") == true)
    }
}
