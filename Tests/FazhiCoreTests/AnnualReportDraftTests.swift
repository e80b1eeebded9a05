import Testing

@testable import FazhiCore

@Suite("Annual report: figures and first draft")
struct AnnualReportDraftTests {
    func facts() -> AnnualReportFacts {
        var f = AnnualReportFacts(government: "测试市人民政府", year: 2026)
        (f.plans, f.tasksDue, f.tasksDone, f.tasksDoneOnTime, f.tasksOverdue) = (2, 8, 6, 5, 1)
        (f.findings, f.findingsClosed, f.findingsClosedOnTime, f.findingsOverdue, f.campaigns) = (4, 3, 2, 1, 1)
        return f
    }

    @Test("rates show their counts, and a rate of nothing is no data, not 0 % or 100 %")
    func rates() {
        #expect(ReportFigure.rate(6, 8) == "75%（6/8）")
        #expect(ReportFigure.rate(2, 3) == "66.7%（2/3）")
        #expect(ReportFigure.rate(0, 0) == "无数据（0/0）")
    }

    @Test("every section has figures; those of modules not on the platform are missing with the reason, never a value")
    func missingNeverInvented() {
        let links = AnnualReportLinks.forYear(2026)
        for section in AnnualReportSection.allCases {
            let figures = AnnualReportDraft.figures(section, facts(), links: links)
            #expect(!figures.isEmpty, "\(section)")
            for figure in figures {
                #expect((figure.value == nil) == (figure.missingReason != nil), "\(figure.label)")
                #expect(!figure.definition.isEmpty)
            }
        }
        let rules = AnnualReportDraft.figures(.rules, facts(), links: links)
        #expect(rules.allSatisfy { $0.value == nil && $0.missingReason?.contains("规范性文件备案审查") == true })
        let supervision = AnnualReportDraft.figures(.supervision, facts(), links: links)
        #expect(supervision.first { $0.label == "督察问题整改率" }?.value == "75%（3/4）")
    }

    @Test("the draft words the counts and marks what the office must add")
    func draftText() {
        let leadership = AnnualReportDraft.text(.leadership, facts())
        #expect(leadership.contains("2份") && leadership.contains("任务共8项，已完成6项"))
        #expect(AnnualReportDraft.text(.problems, facts()).contains("1项任务逾期未完成，1个督察问题逾期未整改"))
        #expect(AnnualReportDraft.text(.rules, facts()).contains("【"))
        // no published result: no score in the text; with results, the average, the best and the lowest
        #expect(!leadership.contains("平均得分"))
        var scored = facts()
        scored.publishedResults = [
            PublishedResult(unit: "甲区", score: Points(hundredths: 9_500)), PublishedResult(unit: "乙区", score: 80),
        ]
        #expect(
            AnnualReportDraft.text(.leadership, scored).contains(
                "已公布结果的2个单位平均得分87.5分，最高为甲区（95分），最低为乙区（80分）"))
        #expect(AnnualReportSection.nextYear.heading == "九、下一年度推进法治政府建设的主要安排")
    }
}
