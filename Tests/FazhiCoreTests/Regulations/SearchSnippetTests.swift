import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("SearchSnippet")
    struct SearchSnippetTests {
        typealias Piece = SearchSnippet.Piece

        @Test func aMatchInTheMiddleHasEllipsesOnBothSides() throws {
            // given
            let text = "一二三四五六七八九十行政处罚甲乙丙丁戊己庚辛壬癸"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["行政处罚"], radius: 3))
            // then
            #expect(
                snippet.pieces == [
                    Piece(text: "八九十", isMatch: false), Piece(text: "行政处罚", isMatch: true),
                    Piece(text: "甲乙丙", isMatch: false),
                ])
            #expect(snippet.startsMidText && snippet.endsMidText)
        }

        @Test func aMatchNearTheStartMovesTheWindowInwards() throws {
            // given
            let text = "行政处罚一二三四五六七八九十"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["行政处罚"], radius: 3))
            // then: the six characters of context all come after the match
            #expect(snippet.pieces == [Piece(text: "行政处罚", isMatch: true), Piece(text: "一二三四五六", isMatch: false)])
            #expect(!snippet.startsMidText && snippet.endsMidText)
        }

        @Test func aShortTextIsShownWhole() throws {
            // given
            let text = "依法行政"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["行政"]))
            // then
            #expect(snippet.pieces == [Piece(text: "依法", isMatch: false), Piece(text: "行政", isMatch: true)])
            #expect(!snippet.startsMidText && !snippet.endsMidText)
        }

        @Test("full-width text is found by its half-width term, and shown as written")
        func fullWidthTextIsMatchedButShownOriginal() throws {
            // given
            let text = "依据ＧＢ／Ｔ７７１４执行"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["gb", "7714"]))
            // then
            #expect(
                snippet.pieces == [
                    Piece(text: "依据", isMatch: false), Piece(text: "ＧＢ", isMatch: true),
                    Piece(text: "／Ｔ", isMatch: false),
                    Piece(text: "７７１４", isMatch: true), Piece(text: "执行", isMatch: false),
                ])
        }

        @Test func everyOccurrenceOfEveryTermInTheWindowIsMarked() throws {
            // given
            let text = "听证程序中，行政机关应当听证；行政处罚决定"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["行政", "听证"], radius: 40))
            // then
            #expect(snippet.pieces.filter(\.isMatch).map(\.text) == ["听证", "行政", "听证", "行政"])
            #expect(snippet.pieces.map(\.text).joined() == text)
        }

        @Test func adjacentMatchesOfTwoTermsAreOnePiece() throws {
            // given
            let text = "给予行政处罚"
            // when
            let pieces = SearchSnippet.highlightAll(text: text, terms: ["行政", "处罚"])
            // then
            #expect(pieces == [Piece(text: "给予", isMatch: false), Piece(text: "行政处罚", isMatch: true)])
        }

        @Test func theWindowIsWidenedRatherThanCutAMatch() throws {
            // given: the second 行政处罚 starts inside the window and ends outside it
            let text = "行政处罚一二行政处罚三四五六七八"
            // when
            let snippet = try #require(SearchSnippet.make(text: text, terms: ["行政处罚"], radius: 2))
            // then
            #expect(snippet.pieces.filter(\.isMatch).map(\.text) == ["行政处罚", "行政处罚"])
            #expect(snippet.pieces.map(\.text).joined() == "行政处罚一二行政处罚")
        }

        @Test func noOccurrenceGivesNoSnippet() {
            // given
            let text = "民事诉讼"
            // when
            let snippet = SearchSnippet.make(text: text, terms: ["行政", "刑事"])
            // then
            #expect(snippet == nil)
        }

        @Test func highlightAllCoversTheWholeText() {
            // given
            let text = "第一条 行政复议机关\n第二条 行政复议"
            // when
            let pieces = SearchSnippet.highlightAll(text: text, terms: ["行政复议"])
            // then
            #expect(pieces.map(\.text).joined() == text)
            #expect(pieces.filter(\.isMatch).count == 2)
            #expect(SearchSnippet.highlightAll(text: text, terms: ["刑法"]) == [Piece(text: text, isMatch: false)])
        }
    }
}
