/// A highlighted excerpt: the first place in `text` where a term occurs, with `radius` characters of context either
/// side, every occurrence of any term inside the window marked. Matching uses the same normalisation as the index (so
/// "ＡＢＣ" in the text is found by "abc"), but the pieces returned are the ORIGINAL text: normalisation maps each
/// scalar to one scalar, so offsets found in the normalised text cut the original in the same places.
public struct SearchSnippet: Sendable, Equatable {
    public struct Piece: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var pieces: [Piece]
    /// Show "…" before.
    public var startsMidText: Bool
    /// Show "…" after.
    public var endsMidText: Bool

    public init(pieces: [Piece], startsMidText: Bool, endsMidText: Bool) {
        self.pieces = pieces
        self.startsMidText = startsMidText
        self.endsMidText = endsMidText
    }

    /// The excerpt around the first occurrence of any term, or nil when no term occurs. The window is
    /// 2 × `radius` characters plus the match, moved inwards at either end of the text so that it stays full, and
    /// widened so that it never cuts a match in two.
    public static func make(text: String, terms: [String], radius: Int = 40) -> SearchSnippet? {
        let scalars = Array(text.unicodeScalars)
        let matches = SnippetMatcher(terms: terms).matches(in: scalars)
        guard let first = matches.first else { return nil }
        let width = 2 * radius + first.count
        let upper = min(scalars.count, max(0, first.lowerBound - radius) + width)
        var window = max(0, upper - width)..<upper
        for match in matches where match.overlaps(window) {
            window = min(window.lowerBound, match.lowerBound)..<max(window.upperBound, match.upperBound)
        }
        return SearchSnippet(
            pieces: pieces(of: scalars, in: window, matches: matches),
            startsMidText: window.lowerBound > 0, endsMidText: window.upperBound < scalars.count)
    }

    /// The whole text in pieces, every occurrence marked, for showing a whole article with its matches highlighted.
    public static func highlightAll(text: String, terms: [String]) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        let matches = SnippetMatcher(terms: terms).matches(in: scalars)
        return pieces(of: scalars, in: 0..<scalars.count, matches: matches)
    }

    /// Alternating plain and matched pieces of `scalars[window]`; `matches` are sorted and do not overlap.
    private static func pieces(of scalars: [Unicode.Scalar], in window: Range<Int>, matches: [Range<Int>]) -> [Piece] {
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var pieces: [Piece] = []
        var position = window.lowerBound
        for match in matches where match.overlaps(window) {
            let clipped = match.clamped(to: window)
            if clipped.lowerBound > position {
                pieces.append(Piece(text: text(position..<clipped.lowerBound), isMatch: false))
            }
            pieces.append(Piece(text: text(clipped), isMatch: true))
            position = clipped.upperBound
        }
        if position < window.upperBound {
            pieces.append(Piece(text: text(position..<window.upperBound), isMatch: false))
        }
        return pieces
    }
}
