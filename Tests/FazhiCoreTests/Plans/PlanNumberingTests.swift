import Testing

@testable import FazhiCore

@Suite("PlanNumbering: heading markers")
struct PlanNumberingTests {
    func marker(_ text: String) -> PlanMarker? { PlanNumbering.marker(Array(text.unicodeScalars)) }

    @Test(
        "every numbering style and its full-width and ASCII variants",
        arguments: [
            ("一、总体要求", PlanMarkerStyle.chinese, 1), ("十二、组织保障", .chinese, 12), ("三十二．加强", .chinese, 32),
            ("(一)指导思想", .parenChinese, 1), ("（二十一）形成监督合力", .parenChinese, 21), ("〔三〕完善", .parenChinese, 3),
            ("1.推动建立", .arabic, 1), ("2. 开展宣传", .arabic, 2), ("3．加强", .arabic, 3), ("4、完善", .arabic, 4),
            ("１２．健全", .arabic, 12), ("3.2023年年底前，完成清理", .arabic, 3), ("(1)明确", .parenArabic, 1),
            ("（2）细化", .parenArabic, 2), ("3）落实", .parenArabic, 3),
            ("①梳理", .circled, 1), ("⑫公开", .circled, 12), ("第一部分 总体要求", .part, 1), ("第三章 保障措施", .part, 3),
        ])
    func styles(text: String, style: PlanMarkerStyle, number: Int) throws {
        // when
        let found = try #require(marker(text))
        // then
        #expect(found.style == style)
        #expect(found.number == number)
        #expect(!found.separatorMissing)
    }

    @Test(
        "ordinary sentences are not headings",
        arguments: [
            "一是强化学习宣传。", "2022年4月底前，梳理制定目录。", "1.5倍以上", "3人以上的行政复议办案人员", "90%以上", "(2021—2025年)实施纲要",
            "十分重要", "二〇二二年", "《实施方案》", "12345政务服务便民热线",
        ])
    func notHeadings(text: String) {
        #expect(marker(text) == nil)
    }

    @Test("a number printed against its text is recognised, and marked as missing its separator")
    func separatorMissing() throws {
        let found = try #require(marker("1规范行政执法行为。"))
        #expect(found.style == .arabic)
        #expect(found.number == 1)
        #expect(found.separatorMissing)
        #expect(marker("3人以上") == nil)
    }

    @Test("canonical markers and Chinese numerals both ways")
    func canonical() {
        #expect(PlanMarkerStyle.chinese.canonical(32) == "三十二、")
        #expect(PlanMarkerStyle.parenChinese.canonical(11) == "（十一）")
        #expect(PlanMarkerStyle.arabic.canonical(11) == "11.")
        #expect(PlanMarkerStyle.circled.canonical(3) == "③")
        for n in [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 115, 999] {
            #expect(ChineseNumeral.value(ArraySlice(ChineseNumeral.text(n).unicodeScalars)) == n)
        }
        #expect(ChineseNumeral.value(ArraySlice("十十".unicodeScalars)) == nil)
    }
}

@Suite("PlanParser: numbering repairs")
struct PlanNumberRepairTests {
    @Test("levels follow the styles: 一、 holds （一）, which holds 1., which holds （1） and ①")
    func nesting() throws {
        // given
        let text = """
            一、总体要求
            （一）工作目标
            1.健全制度。
            （1）梳理清单。
            （2）公开清单。
            ①按季度更新。
            2.完善机制。
            二、保障措施
            （二）加强领导
            """
        // when
        let document = try parsePlan(text)
        // then
        #expect(document.nodes.count == 2)
        let item = document.nodes[0].children[0].children[0]
        #expect(item.kind == .item)
        #expect(item.level == 3)
        #expect(item.children.map(\.marker) == ["（1）", "（2）"])
        #expect(item.children[1].children.map(\.kind) == [.subitem])
        #expect(item.children[1].children[0].level == 5)
        #expect(document.warnings.isEmpty)
    }

    @Test("a chapter may hold items directly, and a later chapter sections: nesting follows the styles' order")
    func skippedLevel() throws {
        let text = """
            一、第一章
            1.甲项工作。
            2.乙项工作。
            二、第二章
            （一）第一节
            1.丙项工作。
            """
        let document = try parsePlan(text)
        #expect(document.nodes[0].children.map(\.kind) == [.item, .item])
        #expect(document.nodes[1].children[0].kind == .section)
        #expect(document.nodes[1].children[0].children[0].kind == .item)
        #expect(document.warnings.isEmpty)
    }

    @Test("numbers may run on across chapters or restart in each; both are accepted without warnings")
    func runOnAndRestart() throws {
        let runOn = try parsePlan("一、甲\n1.一项。\n2.二项。\n二、乙\n3.三项。\n4.四项。\n三、丙\n5.五项。")
        #expect(runOn.nodes(.item).map(\.number) == [1, 2, 3, 4, 5])
        #expect(runOn.warnings.isEmpty)
        let restart = try parsePlan("一、甲\n1.一项。\n2.二项。\n二、乙\n1.三项。\n2.四项。\n三、丙\n1.五项。")
        #expect(restart.nodes(.item).map(\.number) == [1, 2, 1, 2, 1])
        #expect(restart.warnings.isEmpty)
    }

    @Test("an unnumbered first item (seed 003) gets number 1, reported; its text is kept whole")
    func missingFirstNumber() throws {
        // given
        let text = """
            一、学习贯彻
            抓好学习培训。推动系统培训。（责任单位：区委宣传部）
            2.开展宣传阐释。组织宣传报道。（责任单位：区融媒体中心）
            3.加强理论研究。形成研究成果。（责任单位：区委政法委）
            """
        // when
        let document = try parsePlan(text)
        // then
        let items = document.nodes(.item)
        #expect(items.map(\.number) == [1, 2, 3])
        #expect(items[0].printedMarker == nil)
        #expect(items[0].title == "抓好学习培训")
        #expect(items[0].units.map(\.name) == ["区委宣传部"])
        #expect(document.warnings.map(\.kind) == [.missingNumber])
        #expect(document.warnings[0].line == 2)
        #expect(document.warnings[0].message.contains("补为「1.」"))
    }

    @Test("an unnumbered item between numbered ones, after a closed item, takes the missing number")
    func missingMiddleNumber() throws {
        let text = """
            一、甲
            1.第一项工作。（责任单位：司法局）
            第二项工作。（责任单位：公安局）
            3.第三项工作。（责任单位：财政局）
            """
        let document = try parsePlan(text)
        #expect(document.nodes(.item).map(\.number) == [1, 2, 3])
        #expect(document.nodes(.item)[1].text == "第二项工作。")
        #expect(document.warnings.map(\.kind) == [.missingNumber])
    }

    @Test("a wrong number standing alone (10, 「1」, 12) is replaced, with the missing separator noted")
    func wrongNumber() throws {
        let text = """
            一、甲
            9.第九项。
            10.第十项。
            1规范行政执法行为。全面落实公示制度。
            12.第十二项。
            """
        let document = try parsePlan(text)
        #expect(document.nodes(.item).map(\.number) == [9, 10, 11, 12])
        #expect(document.warnings.count == 2)
        #expect(document.warnings.map(\.kind) == [.numberGap, .wrongNumber])
        #expect(document.warnings[1].message.contains("「1」"))
        #expect(document.warnings[1].message.contains("「11.」"))
        #expect(document.warnings[1].message.contains("缺少标点"))
    }

    @Test("a gap whose next number follows is kept as printed and reported: text may have been lost")
    func gap() throws {
        let document = try parsePlan("一、甲\n1.一项。\n2.二项。\n4.四项。\n5.五项。")
        #expect(document.nodes(.item).map(\.number) == [1, 2, 4, 5])
        #expect(document.warnings.map(\.kind) == [.numberGap])
        #expect(document.warnings[0].line == 4)
        #expect(document.warnings[0].message.contains("缺少1项"))
    }

    @Test("a repeated number shifts the rest, reported once")
    func repeated() throws {
        let document = try parsePlan("一、甲\n1.一项。\n2.二项。\n3.三项。\n3.四项。\n4.五项。\n5.六项。")
        #expect(document.nodes(.item).map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.warnings.map(\.kind) == [.wrongNumber])
        #expect(document.warnings[0].line == 5)
    }

    @Test("wrong chapter and section numbers are repaired like items")
    func wrongHeadings() throws {
        let document = try parsePlan("一、甲\n（一）子一\n（一）子二\n（三）子三\n一、乙\n三、丙")
        #expect(document.nodes.map(\.number) == [1, 2, 3])
        #expect(document.nodes(.section).map(\.number) == [1, 2, 3])
        #expect(document.warnings.filter { $0.kind == .wrongNumber }.count == 2)
    }

    @Test("no text is dropped: every input paragraph is somewhere in the document")
    func nothingDropped() throws {
        let text = """
            某县2023年法治政府建设工作要点
            为推进依法行政，制定本要点。
            一、甲
            抓好学习。推动培训。（责任单位：县司法局）
            2.开展宣传。（责任单位：县委宣传部）
            1推进执法改革。
            4.加强监督。
            二、乙
            5.完善考核。
            总之，要抓好落实。
            """
        let document = try parsePlan(text)
        let pieces = text.split(separator: "\n").map(String.init)
        var all = [document.title ?? ""] + document.preamble.map(\.text) + document.closing.map(\.text)
        for node in document.allNodes {
            all += [node.marker, node.title ?? "", node.text, node.unitsText ?? ""]
        }
        let joined = all.joined()
        for piece in pieces {
            let essential = piece.drop { "0123456789.、一二三四五六七八九十".contains($0) }
            for sentence in essential.split(whereSeparator: { "。（）：".contains($0) }) {
                #expect(joined.contains(sentence), "lost: \(sentence)")
            }
        }
    }
}
