import Foundation
import Testing

@testable import FazhiCore

/// Slow, obvious versions of the search rules, to check the fast ones against on random text.
enum SearchReference {
    /// The runs of word scalars of the normalised text.
    static func runs(_ text: String) -> [[Unicode.Scalar]] {
        var runs: [[Unicode.Scalar]] = [[]]
        for scalar in SearchText.normalise(text).unicodeScalars {
            if SearchScalar.isWord(scalar.value) {
                runs[runs.count - 1].append(scalar)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Whether the token phrase `needle` occurs at consecutive positions of `haystack`.
    static func containsPhrase(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}

/// Random text drawn from a small alphabet, so that terms recur: Chinese characters, full-width and ASCII letters
/// and digits, and separators of several kinds.
struct SearchTextGenerator {
    static let alphabet: [Character] = Array("行政处罚法人民主民法典的，。、；：（）“” \nABCabc012ＡＢＣ１２")
    var random: SplitMix64

    mutating func text(length: Int) -> String {
        String((0..<length).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] })
    }

    /// A term of word characters taken from the alphabet.
    mutating func term(length: Int) -> String {
        let words = Self.alphabet.filter {
            $0.unicodeScalars.allSatisfy { SearchScalar.isWord(SearchScalar.normalised($0.value)) }
        }
        return String((0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] })
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }
}
