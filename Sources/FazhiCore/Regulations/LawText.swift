/// Character classes and small normalisations shared by the law parsers. The corpus mixes ASCII and full-width
/// forms, ideographic spaces and stray zero-width spaces, so "whitespace" and "digit" are wider here than in
/// Foundation's ASCII sense.
enum LawText {
    /// Spaces of every width, including the ideographic space (U+3000) and no-break space, and the invisible
    /// zero-width characters that some source files carry.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0xFEFF: true
        default: false
        }
    }

    /// Zero-width characters: invisible, so they are dropped rather than treated as spaces.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// 0–9 in ASCII or full width.
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    /// A run of ASCII or full-width digits as a number; nil when empty, not all digits, or too long.
    static func number(_ scalars: some Collection<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 9 else { return nil }
        var value = 0
        for s in scalars {
            guard let d = digit(s) else { return nil }
            value = value * 10 + d
        }
        return value
    }

    /// A string of these scalars, encoded in one go (appending scalar by scalar to a `UnicodeScalarView` is slow).
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }

    static func trimmed(_ text: String) -> String { trimmed(text[...]) }

    /// The text without any whitespace: for comparing titles and headings whatever their spacing.
    static func compact(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isSpace(s) { result.append(s) }
        return String(result)
    }

    /// Runs of spaces between two Chinese characters removed (「附　则」 → 「附则」), other runs kept as one space.
    static func tidyHeading(_ text: String) -> String {
        let scalars = Array(trimmed(text).unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard isSpace(scalars[i]) else {
                result.append(scalars[i])
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, isSpace(scalars[j]) { j += 1 }
            let before = scalars[i - 1], after = scalars[j]
            if !(isHan(before) && isHan(after)) { result.append(" ") }
            i = j
        }
        return String(result)
    }

    /// CJK unified ideographs and CJK punctuation: text in which spaces carry no meaning.
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF0F, 0xFF1A...0xFF20: true
        default: false
        }
    }

    /// The text with zero-width characters removed and every line ending made "\n". Most files need neither,
    /// and are returned as they are after one pass over their bytes.
    static func normalised(_ text: String) -> String {
        let needsWork = text.utf8.contains { $0 == 0x0D || $0 == 0xE2 || $0 == 0xEF }
        guard needsWork, text.unicodeScalars.contains(where: { $0 == "\r" || isInvisible($0) }) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if s == "\n" && previousWasCR { continue }
            if isInvisible(s) { continue }
            result.append(s)
        }
        return String(result)
    }

    /// The lines of a text whose line endings are "\n".
    static func lines(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// An HTML comment line of the corpus format (`<!-- FORCE BREAK -->`, `<!-- TABLE -->`): layout hints.
    static func isComment(_ line: String) -> Bool { line.hasPrefix("<!--") && line.hasSuffix("-->") }
}
