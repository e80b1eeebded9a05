import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("SearchText.segments")
    struct SearchSegmentsTests {
        @Test func aShortTextIsOneSegment() {
            // given
            let text = "行政处罚"
            // when
            let segments = SearchText.segments(of: text)
            // then
            #expect(segments == [text])
            #expect(SearchText.segments(of: "") == [""])
        }

        @Test func consecutiveSegmentsOverlapByTheOverlap() {
            // given
            let text = String((0..<100).map { _ in "行" }) + String((0..<100).map { _ in "政" })
            // when
            let segments = SearchText.segments(of: text, length: 80, overlap: 31)
            // then
            #expect(segments.allSatisfy { $0.unicodeScalars.count <= 80 })
            for (a, b) in zip(segments, segments.dropFirst()) {
                #expect(a.unicodeScalars.suffix(31).elementsEqual(b.unicodeScalars.prefix(31)))
            }
            #expect(segments.last.map { text.hasSuffix($0) } == true)
        }

        @Test("property: every substring of up to 32 characters lies wholly inside a segment")
        func everyShortSubstringIsInASegment() {
            var generator = SearchTextGenerator(random: SplitMix64(seed: 5))
            for _ in 0..<40 {
                // given
                let text = generator.text(length: generator.int(0...400))
                let length = generator.int(40...120)
                // when
                let segments = SearchText.segments(of: text, length: length)
                // then
                let scalars = Array(text.unicodeScalars)
                let pieces = segments.map { Array($0.unicodeScalars) }
                #expect(pieces.allSatisfy { $0.count <= length })
                for start in scalars.indices {
                    let end = min(scalars.count, start + LawSearchQuery.maximumTermLength)
                    let needle = Array(scalars[start..<end])
                    #expect(pieces.contains { contains($0, needle) }, "no segment holds \(start)..<\(end)")
                }
            }
        }

        @Test("a segment ends before a bigram would occur a 257th time, which PostgreSQL would drop")
        func segmentsCutBeforeTooManyRepeats() {
            // given: 保险 1,000 times, far more than PostgreSQL keeps positions for in one tsvector
            let text = String(repeating: "保险，", count: 1000)
            // when
            let segments = SearchText.segments(of: text)
            // then
            #expect(segments.count > 1)
            for segment in segments {
                let count = SearchText.gramTokens(of: segment).filter { $0 == "保险" }.count
                #expect(count <= SearchText.postgresMaximumPositionsPerLexeme)
            }
            // and nothing is lost: the segments together cover the text
            #expect(segments.first.map { text.hasPrefix($0) } == true)
            #expect(segments.last.map { text.hasSuffix($0) } == true)
        }

        private func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains {
                haystack[$0..<$0 + needle.count].elementsEqual(needle)
            }
        }
    }
}
