import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("CodeGrams: codes indexed by their 4-grams")
    struct CodeGramsTests {
        @Test func eachCodeOfFourOrMoreGivesItsFourGramsWithABoundaryBetweenCodes() {
            // when
            let tokens = CodeGrams.tokens(of: "CF-GG-罚〔2017〕440000号\n某公司（91150100016276520G）")
            // then: CF and GG are too short; the credit code is lower-cased like every search term
            #expect(
                tokens == [
                    "2017", SearchText.boundaryToken, "4400", "4000", "0000", SearchText.boundaryToken,
                    "9115", "1150", "1501", "5010", "0100", "1000", "0001", "0016", "0162", "1627", "6276", "2765",
                    "7652", "6520", "520g",
                ])
        }

        @Test func fullWidthDigitsAreCodesToo() {
            #expect(CodeGrams.tokens(of: "罚〔２０１７〕") == ["2017"])
        }

        @Test(arguments: [
            ("440000", true), ("2017", true), ("91150100016276520g", true), ("440", false),
            ("2017年", false), ("行政处罚", false),
        ])
        func onlyATermThatIsOneCodeOfFourOrMoreIsLookedUpByItsFourGrams(term: String, applies: Bool) {
            #expect(CodeGrams.applies(to: term) == applies)
        }

        @Test func queriesArePhrasesOfTheFourGrams() {
            #expect(CodeGrams.fts5Phrase(forTerm: "440000") == #""4400 4000 0000""#)
            #expect(CodeGrams.tsquery(forTerm: "440000") == "'#4400' <-> '#4000' <-> '#0000'")
            // a position is left out between two codes, so no phrase joins them
            #expect(CodeGrams.tsvectorLexemes(of: "2017〔44000〕") == "'#2017':1 '#4400':3 '#4000':4")
        }
    }
}
