/// The per-scalar rules behind `SearchText`: how a Unicode scalar is normalised and whether it belongs to a word.
///
/// Normalisation maps one scalar to exactly one scalar, so that an offset in the normalised text is the same offset
/// in the original: the snippet finds a term in the normalised text and cuts the original at the same places.
enum SearchScalar {
    /// The normalised form of `v`: full-width letters and digits and the ideographic space become ASCII, letters are
    /// lowercased where the lowercase is a single scalar (the rare multi-scalar lowercases, such as U+0130, stay as
    /// they are, which keeps the one-to-one mapping); everything else is kept.
    @inline(__always)
    static func normalised(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v &- 0x41 < 26 ? v | 0x20 : v }
        if v &- 0x4E00 < 0x5200 { return v }  // the main CJK block: nothing to do, and most of the corpus
        return normalisedRare(v)
    }

    /// Whether the normalised scalar `v` is part of a word (a letter, a number or an ideograph); every other scalar
    /// separates words and no bigram crosses it.
    @inline(__always)
    static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return v &- 0x61 < 26 || v &- 0x30 < 10 }
        if v &- 0x4E00 < 0x5200 { return true }
        return isWordRare(v)
    }

    private static func normalisedRare(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x3000: return 0x20
        case 0xFF10...0xFF19, 0xFF41...0xFF5A: return v - 0xFEE0
        case 0xFF21...0xFF3A: return (v - 0xFEE0) | 0x20
        case 0x3001...0x303F, 0x2000...0x206F, 0xFF00...0xFFEF: return v  // punctuation and kana: no case
        default:
            guard let scalar = Unicode.Scalar(v), scalar.properties.changesWhenLowercased else { return v }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first!.value : v
        }
    }

    private static func isWordRare(_ v: UInt32) -> Bool {
        switch v {
        // CJK symbols and punctuation: only 々〆〇, the Hangzhou numerals and the kana repeat marks are words.
        case 0x3000...0x303F:
            return v == 0x3005 || v == 0x3006 || v == 0x3007 || (0x3021...0x3029).contains(v)
                || (0x3031...0x3035).contains(v) || (0x3038...0x303C).contains(v)
        // General punctuation (“”‘’—…‰): no letters or numbers in this block.
        case 0x2000...0x206F: return false
        // Full-width ASCII punctuation left after normalisation (，！（）：；).
        case 0xFF01...0xFF5E: return false
        default:
            guard let scalar = Unicode.Scalar(v) else { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }
}
