import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawFileParser: the header")
    struct LawFileHeaderTests {
        @Test("title, subtitle, history events, body; promulgation is the last dated event")
        func basic() throws {
            // given
            let text = """
                # 某某市文明养犬条例

                # 总则编

                2019年3月1日 某某市第一届人民代表大会常务委员会第三次会议通过

                2022年6月30日 某某市第二届人民代表大会常务委员会第九次会议修正

                <!-- INFO END -->

                第一条 为了规范养犬行为，制定本条例。

                """
            // when
            let file = try parseLaw(text, path: "DLC/某某地方法规/地方性法规/某某/某某市文明养犬条例(2022-06-30).md")
            // then
            #expect(file.title == "某某市文明养犬条例")
            #expect(file.subtitle == "总则编")
            #expect(
                file.history == [
                    LawHistoryEvent(date: day("2019-03-01"), text: "某某市第一届人民代表大会常务委员会第三次会议通过"),
                    LawHistoryEvent(date: day("2022-06-30"), text: "某某市第二届人民代表大会常务委员会第九次会议修正"),
                ])
            #expect(file.promulgatedOn == day("2022-06-30"))
            #expect(file.versionDate == day("2022-06-30"))
            #expect(file.body == "第一条 为了规范养犬行为，制定本条例。")
            #expect(file.problems.isEmpty)
        }

        @Test("wrapped lines, a date broken over two lines, two events on one line, brackets, 根据")
        func messyHistory() throws {
            // given
            let text = """
                # 示例条例

                (2001年2月3日示例省第九届人民代表大会常务委员会第二十次会议通过)

                2010年4月5日 示例省第十一届人民代表大会常务委员会第十五次会议《关于修改〈示例

                条例〉的决定》第一次修正  2015年6月7日示例省第十二届人民代表大会常务委员会第十次会议修订 根据

                2018年9月1

                日示例省第十三届人民代表大会常务委员会第五次会议批准）

                <!-- INFO END -->

                第一条 示例。
                """
            // when
            let file = try parseLaw(text, path: "DLC/示例地方法规/地方性法规/示例/示例条例(2018-09-01).md")
            // then
            #expect(
                file.history.map(\.date) == [
                    day("2001-02-03"), day("2010-04-05"), day("2015-06-07"), day("2018-09-01"),
                ])
            #expect(
                file.history.map(\.text) == [
                    "示例省第九届人民代表大会常务委员会第二十次会议通过",
                    "示例省第十一届人民代表大会常务委员会第十五次会议《关于修改〈示例条例〉的决定》第一次修正",
                    "示例省第十二届人民代表大会常务委员会第十次会议修订",
                    "示例省第十三届人民代表大会常务委员会第五次会议批准",
                ])
            #expect(file.problems.isEmpty)
        }

        @Test("an undated event joins the one before it, and is reported")
        func undated() throws {
            // given
            let text = """
                # 示例条例
                2001年2月3日 甲市人民代表大会常务委员会通过
                乙省人民代表大会常务委员会批准
                <!-- INFO END -->
                第一条 示例。
                """
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.history.map(\.text) == ["甲市人民代表大会常务委员会通过；乙省人民代表大会常务委员会批准"])
            #expect(file.problemKinds == ["沿革行缺少日期"])
        }

        @Test("notes before the history: a title over two lines, a notice with its 文号, full-width dates")
        func notes() throws {
            // given
            let text = """
                # 关于示例工作的规定
                关于印发《关于示例工作的规定》的通知
                示发［２０２３］７号
                各有关单位：
                ２０２３年５月６日 示例部发布
                <!-- INFO END -->
                第一条 示例。
                """
            // when
            let file = try parseLaw(text, path: "部门规章/示例部/关于示例工作的规定(2023-05-06).md")
            // then
            #expect(file.headerNotes == ["关于印发《关于示例工作的规定》的通知", "示发［２０２３］７号", "各有关单位："])
            #expect(file.documentNumber == DocumentNumber(issuerCode: "示发", year: 2023, sequence: 7))
            #expect(file.history == [LawHistoryEvent(date: day("2023-05-06"), text: "示例部发布")])
            #expect(file.kind == .departmentalRule)
            #expect(file.category == "示例部")
            #expect(file.issuer == "示例部")
        }

        @Test("YAML front matter before the title; its date when nothing else dates the version")
        func frontMatter() throws {
            // given
            let text = """
                ---
                date: "2020-02-02"
                source: 示例
                ---
                # 示例办法
                <!-- INFO END -->
                第一条 示例。
                """
            // when
            let file = try parseLaw(text, path: "其他/示例办法.md")
            // then
            #expect(file.frontMatter == ["date": "2020-02-02", "source": "示例"])
            #expect(file.title == "示例办法")
            #expect(file.versionDate == day("2020-02-02"))
            #expect(file.problems.isEmpty)
        }

        @Test("without 「<!-- INFO END -->」 the header is the dated lines after the title, and it is reported")
        func missingInfoEnd() throws {
            // given
            let text = "# 示例规定\n2020年1月2日 发布\n\n第一条 示例。\n第二条 示例。"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.history.count == 1)
            #expect(file.articles.map(\.number) == ["第一条", "第二条"])
            #expect(file.problemKinds == ["缺少头部结束标记"])
        }

        @Test("no title line: the one error that stops a file, naming it")
        func noTitle() {
            // given
            let text = "2020年1月2日 发布\n<!-- INFO END -->\n第一条 示例。"
            // then
            #expect(throws: LawFileError.noTitle(path: "行政法/无题.md")) {
                try parseLaw(text, path: "行政法/无题.md")
            }
            #expect(LawFileError.noTitle(path: "行政法/无题.md").message.contains("行政法/无题.md"))
        }

        @Test("line endings and zero-width spaces are normalised, in the body too")
        func normalisation() throws {
            // given
            let text = "\u{FEFF}# 示例法\r\n2020年1月2日 通过\r\n<!-- INFO END -->\r\n\u{200B}\r\n第一条 示例\u{200B}。\r\n"
            // when
            let file = try parseLaw(text)
            // then
            #expect(file.title == "示例法")
            #expect(file.body == "第一条 示例。")
            #expect(file.articles.first?.text == "示例。")
        }

        @Test("version date: file name, else history, else the 施行 clause (reported), else undated (reported)")
        func versionDate() throws {
            // given
            let dated = "# 甲\n2019年1月1日 通过\n2020年2月2日 修正\n<!-- INFO END -->\n第一条 示例。"
            let clauseOnly = "# 乙\n<!-- INFO END -->\n第一条 示例。\n第二条 本条例自2011年5月15日起施行。"
            let nothing = "# 丙\n<!-- INFO END -->\n某某诉某某案的基本案情。"
            // when
            let fromName = try parseLaw(dated, path: "行政法/甲(2021-03-03).md")
            let fromHistory = try parseLaw(dated, path: "行政法/甲.md")
            let fromClause = try parseLaw(clauseOnly, path: "DLC/某地方法规/地方性法规/某/乙.md")
            let undated = try parseLaw(nothing, path: "案例/某主题/丙.md")
            // then
            #expect(fromName.versionDate == day("2021-03-03"))
            #expect(fromHistory.versionDate == day("2020-02-02"))
            #expect(fromClause.versionDate == day("2011-05-15"))
            #expect(fromClause.problemKinds == ["版本日期取自施行条款"])
            #expect(undated.versionDate == LawFileParser.undatedVersionDate)
            #expect(undated.problemKinds == ["无法确定版本日期"])
        }

        @Test("an impossible date in the file name or history is reported, not used")
        func impossibleDates() throws {
            // given
            let text = "# 示例法\n2021年2月30日 通过\n2021年3月1日 公布\n<!-- INFO END -->\n第一条 示例。"
            // when
            let file = try parseLaw(text, path: "行政法/示例法(2021-02-30).md")
            // then
            #expect(file.history.map(\.date) == [day("2021-03-01")])
            #expect(file.versionDate == day("2021-03-01"))
            #expect(file.problemKinds.sorted() == ["文件名日期无效", "日期不存在"].sorted())
        }
    }
}
