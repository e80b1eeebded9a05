extension LawSearchQuery {
    /// The closing quote for each opening quote. Chinese keyboards type “ and ” in turn, but some input methods
    /// give “ twice, so either closes a “; the full-width ＂ pairs with itself or with ".
    private static let closingQuotes: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\"": ["\"", "\u{FF02}"], "\u{FF02}": ["\"", "\u{FF02}"], "“": ["”", "“"], "「": ["」"], "『": ["』"],
    ]

    /// The text split at whitespace outside quotes; inside quotes the whitespace is dropped, or kept as one space
    /// between two ASCII letters or digits (see the type's documentation). An unclosed quote runs to the end.
    static func rawTerms(of normalised: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        var closing: Set<Unicode.Scalar>?  // set while inside quotes
        var pendingSpace = false  // whitespace seen inside quotes, not yet kept or dropped
        func finish() {
            if !current.isEmpty { terms.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }
        for scalar in normalised.unicodeScalars {
            if let close = closing {
                if close.contains(scalar) {
                    closing = nil
                    finish()
                } else if scalar.properties.isWhitespace {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace, let last = current.last, isASCIIWord(last), isASCIIWord(scalar) {
                        current.append(" ")
                    }
                    pendingSpace = false
                    current.append(scalar)
                }
            } else if let close = closingQuotes[scalar] {
                finish()
                closing = close
            } else if scalar.properties.isWhitespace {
                finish()
            } else {
                current.append(scalar)
            }
        }
        finish()
        return terms
    }

    /// The runs of word characters in a raw term: punctuation inside a term splits it.
    static func words(of raw: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            if SearchScalar.isWord(scalar.value) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    private static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && SearchScalar.isWord(scalar.value)
    }
}
