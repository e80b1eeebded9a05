import Testing

@testable import FazhiCore

@Suite("Enforcement statistics: what a case adds to each month, and the months")
struct CaseTallyTests {
    func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    func month(_ text: String) -> StatisticsMonth { StatisticsMonth(text: text)! }

    @Test("a case filed, decided with a fine and closed counts in three months; a no-penalty decision is apart")
    func tallies() {
        // given
        var facts = CaseFacts(procedure: .general)
        facts.matterCode = "M"
        facts.filedOn = day("2026-01-20")
        facts.stage = .investigating
        // then: open — filed only
        #expect(facts.tallies == [month("2026-01"): CaseTally(filed: 1)])
        #expect(facts.outcome == nil && facts.endedOn == nil)
        // when: decided with a fine in March, closed in April
        facts.decidedOn = day("2026-03-02")
        facts.penalties = [.fine]
        facts.fineFen = 5_000_000
        facts.closedOn = day("2026-04-10")
        facts.stage = .closed
        // then
        #expect(
            facts.tallies == [
                month("2026-01"): CaseTally(filed: 1), month("2026-03"): CaseTally(decided: 1, fineFen: 5_000_000),
                month("2026-04"): CaseTally(closed: 1, ended: 1),
            ])
        #expect(facts.outcome == "penalty")
        // when: the decision was not to punish
        facts.noPenalty = true
        facts.penalties = []
        facts.fineFen = 0
        // then
        #expect(facts.tallies[month("2026-03")] == CaseTally(noPenalty: 1))
        #expect(facts.outcome == "no_penalty")
    }

    @Test("a transferred case ends on the day of the transfer")
    func transferEnds() {
        var facts = CaseFacts(procedure: .general)
        facts.filedOn = day("2026-05-01")
        facts.closedOn = day("2026-06-03")
        facts.lastOn = day("2026-06-03")
        facts.stage = .transferred
        #expect(facts.endedOn == day("2026-06-03"))
        #expect(facts.tallies[month("2026-06")] == CaseTally(closed: 1, ended: 1))
    }

    @Test("tallies add and negate")
    func arithmetic() {
        let a = CaseTally(filed: 2, decided: 1, fineFen: 100, published: 1)
        #expect(a + -a == CaseTally())
        #expect((a + -a).isZero)
        #expect((a + a).fineFen == 200)
        #expect(a.value(of: .fines) == 100 && a.value(of: .open) == nil)
    }

    @Test("months parse only as YYYY-MM, print padded and step over the year")
    func months() {
        #expect(StatisticsMonth(text: "2026-03")?.description == "2026-03")
        #expect(StatisticsMonth(text: "2026-3") == nil)
        #expect(StatisticsMonth(text: "2026-13") == nil)
        #expect(StatisticsMonth(text: "二〇二六-01") == nil)
        #expect(month("2026-12").next == month("2027-01"))
        #expect(month("2026-02") < month("2026-10"))
        #expect(month("2026-02").label == "2026年2月")
        #expect(month("2026-02").firstDay == day("2026-02-01"))
    }

    @Test("every figure has a label and a definition; the public ones say nothing of handling")
    func definitions() {
        for metric in EnforcementMetric.allCases {
            #expect(!metric.label.isEmpty && metric.definition.count > 10)
        }
        #expect(Set(EnforcementMetric.monthly).isDisjoint(with: EnforcementMetric.current))
        #expect(Set(EnforcementMetric.publicMetrics).isSubset(of: EnforcementMetric.monthly))
    }
}
