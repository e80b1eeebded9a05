/// The 4-grams of codes — decision numbers, unified social credit codes, ID numbers — for the indexes that hold
/// millions of short records (the public catalogue of penalty decisions).
///
/// Codes are written with 36 symbols, so each of their bigrams ("20", "01", "15") occurs in a large share of all
/// records, and a code's phrase of bigrams is made only of such common tokens: the index then walks most of its
/// lists before it finds the few records holding the whole code (a third of a second at ten million). A code's
/// 4-grams are a hundred times rarer each, and the index finds the phrase by skipping along the rarest one.
///
/// A code here is a run of at least `length` ASCII letters and digits in the normalised text (`SearchText`), so
/// "罚〔2017〕440000号" holds the codes 2017 and 440000. Runs are separated by `SearchText.boundaryToken`, so a phrase
/// never joins the end of one code to the start of the next.
public enum CodeGrams {
    public static let length = 4

    /// The 4-gram tokens of every code in `text`, in order, a boundary token between codes.
    public static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        for code in codes(in: text) {
            if !tokens.isEmpty { tokens.append(SearchText.boundaryToken) }
            appendGrams(of: code, to: &tokens)
        }
        return tokens
    }

    /// Whether a query term is looked up by its 4-grams: it is one code (ASCII letters and digits only) of at least
    /// `length` characters. Shorter terms and terms with other characters are looked up by their bigrams.
    public static func applies(to term: String) -> Bool {
        term.unicodeScalars.count >= length && term.unicodeScalars.allSatisfy { isCodeScalar($0.value) }
    }

    /// The 4-grams of one code, in order: "440000" → 4400 4000 0000.
    public static func grams(of code: String) -> [String] {
        var grams: [String] = []
        appendGrams(of: Array(code.utf8), to: &grams)
        return grams
    }

    /// A code is ASCII, so its grams are cut from its bytes (a publication index holds millions of them).
    private static func appendGrams(of code: [UInt8], to grams: inout [String]) {
        guard code.count >= length else { return }
        for start in 0...(code.count - length) {
            grams.append(String(decoding: code[start..<(start + length)], as: UTF8.self))
        }
    }

    /// The codes of a text as bytes, normalised (lower-case, half-width), each of at least `length` characters.
    static func codes(in text: String) -> [[UInt8]] {
        var codes: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            let v = SearchScalar.normalised(scalar.value)
            if isCodeScalar(v) {
                current.append(UInt8(v))
            } else if !current.isEmpty {
                if current.count >= length { codes.append(current) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if current.count >= length { codes.append(current) }
        return codes
    }

    /// A code term as an FTS5 phrase of its 4-grams (only ASCII letters and digits: nothing to escape).
    public static func fts5Phrase(forTerm term: String) -> String {
        "\"" + grams(of: term).joined(separator: " ") + "\""
    }

    /// The PostgreSQL tsvector lexemes of the codes in `text`: each 4-gram prefixed with `#` (so it never equals a
    /// bigram lexeme of the same index) at its position, a position left out between codes.
    public static func tsvectorLexemes(of text: String) -> String {
        var lexemes: [String] = []
        var position = 0
        for token in tokens(of: text) {
            position += 1
            if token != SearchText.boundaryToken { lexemes.append("'#\(token)':\(position)") }
        }
        return lexemes.joined(separator: " ")
    }

    /// A code term as a PostgreSQL phrase of its `#`-prefixed 4-grams.
    public static func tsquery(forTerm term: String) -> String {
        grams(of: term).map { "'#\($0)'" }.joined(separator: " <-> ")
    }

    /// A normalised ASCII digit or lower-case letter.
    @inline(__always)
    static func isCodeScalar(_ v: UInt32) -> Bool {
        v &- 0x30 < 10 || v &- 0x61 < 26
    }
}
