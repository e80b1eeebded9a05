import Foundation

/// Turns the bytes of an uploaded or pasted plan into lines of text (PlanText): .docx by its content, otherwise
/// UTF-8 (with or without a BOM) or UTF-16 with a BOM; refuses empty, binary, huge and wrongly encoded files
/// with a message in Chinese.
public enum PlanText {
    /// Five times the largest plan we have seen (30 KB) by a factor of well over a hundred; larger is not a plan.
    public static let maximumBytes = 5 * 1024 * 1024

    /// One non-empty line, trimmed of whitespace of every width, with its 1-based number in the file.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    /// The text of a plan file.
    public static func decode(_ data: Data, limit: Int = maximumBytes) throws(PlanInputError) -> String {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        let bytes = [UInt8](data)
        if let kind = signature(bytes) {
            if kind == "docx" { return try PlanDocx.text(of: data) }
            throw .binary(kind: kind)
        }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: data, encoding: .utf16) else { throw .binary(kind: nil) }
            text = decoded
        } else {
            text = try utf8(bytes)
        }
        try refuseBinary(text)
        guard text.unicodeScalars.contains(where: { !PlanScalars.isSpace($0) && $0 != "\n" && $0 != "\r" }) else {
            throw .empty
        }
        return text
    }

    /// The non-empty lines of a text: CRLF, CR and Unicode line separators end lines; BOMs, ideographic and
    /// no-break spaces at either end are trimmed.
    public static func lines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var number = 1
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        func flush() {
            let line = String(current).planTrimmed
            if !line.isEmpty { lines.append(Line(number: number, text: line)) }
            current.removeAll(keepingCapacity: true)
        }
        for s in text.unicodeScalars {
            switch s {
            case "\n":
                if !previousWasCR {
                    flush()
                    number += 1
                }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}":
                flush()
                number += 1
            default:
                current.append(s)
            }
            previousWasCR = s == "\r"
        }
        flush()
        return lines
    }

    private static func signature(_ b: [UInt8]) -> String? {
        if b.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return b.count < 65536 * 64 && containsASCII(b, "word/") ? "docx" : "ZIP 压缩包"
        }
        if b.starts(with: Array("%PDF".utf8)) { return "PDF 文件" }
        if b.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "旧版 Word（.doc）或 Excel（.xls）文件" }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) || b.starts(with: [0xFF, 0xD8, 0xFF])
            || b.starts(with: Array("GIF8".utf8))
        {
            return "图片文件"
        }
        if b.starts(with: Array("{\\rtf".utf8)) { return "RTF 文件" }
        return nil
    }

    private static func containsASCII(_ b: [UInt8], _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard b.count >= w.count else { return false }
        for i in 0...(b.count - w.count) where b[i] == w[0] && Array(b[i..<i + w.count]) == w { return true }
        return false
    }

    /// Strict UTF-8 (Foundation would replace bad bytes silently), naming the line of the first bad byte and
    /// guessing GB18030 when the bytes pair up as GBK characters do.
    private static func utf8(_ bytes: [UInt8]) throws(PlanInputError) -> String {
        if var text = String(validating: bytes, as: UTF8.self) {
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return text
        }
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        var consumed = 0
        decoding: while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
                consumed += UTF8.width(s)
            case .emptyInput: break decoding
            case .error:
                offset = consumed
                let line = bytes[0..<min(offset, bytes.count)].filter { $0 == 0x0A }.count + 1
                throw .notUTF8(line: line, guess: looksLikeGBK(bytes) ? "GB18030/GBK" : nil)
            }
        }
        var text = String(scalars)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

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

    /// NULs, or more than one control character in a hundred, mean the bytes are not text.
    private static func refuseBinary(_ text: String) throws(PlanInputError) {
        var controls = 0
        var total = 0
        for s in text.unicodeScalars {
            total += 1
            if s == "\0" { throw .binary(kind: nil) }
            if s.value < 0x20, s != "\n", s != "\r", s != "\t", s != "\u{0C}" { controls += 1 }
        }
        if controls * 100 > total { throw .binary(kind: nil) }
    }
}
