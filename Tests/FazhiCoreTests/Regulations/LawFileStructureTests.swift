import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawFileParser: headings and articles")
    struct LawFileStructureTests {
        /// A made-up code with books, sub-books, chapters and sections at mixed Markdown depths.
        static let code = """
            # 示例法典
            2020年5月1日 示例会议通过
            <!-- INFO END -->
            ## 第一编 总则
            ### 第一章 一般规定
            第一条 为了示例，制定本法。
            第二条 示例一。
            第二条之一 示例之一。
            ### 第二章 主体
            #### 第一节 自然人
            第三条 示例三。
            #### 第二节 法人
            第四条 示例四。
            ## 第二编 分则
            ### 第一分编 通则
            #### 第一章 　一般规定
            第五条 示例五。
            ## 附则
            第六条 本法自2021年1月1日起施行。
            """

        @Test("levels from the printed unit, parents from the nesting, eIds nested for headings and flat for articles")
        func levelsAndEids() throws {
            // when
            let file = try parseLaw(Self.code)
            let byEid = Dictionary(uniqueKeysWithValues: file.provisions.map { ($0.eid, $0) })
            // then
            #expect(
                file.provisions.map(\.eid) == [
                    "book_1", "book_1__chp_1", "art_1", "art_2", "art_2-1", "book_1__chp_2", "book_1__chp_2__sec_1",
                    "art_3", "book_1__chp_2__sec_2", "art_4", "book_2", "book_2__subbook_1", "book_2__subbook_1__chp_1",
                    "art_5", "book_3", "art_6",
                ])
            #expect(file.provisions.map(\.ordinal) == Array(0..<16))
            #expect(byEid["book_1__chp_2__sec_1"]?.level == .section)
            #expect(byEid["book_1__chp_2__sec_1"]?.parentEid == "book_1__chp_2")
            #expect(byEid["art_3"]?.parentEid == "book_1__chp_2__sec_1")
            #expect(byEid["art_5"]?.parentEid == "book_2__subbook_1__chp_1")
            #expect(byEid["book_2__subbook_1"]?.level == .subBook)
            #expect(byEid["book_1"]?.parentEid == nil)
            #expect(byEid["book_2__subbook_1__chp_1"]?.heading == "一般规定")
            // 「## 附则」 has no number: a book here, because this file's 「##」 headings are books
            #expect(byEid["book_3"]?.number == "")
            #expect(byEid["book_3"]?.heading == "附则")
            #expect(byEid["art_6"]?.parentEid == "book_3")
            #expect(byEid["art_2-1"]?.number == "第二条之一")
            #expect(byEid["art_2-1"]?.text == "示例之一。")
            #expect(byEid["book_1"]?.text == "")
            #expect(file.problems.isEmpty)
        }

        @Test("an article's text: its paragraphs joined by newlines, without the label; comment lines dropped")
        func articleText() throws {
            // given
            let text = """
                # 示例条例
                <!-- INFO END -->
                ## 第一章 总则
                第一条 甲。

                乙：
                <!-- FORCE BREAK -->
                （一）丙；

                （二）丁。
                第二条　全角空格之后的正文。
                """
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.articles.map(\.text) == ["甲。\n乙：\n（一）丙；\n（二）丁。", "全角空格之后的正文。"])
            #expect(file.articles[0].body.paragraphs.count == 2)
            #expect(file.articles[0].body.paragraphs[1].items.count == 2)
        }

        @Test("articles that do not start a line cleanly: run on after a sentence, a space inside, 笫, run-in text")
        func uncleanStarts() throws {
            // given
            let text = """
                # 示例规则
                <!-- INFO END -->
                第一条 甲规定。 第二条 乙规定，依照本规则第五条处理。
                第三 条丙规定。
                笫四条 丁规定。
                第五条戊规定。
                依照第六条的规定处理。
                第６条 己规定。
                """
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.articles.map(\.eid) == ["art_1", "art_2", "art_3", "art_4", "art_5", "art_6"])
            #expect(file.articles.map(\.number) == ["第一条", "第二条", "第三条", "第四条", "第五条", "第６条"])
            #expect(
                file.articles.map(\.text) == [
                    "甲规定。", "乙规定，依照本规则第五条处理。", "丙规定。", "丁规定。", "戊规定。\n依照第六条的规定处理。", "己规定。",
                ])
            #expect(file.problems.isEmpty)
        }

        @Test("a line starting with a reference is not an article")
        func referenceAtLineStart() throws {
            // given
            let text = "# 示例\n<!-- INFO END -->\n第一条 甲。\n第九条规定的情形，适用前款。\n第二条 乙。"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.articles.map(\.eid) == ["art_1", "art_2"])
            #expect(file.articles[0].text == "甲。\n第九条规定的情形，适用前款。")
        }

        @Test("a repeated article number gets a unique eId in document order, and is reported")
        func duplicates() throws {
            // given
            let text = "# 示例\n<!-- INFO END -->\n第一条 甲。\n第二条 乙。\n第二条 乙的重复。\n第三条 丙。\n第二条 又一次。"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.articles.map(\.eid) == ["art_1", "art_2", "art_2_2", "art_3", "art_2_3"])
            #expect(file.problemKinds.filter { $0 == "条文编号重复" }.count == 2)
            #expect(Set(file.provisions.map(\.eid)).count == file.provisions.count)
        }

        @Test("a gap in the article numbers is reported; an empty article too")
        func gapsAndEmpty() throws {
            // given
            let text = "# 示例\n<!-- INFO END -->\n第一条 甲。\n第三条 丙。\n第四条\n"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.articles.map(\.eid) == ["art_1", "art_3", "art_4"])
            #expect(
                file.problems == [
                    "条文编号不连续：第一条之后是第三条", "条文内容为空：第四条",
                ])
        }

        @Test("「一、」 headings, an unmarked 「第五章」 line, a heading broken over two lines")
        func otherHeadings() throws {
            // given
            let text = """
                # 示例解释
                <!-- INFO END -->
                为正确审理示例案件，制定本解释。
                ## 一、管辖
                第一条 甲。
                ## 二、第一审普通程序中适用
                的特别规定
                第二条 乙。
                第三章法律责任
                第三条 丙。
                """
            // when
            let file = try parseLaw(text, path: "司法解释/示例解释(2020-01-01).md")
            // then
            #expect(file.preamble == "为正确审理示例案件，制定本解释。")
            #expect(file.provisions.filter { $0.level != .article }.map(\.eid) == ["chp_1", "chp_2", "chp_3"])
            #expect(file.provision("chp_1")?.number == "一、")
            #expect(file.provision("chp_1")?.heading == "管辖")
            #expect(file.provision("chp_2")?.heading == "第一审普通程序中适用的特别规定")
            #expect(file.provision("chp_3")?.heading == "法律责任")
            #expect(file.problemKinds == ["标题未用#标记"])
        }

        @Test("text between a heading and its first article stays with the heading, and is reported")
        func strayText() throws {
            // given
            let text = "# 示例\n<!-- INFO END -->\n## 第一章 总则\n这是一段没有条文编号的说明文字，属于本章。\n第一条 甲。"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.provision("chp_1")?.text == "这是一段没有条文编号的说明文字，属于本章。")
            #expect(file.problemKinds == ["标题下有游离文字"])
        }

        @Test("an annex after the last article keeps its text under its heading, without a problem")
        func annex() throws {
            // given
            let text = "# 示例\n<!-- INFO END -->\n第一条 甲。\n第二条 本法自公布之日起施行。\n## 附件\n一、附表说明。\n| 项目 | 标准 |"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.provision("chp_1")?.heading == "附件")
            #expect(file.provision("chp_1")?.text == "一、附表说明。\n| 项目 | 标准 |")
            #expect(file.problems.isEmpty)
        }

        @Test("headings printed as a table of contents are dropped: repeated, or with their chapters lost")
        func headingTableOfContents() throws {
            // given
            let repeated = """
                # 示例条例
                <!-- INFO END -->
                ## 第一章 总 则
                ## 第二章 管理
                ## 第三章 附则
                ## 第一章 总 则
                第一条 甲。
                ## 第二章 管理
                第二条 乙。
                """
            let lost = "# 示例\n<!-- INFO END -->\n## 第一章 总则\n## 第二章 附则\n总 则\n第一条 甲。\n## 第二章 附则\n第二条 乙。"
            let oneLine = "# 示例\n<!-- INFO END -->\n## 第一章 总则 第二章 附则\n## 第一章 总则\n第一条 甲。"
            // when
            let files = try [repeated, lost, oneLine].map { try parseLaw($0) }
            // then
            #expect(files[0].provisions.map(\.eid) == ["chp_1", "art_1", "chp_2", "art_2"])
            #expect(files[0].provision("chp_1")?.heading == "总则")
            #expect(files[1].provisions.map(\.eid) == ["art_1", "chp_2", "art_2"])
            #expect(files[1].preamble == "总 则")
            #expect(files[2].provisions.map(\.eid) == ["chp_1", "art_1"])
            #expect(files.allSatisfy { $0.problems.isEmpty })
        }

        @Test("a 目录 block before the text is dropped")
        func tableOfContentsBlock() throws {
            // given
            let text = """
                # 示例法
                <!-- INFO END -->
                目　录
                第一章 总则
                第二章 附则
                第一章 总则
                第一条 甲。
                第二章 附则
                第二条 乙。
                """
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.preamble == nil)
            #expect(file.provisions.map(\.eid) == ["chp_1", "art_1", "chp_2", "art_2"])
        }

        @Test("序言 is the preamble; a repeated title before it is dropped")
        func preamble() throws {
            // given
            let text = "# 示例宪章\n<!-- INFO END -->\n示例\n宪章\n## 序言\n甲段。\n乙段。\n## 第一章 总纲\n第一条 甲。"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.preamble == "甲段。\n乙段。")
            #expect(file.provisions.map(\.eid) == ["chp_1", "art_1"])
        }

        @Test("a file without articles keeps its text, headings and all, as the preamble, without a problem")
        func noArticles() throws {
            // given
            let text = "# 示例批复\n2020年1月2日 通过\n<!-- INFO END -->\n示例省高级人民法院：\n## 一、关于适用范围\n经研究，批复如下。"
            // when
            let file = try parseLaw(text, path: "司法解释/示例批复.md")
            // then
            #expect(file.provisions.isEmpty)
            #expect(file.preamble == "示例省高级人民法院：\n## 一、关于适用范围\n经研究，批复如下。")
            #expect(file.problems.isEmpty)
        }

        @Test("a case is never split into articles: the articles it quotes belong to other laws")
        func caseReport() throws {
            // given
            let text = "# 某某诉某某案\n2022-03-15\n<!-- INFO END -->\n## 基本案情\n原告诉称。\n## 相关法条\n第十条 经营者应当诚信。"
            // when
            let file = try parseLaw(text, path: "案例/消费购物/某某诉某某案.md")
            // then
            #expect(file.kind == .caseReport)
            #expect(file.provisions.isEmpty)
            #expect(file.preamble?.hasSuffix("第十条 经营者应当诚信。") == true)
            #expect(file.versionDate == day("2022-03-15"))
            #expect(file.problems.isEmpty)
        }
    }
}
