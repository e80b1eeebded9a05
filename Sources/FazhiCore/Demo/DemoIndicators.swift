/// The demo region's indicator system (generated for the demo, not an official text): the eight areas of the
/// national 市县法治政府建设示范指标体系 (2021年版) as 一级指标, two 二级指标 each, 100 points, scored partly from the
/// platform's own figures and partly by reviewers on evidence — including figures whose modules do not exist yet,
/// so that the demo shows how a missing figure waits for a reviewer instead of being made up.
public enum DemoIndicators {
    public static let system = IndicatorSystem(
        name: "法治政府建设考核指标体系（演示）",
        indicators: numbered([
            group(
                "政府职能依法全面履行",
                group(
                    "深化行政审批制度改革",
                    manual("政务服务事项全部纳入清单管理并向社会公布", 3, "未公布的不得分；清单未及时调整的扣1分", "政务服务事项清单及公布网页截图"),
                    manual("行政许可事项压缩办理时限", 3, "承诺时限未压缩的扣1分", "压缩时限的文件及办件统计")),
                group(
                    "权责清单动态管理",
                    manual("权责清单编制公布并动态调整", 3, "未动态调整的扣1.5分", "权责清单及调整文件"),
                    manual("涉企行政检查事项清单化管理", 3, "未梳理公布的不得分", "涉企检查事项清单"))),
            group(
                "依法行政制度体系完善",
                group(
                    "行政规范性文件管理",
                    auto(
                        "规范性文件按时报备", 4, "normative_documents.filed_on_time",
                        .fullAt(rate(100), otherwise: .proportional), .fullPoints),
                    auto(
                        "规范性文件合法性审核", 4, "normative_documents.legality_reviewed", .fullAt(rate(100), otherwise: .zero),
                        .fullPoints)),
                manual("开展规范性文件清理", 4, "未按要求清理或未公布清理结果的不得分", "清理结果公布文件")),
            group(
                "重大行政决策科学民主合法",
                manual("重大行政决策事项目录向社会公布", 4, "未公布目录的不得分", "年度决策事项目录及公布截图"),
                group(
                    "落实决策法定程序",
                    auto(
                        "重大行政决策合法性审查", 4, "decisions.legality_reviewed", .fullAt(rate(100), otherwise: .zero), .exclude),
                    manual("公众参与、专家论证和风险评估", 4, "每缺一项程序扣1分", "征求意见公告、论证意见、风险评估报告"))),
            group(
                "行政执法严格规范公正文明",
                group(
                    "全面落实行政执法三项制度",
                    auto(
                        "重大执法决定法制审核", 4, "enforcement.cases.reviewed", .fullAt(rate(100), otherwise: .zero),
                        .reviewerDecides),
                    manual("执法公示和执法全过程记录", 4, "公示不及时、记录不完整的，每发现一起扣0.5分", "执法公示网页截图、音像记录台账")),
                group(
                    "加强行政执法监督",
                    auto(
                        "行政执法案卷评查合格率", 4, "enforcement.files.passed", .tiers([tier(95, 4), tier(90, 3), tier(80, 2)]),
                        .reviewerDecides),
                    manual("行政执法人员资格管理", 4, "无证执法的，每人次扣1分", "执法证件清单、培训记录"),
                    auto("执法事项在法定期限内办结", 4, "deadlines.met", .proportional, .fullPoints))),
            group(
                "突发事件依法有效应对",
                manual("依法制定修订应急预案并组织演练", Points("4.5")!, "预案未按期修订的扣2分；未演练的扣1分", "应急预案、演练记录"),
                manual("依法实施应急处置措施", Points("3.5")!, "处置措施无法定依据的，每起扣1分", "应急处置决定及依据")),
            group(
                "社会矛盾纠纷依法有效化解",
                group(
                    "发挥行政复议化解行政争议主渠道作用",
                    auto(
                        "行政复议纠错率", 3, "reconsideration.corrected", .tiers([tier(5, 3), tier(10, 2), tier(15, 1)]),
                        .fullPoints),
                    manual("行政复议决定按时履行", 3, "不履行或拖延履行的，每起扣1分", "复议决定履行情况报告")),
                group(
                    "规范行政应诉工作",
                    auto(
                        "行政机关负责人出庭应诉率", 3, "litigation.heads_appeared", .fullAt(rate(90), otherwise: .proportional),
                        .exclude),
                    manual("人民法院生效裁判执行", 3, "拒不执行的不得分", "裁判执行情况说明"))),
            group(
                "行政权力制约和监督全覆盖",
                group(
                    "督察问题整改",
                    auto("督察问题整改率", 4, "inspection.findings.rectified", .proportional, .fullPoints),
                    auto(
                        "督察问题按期整改率", 4, "inspection.findings.rectified_on_time",
                        .tiers([tier(95, 4), tier(85, 3), tier(70, 2)]), .fullPoints)),
                manual("按时公开法治政府建设年度报告", 4, "未按时公开的不得分", "年度报告及公开网页截图")),
            group(
                "法治政府建设组织领导落实到位",
                manual("党政主要负责人履行推进法治建设第一责任人职责", 4, "未专题研究法治政府建设的扣2分", "常务会议纪要、述法报告"),
                group(
                    "法治政府建设年度任务落实",
                    auto(
                        "年度任务按期完成", 4, "plan.tasks.on_time", .fullAt(rate(95), otherwise: .proportional),
                        .reviewerDecides),
                    auto("年度任务完成", 4, "plan.tasks.completed", .proportional, .reviewerDecides))),
        ]))

    private static func group(_ name: String, _ children: Indicator...) -> Indicator {
        Indicator(code: "", name: name, points: children.map(\.points).sum(), level: 0, children: children)
    }

    private static func manual(_ name: String, _ points: Points, _ criteria: String, _ evidence: String) -> Indicator {
        Indicator(
            code: "", name: name, points: points, level: 0,
            method: .manual(evidenceRequired: true), criteria: criteria, evidence: evidence)
    }

    private static func auto(
        _ name: String, _ points: Points, _ metric: String, _ rule: ScoringRule, _ noData: NoDataPolicy
    ) -> Indicator {
        let figure = AssessmentMetric.named(metric)
        return Indicator(
            code: "", name: name, points: points, level: 0,
            method: .automatic(metric: metric, rule: rule, noData: noData),
            criteria: "按平台「\(figure?.name ?? metric)」计分：\(rule.text(figure?.direction ?? .higherIsBetter))")
    }

    private static func rate(_ percent: Int) -> RateThreshold { RateThreshold(basisPoints: percent * 100)! }

    private static func tier(_ percent: Int, _ points: Int) -> ScoringTier {
        ScoringTier(rate(percent), Points(integerLiteral: points))
    }

    /// Codes 「1」, 「1.2」, 「1.2.3」 and levels by position.
    private static func numbered(_ list: [Indicator], prefix: String = "", level: Int = 1) -> [Indicator] {
        list.enumerated().map { index, indicator in
            var indicator = indicator
            indicator.code = prefix + String(index + 1)
            indicator.level = level
            indicator.children = numbered(indicator.children, prefix: indicator.code + ".", level: level + 1)
            return indicator
        }
    }
}
