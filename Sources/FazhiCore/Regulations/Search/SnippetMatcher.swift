/// Finds where search terms occur in a text, compared in `SearchText`'s normalised form, as the index compares them.
struct SnippetMatcher {
    /// The normalised scalar values of each term that has any.
    private let terms: [[UInt32]]

    init(terms: [String]) {
        self.terms = terms.map { term in term.unicodeScalars.map { SearchScalar.normalised($0.value) } }
            .filter { !$0.isEmpty }
    }

    /// Every occurrence of every term, as scalar offsets, sorted; overlapping or touching occurrences (of one term or
    /// of several) are merged, so that "行政处罚" searched with 行政 and 处罚 is marked as one piece.
    func matches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let text = scalars.map { SearchScalar.normalised($0.value) }
        var found: [Range<Int>] = []
        for term in terms where term.count <= text.count {
            let first = term[0]
            for start in 0...(text.count - term.count) where text[start] == first {
                if text[start..<start + term.count].elementsEqual(term) { found.append(start..<start + term.count) }
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in found {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
