import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("SearchText")
    struct SearchTextTests {
        @Test func bigramsStopAtPunctuation() {
            // given
            let text = "行政处罚，法"
            // when
            let grams = SearchText.grams(of: text)
            // then
            #expect(grams == "行政 政处 处罚 法")
        }

        @Test func fullWidthLettersAndDigitsBecomeLowercaseASCII() {
            // given
            let text = "ＧＢ１２３　Ａｂ"
            // when
            let normalised = SearchText.normalise(text)
            let grams = SearchText.gramTokens(of: text)
            // then
            #expect(normalised == "gb123 ab")
            #expect(grams == ["gb", "b1", "12", "23", "ab"])
        }

        @Test func fullWidthPunctuationIsKeptButSeparates() {
            // given
            let text = "甲（乙）丙，ABC！"
            // when
            let normalised = SearchText.normalise(text)
            let grams = SearchText.gramTokens(of: text)
            // then
            #expect(normalised == "甲（乙）丙，abc！")
            #expect(grams == ["甲", "乙", "丙", "ab", "bc"])
        }

        @Test func asciiAndDigitsJoinChineseInOneRun() {
            // given
            let text = "第3条GB/T7714"
            // when
            let grams = SearchText.gramTokens(of: text)
            // then
            #expect(grams == ["第3", "3条", "条g", "gb", "t7", "77", "71", "14"])
        }

        @Test func singleCharacterRunsAreIndexedAlone() {
            // given
            let text = "法。 律\n规"
            // when
            let grams = SearchText.grams(of: text)
            // then
            #expect(grams == "法 律 规")
        }

        @Test func emptyAndSeparatorOnlyTextsHaveNoTokens() {
            // given
            let texts = ["", "，。 \n—…"]
            // when
            let grams = texts.map(SearchText.grams(of:))
            // then
            #expect(grams == ["", ""])
            #expect(texts.map(SearchText.tsvectorLiteral(of:)) == ["", ""])
        }

        @Test("a boundary token keeps 人民，民主 from matching 人民主")
        func boundaryBetweenChainedRuns() {
            // given
            let text = "人民，民主"
            // when
            let tokens = SearchText.gramTokens(of: text)
            // then
            #expect(tokens == ["人民", SearchText.boundaryToken, "民主"])
            #expect(!SearchReference.containsPhrase(tokens, SearchText.gramTokens(of: "人民主")))
            // no boundary where the runs do not chain
            #expect(SearchText.gramTokens(of: "人民，主权") == ["人民", "主权"])
        }

        @Test func tsvectorLiteralQuotesTokensWithPositions() {
            // given
            let text = "行政处罚，法"
            // when
            let literal = SearchText.tsvectorLiteral(of: text)
            // then
            #expect(literal == "'行政':1 '政处':2 '处罚':3 '法':4")
        }

        @Test func lexemeQuotingDoublesQuotesAndBackslashes() {
            // given
            var out: [UInt8] = []
            // when
            SearchText.appendQuoted(Array(#"a'b\c"#.utf8), to: &out)
            // then
            #expect(String(decoding: out, as: UTF8.self) == #"'a''b\\c'"#)
        }

        @Test func tsvectorPositionsAreCappedAsPostgreSQLDoes() {
            // given: 16384 single-character tokens
            let text = String(repeating: "法 ", count: 16384)
            // when
            let literal = SearchText.tsvectorLiteral(of: text)
            // then
            #expect(literal.hasSuffix("'法':16382 '法':16383 '法':16383"))
        }

        @Test("property: the tokens are each run's bigrams, or the run itself when it has one character")
        func tokensMatchTheReference() {
            var generator = SearchTextGenerator(random: SplitMix64(seed: 7))
            for _ in 0..<300 {
                // given
                let text = generator.text(length: generator.int(0...60))
                // when
                let tokens = SearchText.gramTokens(of: text).filter { $0 != SearchText.boundaryToken }
                // then
                let expected = SearchReference.runs(text).flatMap { run in
                    run.count == 1
                        ? [String(String.UnicodeScalarView(run))]
                        : (0..<run.count - 1).map { String(String.UnicodeScalarView(run[$0...$0 + 1])) }
                }
                #expect(tokens == expected, "\(text)")
            }
        }

        @Test("property: a term's bigram phrase occurs exactly when the normalised text contains the term")
        func phraseMatchIsSubstringMatch() {
            var generator = SearchTextGenerator(random: SplitMix64(seed: 11))
            for _ in 0..<2000 {
                // given
                let text = generator.text(length: generator.int(0...40))
                let term = SearchText.normalise(generator.term(length: generator.int(2...4)))
                // when
                let matches = SearchReference.containsPhrase(
                    SearchText.gramTokens(of: text), SearchText.gramTokens(of: term))
                // then
                #expect(matches == SearchText.normalise(text).contains(term), "\(term) in \(text)")
            }
        }

        @Test func tsvectorLiteralHasOneLexemePerToken() {
            var generator = SearchTextGenerator(random: SplitMix64(seed: 3))
            for _ in 0..<100 {
                // given
                let text = generator.text(length: generator.int(0...50))
                // when
                let literal = SearchText.tsvectorLiteral(of: text)
                // then
                let expected = SearchText.gramTokens(of: text).enumerated().map { "'\($0.element)':\($0.offset + 1)" }
                #expect(literal == expected.joined(separator: " "))
            }
        }
    }
}
