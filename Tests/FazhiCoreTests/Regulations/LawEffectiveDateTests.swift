import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawFileParser: the effective date")
    struct LawEffectiveDateTests {
        /// A two-event history and a last article saying `clause`.
        func file(_ clause: String, history: String = "2020年1月2日 示例会议通过\n2021年1月22日 示例会议修订") throws -> ParsedLawFile {
            try parseLaw(
                "# 示例法\n\(history)\n<!-- INFO END -->\n第一条 甲。\n第二条 \(clause)\n第三条 本法由示例机关负责解释。",
                path: "行政法/示例法.md")
        }

        @Test("a stated date, in the last articles")
        func statedDate() throws {
            let file = try file("本法自2021年7月15日起施行。")
            #expect(file.effectiveOn == day("2021-07-15"))
            #expect(file.effectiveDateRule == .statedDate)
        }

        @Test(
            "other spellings of the clause",
            arguments: [
                ("本条例自二〇二一年七月十五日起施行。", "2021-07-15"), ("本规定自2021年7月 15日起实施。", "2021-07-15"),
                ("本办法从2021年7月15日起执行。", "2021-07-15"), ("本规则自2021年7月15日零时起施行。", "2021-07-15"),
                ("本细则自２０２１年７月１５日施行。", "2021-07-15"), ("本解释自2021年7月15日起生效。", "2021-07-15"),
            ])
        func spellings(clause: String, iso: String) throws {
            let file = try file(clause)
            #expect(file.effectiveOn == day(iso))
            #expect(file.effectiveDateRule == .statedDate)
        }

        @Test("「自公布之日起施行」 and its kin: the promulgation date", arguments: ["公布", "发布", "颁布", "印发", "通过"])
        func onPromulgation(word: String) throws {
            let file = try file("本法自\(word)之日起施行。")
            #expect(file.effectiveOn == day("2021-01-22"))
            #expect(file.effectiveDateRule == .onPromulgation)
        }

        @Test("「自公布之日起30日后施行」")
        func daysAfter() throws {
            let file = try file("本法自公布之日起三十日后施行。")
            #expect(file.effectiveOn == day("2021-02-21"))
            #expect(file.effectiveDateRule == .afterPromulgation)
        }

        @Test("a date before this version's promulgation is the first version's: the amendment's promulgation counts")
        func amendment() throws {
            let file = try file("本法自2020年3月1日起施行。")
            #expect(file.effectiveOn == day("2021-01-22"))
            #expect(file.effectiveDateRule == .amendmentPromulgation)
        }

        @Test("a file named for a later version than its history lists: that version date is the promulgation")
        func namedAmendment() throws {
            let file = try parseLaw(
                "# 示例条例\n2002年10月17日 示例会议通过\n<!-- INFO END -->\n第一条 本条例自2003年1月1日起施行。",
                path: "DLC/示例地方法规/地方性法规/示例/示例条例(2019-07-26).md")
            #expect(file.effectiveOn == day("2019-07-26"))
            #expect(file.effectiveDateRule == .amendmentPromulgation)
        }

        @Test("a history line saying 施行 wins, when it is not older than the promulgation")
        func historyLine() throws {
            // given
            let current = "2020年12月29日 示例公告公布\n2021年1月1日 施行"
            let outdated = "2007年1月1日 施行\n2021年1月22日 示例会议修正"
            // when
            let fromHistory = try file("本法自2021年3月1日起施行。", history: current)
            let outdatedLine = try file("本法自公布之日起施行。", history: outdated)
            let proclaimed = try file("", history: "1982年12月4日 示例大会公告公布施行")
            // then
            #expect(fromHistory.effectiveOn == day("2021-01-01"))
            #expect(fromHistory.effectiveDateRule == .historyLine)
            #expect(fromHistory.promulgatedOn == day("2020-12-29"))
            #expect(outdatedLine.effectiveOn == day("2021-01-22"))
            #expect(outdatedLine.effectiveDateRule == .onPromulgation)
            #expect(proclaimed.effectiveOn == day("1982-12-04"))
            #expect(proclaimed.effectiveDateRule == .historyLine)
        }

        @Test("no clause anywhere: the version date, without a problem")
        func fallback() throws {
            let file = try file("本法所称示例，是指示例。")
            #expect(file.effectiveOn == file.versionDate)
            #expect(file.effectiveDateRule == .versionDate)
            #expect(file.problems.isEmpty)
        }

        @Test("a text without articles: its last lines are searched")
        func withoutArticles() throws {
            let file = try parseLaw(
                "# 示例批复\n2020年11月9日 示例通过\n<!-- INFO END -->\n示例法院：\n经研究，批复如下。\n本批复自2021年1月1日起施行。",
                path: "司法解释/示例批复.md")
            #expect(file.effectiveOn == day("2021-01-01"))
            #expect(file.effectiveDateRule == .statedDate)
        }

        @Test("the status dates of a parsed version")
        func statusDates() throws {
            let file = try file("本法自2021年7月15日起施行。")
            let dates = file.statusDates(supersededOn: day("2024-01-01"))
            #expect(dates.status(on: day("2021-07-01")) == .notYetInForce)
            #expect(dates.status(on: day("2022-01-01")) == .valid)
            #expect(dates.status(on: day("2024-01-01")) == .amended)
        }
    }
}
