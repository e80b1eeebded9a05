import Testing

@testable import FazhiCore

@Suite("Assessment indicator systems: import from a sheet, export, round trip")
struct AssessmentTableImportTests {
    func problems(_ rows: [[String]]) -> [String] {
        do {
            _ = try IndicatorSystem.fromTable(rows)
            return []
        } catch { return error.problems.map(\.text) }
    }

    @Test("headers in any order below a title; merged group names carried down; parents get their children's sum")
    func mergedSheet() throws {
        // given: the sheet an office keeps, one row per scoring indicator
        let rows = [
            ["2025年度法治政府建设考核指标"],
            ["佐证材料", "分数", "三级指标", "二级指标", "一级指标", "评分方式（自动/人工）", "指标代码", "评分标准", "备注"],
            ["目录公布截图", "2", "", "决策目录", "依法决策", "人工", "", "未公布的不得分", ""],
            ["", "4", "审查率", "合法性审查", "", "自动", "plan.tasks.on_time", "", ""],
            ["", "2.5", "", "整改率", "督察整改", "自动", "inspection.findings.rectified", "", ""],
            ["可附整改报告", "1.5", "", "整改报告", "", "人工（无需佐证）", "", "", "见附件"],
            ["", "", "", "", "", "", "", "", ""],
        ]
        // when
        let system = try IndicatorSystem.fromTable(rows)
        // then
        #expect(system.all.map(\.code) == ["1", "1.1", "1.2", "1.2.1", "2", "2.1", "2.2"])
        #expect(system.all.map(\.name) == ["依法决策", "决策目录", "合法性审查", "审查率", "督察整改", "整改率", "整改报告"])
        #expect(system.all.map(\.level) == [1, 2, 2, 3, 1, 2, 2])
        #expect(system.all.map(\.points.text) == ["6", "2", "4", "4", "4", "2.5", "1.5"])
        #expect(system.total == 10)
        #expect(system.indicator(code: "1.1")?.method == .manual(evidenceRequired: true))
        #expect(system.indicator(code: "1.1")?.criteria == "未公布的不得分")
        #expect(
            system.indicator(code: "1.2.1")?.method
                == .automatic(metric: "plan.tasks.on_time", rule: .proportional, noData: .reviewerDecides))
        #expect(system.indicator(code: "2.2")?.method == .manual(evidenceRequired: false))
    }

    @Test("group names repeated on every row read the same as merged ones")
    func repeatedNames() throws {
        // given
        let rows = [
            ["一级指标", "二级指标", "三级指标", "分值", "评分方式", "佐证材料"],
            ["依法决策", "合法性审查", "审查意见", "2", "人工", "审查意见书"],
            ["依法决策", "合法性审查", "审查台账", "3", "人工", "台账"],
            ["依法决策", "决策目录", "", "5", "人工", "目录"],
        ]
        // when
        let system = try IndicatorSystem.fromTable(rows)
        // then
        #expect(system.countsByLevel == [1, 2, 2])
        #expect(system.indicator(code: "1.1")?.points == 5)
        #expect(system.indicator(code: "1.2")?.name == "决策目录")
    }

    @Test("points given at every level are checked against the children's sum")
    func pointsAtEveryLevel() {
        // given: one row per indicator, the parent's points written and wrong
        let rows = [
            ["编号", "一级指标", "二级指标", "分值", "评分方式", "佐证材料"],
            ["A", "依法决策", "", "6", "", ""],
            ["A1", "", "决策目录", "2", "人工", "目录"],
            ["A2", "", "合法性审查", "3", "人工", "审查意见"],
        ]
        // then
        #expect(problems(rows) == ["第2行「分值」：「依法决策」分值为6分，其下级指标合计5分，两者应相等"])
        var fixed = rows
        fixed[3][3] = "4"
        #expect(problems(fixed).isEmpty)
        #expect((try? IndicatorSystem.fromTable(fixed))?.all.map(\.code) == ["A", "A1", "A2"])
    }

    @Test("every problem is listed with its row and column, in row order")
    func allProblems() {
        // given
        let rows = [
            ["一级指标", "二级指标", "三级指标", "分值", "评分方式", "计算口径", "计分规则", "无数据时", "佐证材料"],
            ["依法决策", "决策目录", "", "abc", "人工", "", "", "", "目录"],
            ["", "审查", "", "2", "专家打分", "", "", "", ""],
            ["", "听证", "", "", "人工", "", "", "", "听证笔录"],
            ["", "备案", "", "2", "自动", "no.such", "", "", ""],
            ["执法", "", "案卷", "2", "人工", "", "", "", "案卷"],
            ["", "评查", "", "2", "自动", "deadlines.met", "看情况", "随便", ""],
            ["", "公示", "", "2", "人工", "deadlines.met", "", "", "截图"],
            ["", "", "", "", "", "", "", "", "孤零零的佐证"],
        ]
        // then
        #expect(
            problems(rows) == [
                "第2行「分值」：分值「abc」不是数字（最多两位小数）",
                "第3行「评分方式」：评分方式「专家打分」无法识别，应为「自动」或「人工」",
                "第4行「分值」：「听证」是末级指标，请填写分值",
                "第5行「计算口径」：计算口径「no.such」不存在",
                "第6行「二级指标」：「案卷」缺少二级指标：本行和上方都没有二级指标名称",
                "第7行「计分规则」：无法识别计分规则中的「看情况」，应写作「≥95%得3分」",
                "第7行「无数据时」：「无数据时」应为「不适用」「得满分」「不得分」或「不计入」",
                "第8行「计算口径」：人工评分的指标不需要计算口径；要按平台数据自动计分，请把评分方式改为「自动」",
                "第9行「一级指标」：此行有内容，但没有指标名称",
            ])
    }

    @Test("a sheet without a usable header is refused at its header")
    func headers() {
        #expect(problems([["名称", "分值"], ["依法决策", "5"]]) == ["第1行：找不到表头：表头行应写有「一级指标」「分值」等列名"])
        #expect(problems([["一级指标", "评分方式"], ["依法决策", "人工"]]) == ["第1行：缺少「分值」列（也可写作「分数」「权重」）"])
        #expect(problems([["一级指标", "分值", "权重"]]) == ["第1行「权重」：与「分值」是同一列，只能保留一列"])
        #expect(problems([["一级指标", "三级指标", "分值"]]) == ["第1行「三级指标」：有「三级指标」列，却没有「二级指标」列"])
        #expect(problems([["一级指标", "分值"]]) == ["第1行「一级指标」：指标体系中没有指标"])
    }

    @Test("an exported system reads back as the same system")
    func roundTrip() throws {
        // given
        let system = AssessmentFixtures.system
        // when
        let rows = system.tableRows()
        let imported = try IndicatorSystem.fromTable(rows, name: system.name)
        // then
        #expect(rows[0] == ["编号", "一级指标", "二级指标", "三级指标", "分值", "评分方式", "计算口径", "计分规则", "无数据时", "评分标准", "佐证材料"])
        #expect(
            rows[4] == [
                "1.2.1", "", "", "审查率", "4", "自动", "plan.tasks.on_time", "≥95%得满分，否则按比例计分", "不适用，由审核人员认定", "", "",
            ])
        #expect(rows[7][5] == "人工（无需佐证）")
        #expect(imported == system)
    }

    @Test("an export is a downloadable table with points as numbers")
    func tableExport() {
        // when
        let table = AssessmentFixtures.system.tableExport()
        // then
        #expect(table.headers.count == IndicatorSystem.tableColumns.count)
        #expect(table.rows.count == 7)
        #expect(table.rows[5][4] == .number(2.5))
        #expect(table.rows[0][1] == .text("依法决策"))
        #expect(table.rows[0][2] == .empty)
    }

    @Test("sheet problems become field errors for the web layer")
    func domainError() {
        // given
        let error = IndicatorTableError(problems: [IndicatorTableProblem(row: 3, column: "分值", message: "请填写分值")])
        // then
        #expect(error.domainError == .invalid([FieldError("row3", "第3行「分值」：请填写分值")]))
    }
}
