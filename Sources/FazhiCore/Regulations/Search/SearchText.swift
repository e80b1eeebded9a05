/// The text normalisation shared by indexing, queries and snippets: full-width ASCII letters/digits/space →
/// half-width, letters lowercased, everything else kept. Runs of characters that are not letters, digits or CJK
/// ideographs (punctuation, spaces, symbols, line breaks) are separators: no bigram crosses them.
///
/// Chinese has no spaces between words, so the index holds every pair of adjacent characters (a bigram) instead of
/// words; a term of n characters is then the phrase of its n − 1 bigrams, which both SQLite FTS5 and PostgreSQL
/// match the same way. The tokens are made here, in Swift, so that neither database's own tokenizer decides
/// anything: on SQLite index `grams(of:)` with `tokenize = 'ascii'` (it splits on our spaces and changes nothing
/// else); on PostgreSQL cast `tsvectorLiteral(of:)` and `LawSearchQuery.tsquery(forTerm:)` with `::tsvector` and
/// `::tsquery` rather than calling `to_tsvector`, whose parser would tokenize again.
public enum SearchText {
    public static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(Unicode.Scalar(SearchScalar.normalised(scalar.value)) ?? scalar)
        }
        return String(out)
    }

    /// The bigram tokens of a text, in order, space-separated: "行政处罚，法" → "行政 政处 处罚". A run of one character
    /// yields the single-character token itself ("法") so that it is still indexed.
    public static func grams(of text: String) -> String {
        String(decoding: gramBytes(of: text), as: UTF8.self)
    }

    /// The token put between two runs where the first run's last bigram ends with the scalar that starts the next
    /// run's first bigram ("人民，民主"): without it the two bigrams would stand at consecutive positions and the
    /// phrase for 人民主, which the text does not contain, would match. A private-use scalar: no text or query
    /// yields it as a word, and both FTS5 tokenizers (`ascii`, `unicode61`) keep it as a token.
    public static let boundaryToken = "\u{E000}"
    static let boundaryScalar: UInt32 = 0xE000

    /// Same, but as an array of tokens.
    public static func gramTokens(of text: String) -> [String] {
        gramBytes(of: text).split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 of `grams(of:)`.
    static func gramBytes(of text: String) -> [UInt8] {
        var sink = SpacedGrams()
        // Chinese text becomes about 2⅓ times as many bytes (each scalar appears in two bigrams, plus spaces).
        sink.out.reserveCapacity(text.utf8.count * 5 / 2 + 16)
        forEachToken(in: text, into: &sink)
        return sink.out
    }

    /// Walks the text once, handing each token to `sink` in order: a word scalar following another gives the pair, a
    /// separator after a run of one gives that one scalar alone. Generic so that each sink is specialised and
    /// inlined into the loop.
    @inline(__always)
    static func forEachToken<Sink: GramSink>(in text: String, into sink: inout Sink) {
        UTF8Bytes.withBytes(of: text) { p in
            var previous: UInt32 = 0
            var runLength = 0
            // The last scalar of the previous run when that run gave bigrams (0 otherwise): see `boundaryToken`.
            var lastBigramEnd: UInt32 = 0
            var i = 0
            while i < p.count {
                let v = SearchScalar.normalised(UTF8Bytes.decode(p, &i))
                if SearchScalar.isWord(v) {
                    if runLength > 0 {
                        if runLength == 1 && previous == lastBigramEnd { sink.boundary() }
                        sink.token(previous, v)
                    }
                    runLength += 1
                    previous = v
                } else if runLength > 0 {
                    if runLength == 1 {
                        sink.token(previous, nil)
                        lastBigramEnd = 0
                    } else {
                        lastBigramEnd = previous
                    }
                    runLength = 0
                }
            }
            if runLength == 1 { sink.token(previous, nil) }
        }
    }
}

/// Receives the tokens of `SearchText.forEachToken`: a bigram, or a single scalar (`second` nil), or the boundary.
protocol GramSink {
    mutating func token(_ first: UInt32, _ second: UInt32?)
}

extension GramSink {
    @inline(__always)
    mutating func boundary() { token(SearchText.boundaryScalar, nil) }
}

/// Writes tokens as UTF-8 separated by single spaces.
struct SpacedGrams: GramSink {
    var out: [UInt8] = []

    @inline(__always)
    mutating func token(_ first: UInt32, _ second: UInt32?) {
        if !out.isEmpty { out.append(0x20) }
        UTF8Bytes.append(first, to: &out)
        if let second { UTF8Bytes.append(second, to: &out) }
    }
}
