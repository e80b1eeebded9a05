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
        if TextBytes.isBinary(text) { throw .binary(kind: nil) }
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

    /// The kind of a file that is not plain text, by its first bytes; "docx" for a Word document.
    private static func signature(_ b: [UInt8]) -> String? {
        switch FileSignature(b) {
        case .zip: b.count < 65536 * 64 && TextBytes.containsASCII(b, "word/") ? "docx" : "ZIP 压缩包"
        case .ole2: "旧版 Word（.doc）或 Excel（.xls）文件"
        case let signature?: signature.kind
        case nil: nil
        }
    }

    private static func utf8(_ bytes: [UInt8]) throws(PlanInputError) -> String {
        do {
            return try TextBytes.utf8(bytes)
        } catch {
            throw .notUTF8(line: error.line, guess: error.looksLikeGBK ? "GB18030/GBK" : nil)
        }
    }
}
