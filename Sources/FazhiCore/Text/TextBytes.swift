import Foundation

/// The bytes of an uploaded text file: strict UTF-8 with the line of the first bad byte, a guess at GBK, the
/// GB18030 decoding that Excel's CSV on Chinese Windows needs, and the check that "text" is not binary.
enum TextBytes {
    /// Bytes that are not UTF-8: the 1-based line of the first bad byte, and whether the bytes pair up as
    /// GB18030/GBK characters do.
    struct NotUTF8: Error, Equatable {
        let line: Int
        let looksLikeGBK: Bool
    }

    /// GB18030 (a superset of GBK and GB2312). Foundation on Linux has no named constant for it but converts
    /// it through ICU: this is CoreFoundation's kCFStringEncodingGB_18030_2000 (0x0632) as an NSStringEncoding.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Strict UTF-8 without its BOM (Foundation would replace bad bytes silently).
    static func utf8(_ bytes: [UInt8]) throws(NotUTF8) -> String {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw NotUTF8(line: lineOfFirstInvalidUTF8(bytes), looksLikeGBK: looksLikeGBK(bytes))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// The text of GB18030 bytes, or nil when they are not GB18030 (or this platform cannot convert it).
    static func gb18030(_ bytes: [UInt8]) -> String? {
        String(bytes: bytes, encoding: gb18030)
    }

    /// NULs, or more than one control character in a hundred, mean the bytes are not text.
    static func isBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for s in text.unicodeScalars {
            total += 1
            if s == "\0" { return true }
            if s.value < 0x20, s != "\n", s != "\r", s != "\t", s != "\u{0C}" { controls += 1 }
        }
        return controls * 100 > total
    }

    /// True when the ASCII `word` occurs anywhere in `bytes`.
    static func containsASCII(_ bytes: [UInt8], _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard bytes.count >= w.count else { return false }
        for i in 0...(bytes.count - w.count) where bytes[i] == w[0] && Array(bytes[i..<i + w.count]) == w {
            return true
        }
        return false
    }

    private static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        var consumed = 0
        while case .scalarValue(let s) = codec.decode(&iterator) { consumed += UTF8.width(s) }
        return bytes[0..<min(consumed, bytes.count)].filter { $0 == 0x0A }.count + 1
    }

    /// Lead bytes 0x81–0xFE followed by trail bytes 0x40–0xFE (not 0x7F), with few bytes that fit neither.
    private static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
        var pairs = 0
        var bad = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            if (0x81...0xFE).contains(b), i + 1 < bytes.count, (0x40...0xFE).contains(bytes[i + 1]),
                bytes[i + 1] != 0x7F
            {
                pairs += 1
                i += 2
            } else {
                bad += 1
                i += 1
            }
        }
        return pairs > 0 && bad * 10 < pairs
    }
}
