/// The figures of each section and the first draft of its text, made from `AnnualReportFacts`. The office edits
/// the text; the figures stay the platform's, each with its definition, and a figure of a module not on the
/// platform is marked missing for the office to fill in from its own records.
public enum AnnualReportDraft {
    /// The figures of `section`, with `links` giving the address of each list of records (by figure key).
    public static func figures(_ section: AnnualReportSection, _ f: AnnualReportFacts, links: AnnualReportLinks)
        -> [ReportFigure]
    {
        switch section {
        case .leadership:
            [
                ReportFigure(
                    label: "纳入任务台账的方案", value: "\(f.plans)份", definition: "本年度由本级及下级机构导入任务台账的方案、意见、要点数。",
                    link: links.plans),
                ReportFigure(
                    label: "年度任务完成率", value: ReportFigure.rate(f.tasksDone, f.tasksDue),
                    definition: "已完成任务数 ÷ 完成时限在本年度内的任务数（长期推进的任务不计）；任务来自本级及下级机构的方案。", link: links.plans),
                ReportFigure(
                    label: "任务按期完成率", value: ReportFigure.rate(f.tasksDoneOnTime, f.tasksDue),
                    definition: "在完成时限当日或之前完成的任务数 ÷ 完成时限在本年度内的任务数。", link: links.plans),
                ReportFigure(
                    label: "法治政府建设考核", value: "\(f.assessmentRounds)次，考核\(f.assessedUnits)个单位",
                    definition: "考核期间为本年度、由本级及下级机构组织的考核轮次及其被考核单位数。", link: links.assessments),
            ]
        case .functions:
            [
                .missing("权责清单事项", definition: "本级及下级执法主体权责清单中的事项数。", module: "行政执法"),
                .missing("涉企行政检查次数", definition: "本年度对企业实施的行政检查次数。", module: "行政执法"),
            ]
        case .rules:
            [
                .missing(
                    "规范性文件按时报备率", definition: "在规定期限内报送备案的规范性文件数 ÷ 本年度公布的规范性文件数。", module: "规范性文件备案审查"),
                .missing("规范性文件合法性审核率", definition: "经合法性审核的规范性文件数 ÷ 本年度制定的规范性文件数。", module: "规范性文件备案审查"),
            ]
        case .decisions:
            [
                .missing(
                    "重大行政决策合法性审查率", definition: "经合法性审查的重大行政决策数 ÷ 本年度作出的重大行政决策数。", module: "重大行政决策")
            ]
        case .enforcement:
            [
                ReportFigure(
                    label: "行政执法主体", value: "\(f.enforcementAgencies)个", definition: "本级及下级在用的执法机构数（机构类型为执法机构）。",
                    link: links.directory),
                ReportFigure(
                    label: "法定期限内办结率", value: ReportFigure.rate(f.deadlinesMet, f.deadlinesDue),
                    definition: "在届满日当日或之前办结的期限数 ÷ 届满日在本年度内的期限数（平台登记监控的法定期限）。", link: links.deadlines),
                .missing("行政处罚案件数", definition: "本年度作出行政处罚决定的案件数。", module: "行政执法"),
                .missing("重大执法决定法制审核率", definition: "经法制审核的重大执法决定数 ÷ 本年度作出的重大执法决定数。", module: "行政执法"),
            ]
        case .disputes:
            [
                .missing("行政复议案件数", definition: "本年度受理的行政复议案件数。", module: "行政复议"),
                .missing("行政机关负责人出庭应诉率", definition: "负责人出庭应诉的案件数 ÷ 本年度开庭审理的行政诉讼案件数。", module: "行政应诉"),
            ]
        case .supervision:
            [
                ReportFigure(
                    label: "督察反馈问题", value: "\(f.findings)个（\(f.campaigns)次督察）",
                    definition: "本年度反馈的督察问题数，督察由本级及下级机构组织。", link: links.findings),
                ReportFigure(
                    label: "督察问题整改率", value: ReportFigure.rate(f.findingsClosed, f.findings),
                    definition: RectificationFigures.rectificationDefinition, link: links.findings),
                ReportFigure(
                    label: "督察问题按期整改率", value: ReportFigure.rate(f.findingsClosedOnTime, f.findings),
                    definition: RectificationFigures.onTimeDefinition, link: links.findings),
                ReportFigure(
                    label: "存证记录", value: "\(f.ledgerRecords)条（共\(f.auditRecords)条审计记录）",
                    definition: "本年度本级及下级的审计记录中已写入公开存证账本的条数；每条可由第三方独立验证。", link: links.ledger),
            ]
        case .problems:
            [
                ReportFigure(
                    label: "逾期未完成任务", value: "\(f.tasksOverdue)项", definition: "完成时限已过、尚未完成的本年度任务数。",
                    link: links.overdueTasks),
                ReportFigure(
                    label: "逾期未整改问题", value: "\(f.findingsOverdue)个", definition: "超过整改期限仍未提交整改报告的本年度督察问题数。",
                    link: links.overdueFindings),
            ]
        case .nextYear:
            [
                ReportFigure(
                    label: "下一年度到期的任务", value: "\(f.tasksNextYear)项", definition: "完成时限在下一年度内的任务数（本级及下级的方案）。",
                    link: links.plans)
            ]
        }
    }

    /// The first draft of a section's text, in plain words, from the counts. Figures the platform lacks are left
    /// to the office, with a marker where they belong.
    public static func text(_ section: AnnualReportSection, _ f: AnnualReportFacts) -> String {
        let y = f.year
        switch section {
        case .leadership:
            return "\(y)年，\(f.government)将\(f.plans)份法治政府建设方案纳入任务台账，完成时限在本年度的任务共\(f.tasksDue)项，已完成\(f.tasksDone)项，"
                + "其中按期完成\(f.tasksDoneOnTime)项。组织法治政府建设考核\(f.assessmentRounds)次，考核单位\(f.assessedUnits)个"
                + assessmentSummary(f) + "。【请补充主要负责人履职情况】"
        case .supervision:
            return
                "全年组织法治督察\(f.campaigns)次，反馈问题\(f.findings)个，已整改销号\(f.findingsClosed)个，其中按期整改\(f.findingsClosedOnTime)个。"
                + "本级及下级\(f.ledgerRecords)条审计记录已写入公开存证账本，可由第三方独立验证。"
        case .enforcement:
            return "本级及下级共有行政执法主体\(f.enforcementAgencies)个。平台登记监控的法定期限中，届满日在本年度的\(f.deadlinesDue)个，"
                + "按期办结\(f.deadlinesMet)个。【请补充行政执法案件、法制审核等情况】"
        case .problems:
            var parts: [String] = []
            if f.tasksOverdue > 0 { parts.append("\(f.tasksOverdue)项任务逾期未完成") }
            if f.findingsOverdue > 0 { parts.append("\(f.findingsOverdue)个督察问题逾期未整改") }
            let counted = parts.isEmpty ? "平台记录中没有逾期未完成的任务和逾期未整改的问题。" : "平台记录显示，" + parts.joined(separator: "，") + "。"
            return counted + "【请分析原因】"
        case .nextYear:
            return "\(y + 1)年，继续推进台账中完成时限在下一年度的\(f.tasksNextYear)项任务，并督促逾期任务和问题整改到位。【请补充下一年度主要安排】"
        case .functions, .rules, .decisions, .disputes:
            return "【本部分数据尚未接入平台，请据实填写】"
        }
    }
}

extension AnnualReportDraft {
    /// The published results in words: 「；已公布结果的单位平均得分88.5分，最高为甲（95分），最低为乙（80分）」, or nothing
    /// while no result is published (a provisional score is not a result).
    static func assessmentSummary(_ f: AnnualReportFacts) -> String {
        guard let best = f.publishedResults.first, let worst = f.publishedResults.last else { return "" }
        let total = f.publishedResults.map(\.score).sum()
        let average = total.scaled(by: 1, over: f.publishedResults.count) ?? total
        return "；已公布结果的\(f.publishedResults.count)个单位平均得分\(average.text)分，最高为\(best.unit)（\(best.score.text)分），"
            + "最低为\(worst.unit)（\(worst.score.text)分）"
    }
}

/// The addresses of the lists a report's figures open.
public struct AnnualReportLinks: Sendable, Equatable {
    public var plans: String
    public var overdueTasks: String
    public var assessments: String
    public var findings: String
    public var overdueFindings: String
    public var deadlines: String
    public var directory: String
    public var ledger: String

    public static func forYear(_ year: Int) -> AnnualReportLinks {
        AnnualReportLinks(
            plans: "/plans", overdueTasks: "/plans", assessments: "/assessments",
            findings: "/inspections/statistics?year=\(year)",
            overdueFindings: "/inspections/findings?standing=overdue&year=\(year)", deadlines: "/deadlines?filter=all",
            directory: "/directory", ledger: "/ledger")
    }
}
