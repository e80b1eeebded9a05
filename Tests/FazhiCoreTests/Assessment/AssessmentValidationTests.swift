import Testing

@testable import FazhiCore

@Suite("Assessment indicator systems: validation")
struct AssessmentValidationTests {
    func messages(_ system: IndicatorSystem) -> [String] { system.problems().map(\.message) }

    @Test("a sound system has no problems and reports its total and its counts by level")
    func sound() throws {
        // given
        let system = AssessmentFixtures.system
        // then
        #expect(system.problems().isEmpty)
        #expect(system.total == 10)
        #expect(system.countsByLevel == [2, 4, 1])
        #expect(system.leaves.map(\.code) == ["1.1", "1.2.1", "2.1", "2.2"])
        #expect(try system.validated() == system)
    }

    @Test("the total need not be 100: a scheme decides")
    func totalNotForced() {
        #expect(AssessmentFixtures.system.total != 100)
        #expect(AssessmentFixtures.system.problems().isEmpty)
    }

    @Test("codes are unique and present")
    func codes() {
        let repeated = AssessmentFixtures.changing("2.2") { $0.code = "1.1" }
        #expect(repeated.problems().map(\.field) == [.code])
        #expect(messages(repeated) == ["指标编号「1.1」重复：已用于「决策目录」"])
        #expect(messages(AssessmentFixtures.changing("2.2") { $0.code = "" }) == ["「整改报告」缺少指标编号"])
    }

    @Test("names are present and unique among siblings")
    func names() {
        #expect(messages(AssessmentFixtures.changing("2.2") { $0.name = "" }) == ["编号为「2.2」的指标缺少名称"])
        #expect(messages(AssessmentFixtures.changing("2.2") { $0.name = "整改率" }) == ["「督察整改」下有两个「整改率」"])
    }

    @Test("levels follow the tree, and there are at most three")
    func levels() {
        let mislabelled = AssessmentFixtures.changing("1.2.1") { $0.level = 2 }
        #expect(messages(mislabelled) == ["「审查率」标为二级指标，却位于二级指标「合法性审查」之下，应为三级指标"])
        let tooDeep = AssessmentFixtures.changing("1.2.1") {
            $0.method = nil
            $0.children = [
                Indicator(code: "1.2.1.1", name: "第四级", points: 4, level: 4, method: .manual(evidenceRequired: false))
            ]
        }
        #expect(messages(tooDeep) == ["指标体系最多三级，「第四级」位于第4级"])
        #expect(tooDeep.problems().first?.path == [0, 1, 0, 0])
    }

    @Test("points are positive, and a parent's points are exactly its children's sum")
    func points() {
        let zero = AssessmentFixtures.changing("2.2") { $0.points = .zero }
        #expect(messages(zero) == ["「督察整改」分值为4分，其下级指标合计2.5分，两者应相等", "「整改报告」的分值应大于0"])
        let off = AssessmentFixtures.changing("1") { $0.points = 7 }
        #expect(messages(off) == ["「依法决策」分值为7分，其下级指标合计6分，两者应相等"])
    }

    @Test("only leaves have a method, and every leaf has one")
    func methods() {
        let parentMethod = AssessmentFixtures.changing("1.2") { $0.method = .manual(evidenceRequired: false) }
        #expect(messages(parentMethod) == ["「合法性审查」有下级指标，评分方式只能设在末级指标上"])
        let noMethod = AssessmentFixtures.changing("2.2") { $0.method = nil }
        #expect(messages(noMethod) == ["末级指标「整改报告」需要评分方式（自动或人工）"])
    }

    @Test("an automatic leaf names a known figure and a sound rule")
    func automatic() {
        let unknown = AssessmentFixtures.changing("2.1") {
            $0.method = .automatic(metric: "no.such.figure", rule: .proportional, noData: .zero)
        }
        #expect(unknown.problems().map(\.field) == [.metric])
        #expect(messages(unknown) == ["计算口径「no.such.figure」不存在"])
        let badTiers = AssessmentFixtures.changing("2.1") {
            $0.method = .automatic(
                metric: "inspection.findings.rectified",
                rule: .tiers([
                    ScoringTier(RateThreshold(basisPoints: 9000)!, 2),
                    ScoringTier(RateThreshold(basisPoints: 9500)!, 1),
                ]),
                noData: .zero)
        }
        #expect(messages(badTiers) == ["「整改率」：分档门槛应从高到低排列：第2档（≥95%）应低于上一档的90%"])
        #expect(badTiers.problems().map(\.field) == [.rule])
    }

    @Test("a manual leaf that requires evidence says what evidence")
    func evidence() {
        let silent = AssessmentFixtures.changing("1.1") { $0.evidence = "" }
        #expect(messages(silent) == ["「决策目录」要求上传佐证材料，请写明佐证材料要求"])
        #expect(silent.problems().map(\.field) == [.evidence])
    }

    @Test("an empty system, and every problem at once as field errors")
    func allAtOnce() {
        #expect(messages(IndicatorSystem(name: "空", indicators: [])) == ["指标体系中没有指标"])
        // given
        let broken = AssessmentFixtures.changing("2.2") {
            $0.code = "1.1"
            $0.method = nil
        }
        // when
        let error = #expect(throws: DomainError.self) { try broken.validated() }
        // then
        #expect(
            error?.fields == [
                FieldError("1.1.code", "指标编号「1.1」重复：已用于「决策目录」"),
                FieldError("1.1.method", "末级指标「整改报告」需要评分方式（自动或人工）"),
            ])
    }
}
