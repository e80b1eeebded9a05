import Testing

@testable import FazhiCore

@Suite("PlanParser: the parts of a plan")
struct PlanParserTests {
    @Test("title, preamble, chapters and closing; the year in the title dates 「年底前」")
    func parts() throws {
        // given
        let text = """
            某县2023年法治政府建设工作要点

            为深入推进依法行政，结合我县实际，制定本要点。
            一、完善依法行政制度体系
            1.健全规范性文件管理制度。年底前完成清理。（责任单位：县司法局）
            二、强化组织保障
            2.加强督察考核。（牵头单位：县委依法治县办；配合单位：县委组织部）
            本要点自印发之日起施行。
            扫一扫在手机上查看当前页面
            """
        // when
        let document = try parsePlan(text)
        // then
        #expect(document.title == "某县2023年法治政府建设工作要点")
        #expect(document.preamble.map(\.line) == [3])
        #expect(document.nodes.map(\.title) == ["完善依法行政制度体系", "强化组织保障"])
        #expect(document.closing.map(\.text) == ["本要点自印发之日起施行。", "扫一扫在手机上查看当前页面"])
        #expect(document.nodes(.item)[0].deadline?.date == CivilDate(year: 2023, month: 12, day: 31))
        #expect(document.nodes(.item)[1].units.map(\.role) == [.lead, .cooperating])
    }

    @Test("a press Q&A after the plan is set aside, whole, and reported")
    func pressQA() throws {
        let text = """
            某方案
            一、总体要求
            （一）健全制度
            健全制度机制。
            《某方案》答记者问
            问：如何落实？
            答：一是强化学习。
            二是强化督察。
            """
        let document = try parsePlan(text)
        #expect(document.appendix?.kind == .pressQA)
        #expect(document.appendix?.paragraphs.count == 4)
        #expect(document.nodes.count == 1)
        #expect(document.nodes(.section)[0].text == "健全制度机制。")
        #expect(document.warnings.map(\.kind) == [.appendixExcluded])
    }

    @Test("a paragraph cut by a line break mid-sentence is joined and reported")
    func joinedLines() throws {
        let text = """
            一、甲
            （一）乙
            做好地方性法规草案起草审查工作，确保政府在人大常委会召开审议法

            规草案会议的1个月前提出立法议案。加强立法风险评估。
            """
        let document = try parsePlan(text)
        let section = document.nodes(.section)[0]
        #expect(section.text == "做好地方性法规草案起草审查工作，确保政府在人大常委会召开审议法规草案会议的1个月前提出立法议案。加强立法风险评估。")
        #expect(document.warnings.map(\.kind) == [.joinedLines])
        #expect(document.warnings[0].message == "第3行与第5行：一段文字被断成两行，已合并。")
        #expect(section.tasks.count == 2)
        #expect(section.tasks[0].deadline?.kind.name == "relative")
    }

    @Test("items that open with a short sentence have it as their headline, when most items do")
    func headlines() throws {
        let text = """
            一、甲
            1. 抓好学习培训。推动系统培训。推动融入教育。
            2. 开展宣传阐释。组织宣传报道。
            3. 加强理论研究，形成一批成果。
            """
        let document = try parsePlan(text)
        let items = document.nodes(.item)
        #expect(items.map(\.title) == ["抓好学习培训", "开展宣传阐释", nil])
        #expect(items[0].text == "推动系统培训。推动融入教育。")
        #expect(items[0].tasks.map(\.text) == ["推动系统培训。", "推动融入教育。"])
        // a lone short first sentence among prose items is not a headline
        let prose = try parsePlan("一、甲\n1.依法加强基层禁毒工作。严厉打击网络犯罪。\n2.深化行业依法治理，加强社会组织法治建设。推进网络空间法治化。\n3.推进基层法治建设，完善工作机制。")
        #expect(prose.nodes(.item).allSatisfy { $0.title == nil })
    }

    @Test("guidance (总体要求, 指导思想, 主要目标) yields no tasks; other leaves do")
    func guidance() throws {
        let text = """
            一、总体要求
            （一）指导思想。以习近平法治思想为指导，全面推进依法行政。
            （二）主要目标。到2025年，法治政府基本建成。
            二、主要任务
            （三）健全制度
            健全制度机制。完善配套措施。
            """
        let document = try parsePlan(text)
        #expect(document.nodes[0].isGuidance)
        #expect(document.nodes(.section).map(\.title) == ["指导思想", "主要目标", "健全制度"])
        #expect(document.nodes(.section).map(\.tasks.count) == [0, 0, 2])
        #expect(document.nodes(.section)[1].deadline?.text == "到2025年")
    }

    @Test("tasks: one per sentence, a sentence that carries the previous one on stays with it, each with its deadline")
    func tasks() throws {
        let text = """
            一、甲
            （一）乙
            梳理证明事项。2022年4月底前，制定证明事项目录并向社会公开。其中，涉企事项优先公开。每年评估一次（含“回头看”。）。
            """
        let document = try parsePlan(text)
        let tasks = document.nodes(.section)[0].tasks
        #expect(tasks.count == 3)
        #expect(tasks[1].text == "2022年4月底前，制定证明事项目录并向社会公开。其中，涉企事项优先公开。")
        #expect(tasks[0].deadline == nil)
        #expect(tasks[1].deadline?.date == CivilDate(year: 2022, month: 4, day: 30))
        #expect(tasks[2].deadline?.kind == .recurring(.init(.yearly)))
        #expect(tasks.map(\.index) == [1, 2, 3])
        #expect(tasks.allSatisfy { $0.path == [1, 1] })
    }

    @Test("an item's deadline field applies to its tasks that name none")
    func deadlineField() throws {
        let document = try parsePlan("一、甲\n1.健全制度。完善机制。（牵头单位：县司法局；完成时限：2023年6月底前）")
        let tasks = document.nodes(.item)[0].tasks
        #expect(tasks.map(\.deadline?.text) == ["2023年6月底前", "2023年6月底前"])
        #expect(tasks.allSatisfy { $0.units.map(\.name) == ["县司法局"] })
    }

    @Test("units named on a section apply to its items; unit clauses on a line of their own are read")
    func inheritedUnits() throws {
        let text = """
            一、甲
            （一）乙（责任单位：县司法局）
            1.健全制度。
            2.完善机制。
            责任单位：县公安局
            """
        let document = try parsePlan(text)
        let items = document.nodes(.item)
        #expect(items[0].units.isEmpty)
        #expect(items[0].tasks[0].units.map(\.name) == ["县司法局"])
        #expect(items[1].units.map(\.name) == ["县公安局"])
        #expect(document.nodes(.section)[0].title == "乙")
    }

    @Test("where no unit is named, actors of 「……要……」 and 「……应当……」 sentences are suggested")
    func actors() throws {
        let text = """
            一、甲
            （一）乙
            各级党委要把法治政府建设摆到更加突出的位置。同时，各级政府及其部门主要负责人要切实履行第一责任人职责。决策机关应当在决策中明确执行主体。要加强统筹协调。主要任务是落实责任。
            """
        let tasks = try parsePlan(text).nodes(.section)[0].tasks
        #expect(tasks.map(\.suggestedActors) == [["各级党委"], ["各级政府及其部门主要负责人"], ["决策机关"], [], []])
    }

    @Test("a plan of sections holding circled and parenthesised sub-items keeps them as sub-items")
    func subitems() throws {
        let text = """
            一、甲
            1.完善制度：
            (1)梳理清单。
            （2）公开清单。
            ①按季度更新。
            """
        let document = try parsePlan(text)
        #expect(document.markers == ["一、", "1.", "（1）", "（2）", "①"])
        #expect(document.nodes(.item)[0].title == "完善制度")
        #expect(document.nodes(.subitem).map(\.tasks.count) == [1, 0, 1])
    }

    @Test("behind a covering notice, the plan's own title is the title; both stay in the document")
    func coveringNotice() throws {
        let text = """
            关于印发《某市2024年法治政府建设工作要点》的通知
            各县（市、区）人民政府，市政府各部门：
            现将《某市2024年法治政府建设工作要点》印发给你们，请认真贯彻落实。
            某市2024年法治政府建设工作要点
            一、深化改革
            1.全面实行行政许可事项清单管理，6月底前公布清单。（牵头单位：市政务服务局；配合单位：市直各有关部门）
            """
        let document = try parsePlan(text)
        #expect(document.title == "某市2024年法治政府建设工作要点")
        #expect(document.preamble.map(\.line) == [1, 2, 3])
        #expect(document.nodes(.item)[0].deadline?.date == CivilDate(year: 2024, month: 6, day: 30))
    }

    @Test("units after the last sentence without brackets: 「…。牵头单位：县司法局 配合单位：县政府办」")
    func unbracketedUnits() throws {
        let document = try parsePlan("一、甲\n1、制定管理办法。牵头单位：县司法局 配合单位：县政府办\n2、完善机制。")
        let item = document.nodes(.item)[0]
        #expect(item.text == "制定管理办法。")
        #expect(item.units.map(\.name) == ["县司法局", "县政府办"])
        #expect(item.units.map(\.role) == [.lead, .cooperating])
        #expect(item.tasks.count == 1)
    }
}
