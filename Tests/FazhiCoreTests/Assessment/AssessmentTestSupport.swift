@testable import FazhiCore

/// A small valid system: two areas, 10 points.
///
///     1 依法决策 6 ── 1.1 决策目录 2 (人工, 佐证) ── 1.2 合法性审查 4 ── 1.2.1 审查率 4 (自动)
///     2 督察整改 4 ── 2.1 整改率 2.5 (自动, 无数据得满分) ── 2.2 整改报告 1.5 (人工, 无需佐证)
enum AssessmentFixtures {
    static let onTime = AssessmentMetric.named("plan.tasks.on_time")!.code

    static var system: IndicatorSystem {
        IndicatorSystem(
            name: "测试指标体系",
            indicators: [
                Indicator(
                    code: "1", name: "依法决策", points: 6, level: 1,
                    children: [
                        Indicator(
                            code: "1.1", name: "决策目录", points: 2, level: 2, method: .manual(evidenceRequired: true),
                            criteria: "未公布的不得分", evidence: "目录公布截图"),
                        Indicator(
                            code: "1.2", name: "合法性审查", points: 4, level: 2,
                            children: [
                                Indicator(
                                    code: "1.2.1", name: "审查率", points: 4, level: 3,
                                    method: .automatic(
                                        metric: "plan.tasks.on_time",
                                        rule: .fullAt(RateThreshold(basisPoints: 9500)!, otherwise: .proportional),
                                        noData: .reviewerDecides))
                            ]),
                    ]),
                Indicator(
                    code: "2", name: "督察整改", points: 4, level: 1,
                    children: [
                        Indicator(
                            code: "2.1", name: "整改率", points: Points("2.5")!, level: 2,
                            method: .automatic(
                                metric: "inspection.findings.rectified", rule: .proportional, noData: .fullPoints)),
                        Indicator(
                            code: "2.2", name: "整改报告", points: Points("1.5")!, level: 2,
                            method: .manual(evidenceRequired: false), evidence: "可附整改报告"),
                    ]),
            ])
    }

    /// The system with one indicator changed, found by its code.
    static func changing(_ code: String, _ change: (inout Indicator) -> Void) -> IndicatorSystem {
        func walk(_ list: inout [Indicator]) {
            for index in list.indices {
                if list[index].code == code { change(&list[index]) }
                walk(&list[index].children)
            }
        }
        var system = system
        walk(&system.indicators)
        return system
    }
}
