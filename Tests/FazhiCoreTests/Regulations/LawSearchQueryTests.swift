import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawSearchQuery")
    struct LawSearchQueryTests {
        @Test func spacesSeparateTermsInTheOrderTyped() throws {
            // given
            let text = "  行政处罚　听证\t程序 "
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["行政处罚", "听证", "程序"])
        }

        @Test(arguments: [#""行政 处罚""#, "“行政 处罚”", "「行政 处罚」", "『行政　处罚』", "＂行政 处罚＂"])
        func quotesKeepAPhraseAsOneTerm(text: String) throws {
            // when
            let query = try LawSearchQuery(parsing: text + " 听证")
            // then
            #expect(query.terms == ["行政处罚", "听证"])
        }

        @Test func anUnclosedQuoteRunsToTheEnd() throws {
            // given
            let text = "“行政 处罚 听证"
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["行政处罚听证"])
        }

        @Test func spacesInsideQuotesStillSeparateASCIIWords() throws {
            // given
            let text = #""Data Protection" 法规"#
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["data", "protection", "法规"])
        }

        @Test func punctuationSplitsATerm() throws {
            // given
            let text = "公民、法人或者其他组织"
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["公民", "法人或者其他组织"])
        }

        @Test func aOneCharacterPieceCutOffByPunctuationIsDropped() throws {
            // given
            let text = "GB/T 7714"
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["gb", "7714"])
        }

        @Test func termsAreNormalisedAndDeduplicated() throws {
            // given
            let text = "ＡＢＣ abc 行政 “行政” Abc"
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["abc", "行政"])
        }

        @Test(arguments: [
            ("", "请输入要检索的词语"),
            (" ，。“”", "请输入要检索的词语"),
            ("行政 法", "请至少输入两个字（“法”只有一个字）"),
            ("行、法", "请至少输入两个字（“行”只有一个字）"),
            (String(repeating: "法", count: 33), "每个检索词不能超过32个字"),
            ("行政 处罚 听证 程序 复议 诉讼 赔偿", "检索词不能超过6个"),
        ])
        func invalidQueriesAreRejectedInChinese(text: String, message: String) {
            // when
            let error = #expect(throws: DomainError.self) { try LawSearchQuery(parsing: text) }
            // then
            #expect(error == .invalid("q", message))
        }

        @Test func aTermOfTheMaximumLengthIsAccepted() throws {
            // given
            let text = String(repeating: "法", count: LawSearchQuery.maximumTermLength)
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms.count == 1)
        }

        @Test func fts5MatchIsAndOfQuotedBigramPhrases() throws {
            // given
            let query = try LawSearchQuery(parsing: "行政处罚 听证")
            // when
            let match = query.fts5Match
            // then
            #expect(match == #""行政 政处 处罚" AND "听证""#)
        }

        @Test("user input cannot reach the FTS5 or tsquery syntax: quotes, operators and escapes are separators")
        func injectionIsImpossible() throws {
            // given
            let text = #"行政" OR "处罚*" NOT 法'律\ 听证<->"#
            // when
            let query = try LawSearchQuery(parsing: text)
            // then
            #expect(query.terms == ["行政", "or", "处罚", "not法", "听证"])
            #expect(query.fts5Match == #""行政" AND "or" AND "处罚" AND "no ot t法" AND "听证""#)
            #expect(query.tsquery(forTerm: "not法") == "'no' <-> 'ot' <-> 't法'")
        }

        @Test func tsqueryChainsBigramsWithFollowedBy() throws {
            // given
            let query = try LawSearchQuery(parsing: "行政处罚 听证")
            // when
            let one = query.tsquery(forTerm: "行政处罚")
            let all = query.tsquery
            // then
            #expect(one == "'行政' <-> '政处' <-> '处罚'")
            #expect(all == "('行政' <-> '政处' <-> '处罚') & ('听证')")
        }
    }
}
