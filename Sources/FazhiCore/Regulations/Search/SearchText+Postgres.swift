extension SearchText {
    /// PostgreSQL stores positions up to this value and silently sets larger ones to it.
    public static let postgresMaximumPosition = 16383
    /// PostgreSQL keeps at most this many positions of one lexeme in a tsvector and silently drops the rest, which
    /// would make a phrase query miss an occurrence that SQLite finds; `segments(of:)` cuts before it happens.
    public static let postgresMaximumPositionsPerLexeme = 256

    /// A PostgreSQL tsvector literal with positions, e.g. "'行政':1 '政处':2 '处罚':3" (tokens quoted, single quotes and
    /// backslashes doubled as the tsvector input syntax asks, positions 1-based and capped at
    /// `postgresMaximumPosition`, as PostgreSQL would). Index long texts in `segments(of:)`, each its own tsvector.
    public static func tsvectorLiteral(of text: String) -> String {
        var sink = TsvectorLexemes()
        sink.out.reserveCapacity(text.utf8.count * 4 + 16)
        forEachToken(in: text, into: &sink)
        return String(decoding: sink.out, as: UTF8.self)
    }

    /// `'token'` with `'` and `\` doubled: the quoting of a lexeme in both tsvector and tsquery input. Our tokens hold
    /// only letters and digits, so this never fires on real text; it is what keeps a bug elsewhere from becoming
    /// an injection into the query syntax.
    static func appendQuoted(_ token: some Collection<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "'"))
        for byte in token {
            if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "'"))
    }
}

/// Writes tokens as quoted tsvector lexemes with their positions.
struct TsvectorLexemes: GramSink {
    var out: [UInt8] = []
    private var position = 0

    @inline(__always)
    mutating func token(_ first: UInt32, _ second: UInt32?) {
        position += 1
        if position > 1 { out.append(0x20) }
        out.append(UInt8(ascii: "'"))
        appendEscaped(first)
        if let second { appendEscaped(second) }
        out.append(UInt8(ascii: "'"))
        out.append(UInt8(ascii: ":"))
        appendDecimal(min(position, SearchText.postgresMaximumPosition))
    }

    @inline(__always)
    private mutating func appendEscaped(_ v: UInt32) {
        if v == UInt32(UInt8(ascii: "'")) || v == UInt32(UInt8(ascii: "\\")) { out.append(UInt8(v)) }
        UTF8Bytes.append(v, to: &out)
    }

    /// The digits of a positive number; `String(n)` costs an allocation per token.
    @inline(__always)
    private mutating func appendDecimal(_ n: Int) {
        var divisor = 1
        while divisor * 10 <= n { divisor *= 10 }
        var rest = n
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
