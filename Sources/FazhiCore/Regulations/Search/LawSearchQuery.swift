/// What the user typed in the search box: terms separated by spaces, "exact phrases" in ASCII or Chinese quotes
/// (“…” 「」 『』) kept as one term, punctuation inside a term splits it into separate terms (dropping a
/// one-character piece when a longer one remains). Every term must match (AND), and a term matches exactly the
/// documents that contain it, normalised, as a substring.
///
/// Inside quotes the spaces are dropped ("行政 处罚" finds 行政处罚: Chinese puts no spaces between words, and text
/// pasted from PDFs often has stray ones), except between two ASCII letters or digits, where they separate words
/// that the index cannot join ("data protection" becomes two terms).
public struct LawSearchQuery: Sendable, Equatable {
    /// Long enough for any name of a law; `SearchText.segments(of:)` overlaps by one less, so that a term never
    /// falls across two segments.
    public static let maximumTermLength = 32
    public static let maximumTerms = 6

    /// Normalised, deduplicated, in the order typed; each is a run of at least two word characters.
    public var terms: [String]

    /// Throws `DomainError.invalid("q", …)` for an empty query, a term of one character, a term longer than
    /// `maximumTermLength`, or more than `maximumTerms` terms.
    public init(parsing text: String) throws(DomainError) {
        var terms: [String] = []
        for raw in Self.rawTerms(of: SearchText.normalise(text)) {
            var words = Self.words(of: raw)
            // "GB/T 7714" splits into gb, t and 7714: the t that punctuation cut off cannot be searched, and the user
            // did not type it as a term of its own, so it goes while a longer word of the same term remains.
            if words.contains(where: { $0.unicodeScalars.count > 1 }) {
                words.removeAll { $0.unicodeScalars.count == 1 }
            }
            for term in words where !terms.contains(term) {
                terms.append(term)
            }
        }
        if terms.isEmpty { throw .invalid("q", "请输入要检索的词语") }
        // A one-character term has no bigram to look for; the index cannot find it as part of a longer word.
        if let single = terms.first(where: { $0.unicodeScalars.count == 1 }) {
            throw .invalid("q", "请至少输入两个字（“\(single)”只有一个字）")
        }
        if terms.contains(where: { $0.unicodeScalars.count > Self.maximumTermLength }) {
            throw .invalid("q", "每个检索词不能超过\(Self.maximumTermLength)个字")
        }
        if terms.count > Self.maximumTerms { throw .invalid("q", "检索词不能超过\(Self.maximumTerms)个") }
        self.terms = terms
    }

    /// The FTS5 MATCH expression: each term as a quoted phrase of its bigrams, joined by AND:
    /// `"行政 政处 处罚" AND "听证"`. Only our bigram tokens appear in it, and they cannot hold a quote (punctuation is a
    /// separator), so user input cannot reach the FTS5 query syntax.
    public var fts5Match: String {
        terms.map { term in
            let grams = SearchText.grams(of: term)
            precondition(!grams.contains("\""), "a bigram token holds a quote")
            return "\"" + grams + "\""
        }.joined(separator: " AND ")
    }

    /// The PostgreSQL tsquery text for ONE term: `'行政' <-> '政处' <-> '处罚'` (quote-escaped); cast it with
    /// `::tsquery` (not `to_tsquery`, which would tokenize it again).
    public func tsquery(forTerm term: String) -> String {
        var out: [UInt8] = []
        for (index, token) in SearchText.gramBytes(of: term).split(separator: 0x20).enumerated() {
            if index > 0 { out.append(contentsOf: " <-> ".utf8) }
            SearchText.appendQuoted(token, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// All the terms in one tsquery: each term's phrase in parentheses, joined by `&`.
    public var tsquery: String {
        terms.map { "(" + tsquery(forTerm: $0) + ")" }.joined(separator: " & ")
    }
}
