/// 文号: the number an office gives a document it issues, 「内政发〔2024〕12号」 — issuer code 内政发, year 2024,
/// sequence 12.
///
/// Offices and typists write the year's brackets in many ways (〔〕 is the standard's, GB/T 9704; [] ［］ （） ()
/// 【】 ﹝﹞ are all common) and digits in full width; all of them are read, and `text` always gives the
/// canonical form with 〔〕, so that two spellings of one number compare equal.
public struct DocumentNumber: Sendable, Hashable, Codable {
    public var issuerCode: String
    public var year: Int
    public var sequence: Int

    public init(issuerCode: String, year: Int, sequence: Int) {
        self.issuerCode = issuerCode
        self.year = year
        self.sequence = sequence
    }

    /// Reads a whole 文号 (surrounding spaces allowed); nil when the text is anything else.
    public init?(parsing text: String) {
        let scalars = Array(LawText.trimmed(text).unicodeScalars)
        guard let (number, end) = DocumentNumber.match(scalars, from: 0), end == scalars.count else { return nil }
        self = number
    }

    /// The canonical text: 「内政发〔2024〕12号」.
    public var text: String { "\(issuerCode)〔\(year)〕\(sequence)号" }

    /// The first 文号 in running text (「……以法释〔2021〕11号公布」), if any. The issuer code is read back from the
    /// bracket over at most eight characters, stopping at a particle (以, 的, 和 …) that joins it to the sentence.
    public static func first(in text: String) -> DocumentNumber? {
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() where closing[s] != nil {
            var start = i
            while start > 0, i - start < 8, isIssuerScalar(scalars[start - 1]), !particles.contains(scalars[start - 1])
            {
                start -= 1
            }
            guard start < i, let (number, _) = match(scalars, from: start) else { continue }
            return number
        }
        return nil
    }

    private static let particles: Set<Unicode.Scalar> = ["以", "的", "和", "及", "与", "于", "经", "按", "据", "照", "即", "或"]

    private static let closing: [Unicode.Scalar: Unicode.Scalar] = [
        "〔": "〕", "[": "]", "［": "］", "（": "）", "(": ")", "【": "】", "﹝": "﹞",
    ]

    /// Han characters and letters: an issuer code is 「国发」「京政办发」「法释」, never digits or punctuation.
    private static func isIssuerScalar(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || ("A"..."Z").contains(s) || ("a"..."z").contains(s)
    }

    /// Issuer code, opening bracket, four-digit year, closing bracket, optional 第, sequence, 号.
    private static func match(_ s: [Unicode.Scalar], from start: Int) -> (DocumentNumber, Int)? {
        var i = start
        while i < s.count, isIssuerScalar(s[i]) { i += 1 }
        guard i > start, i < s.count, let close = closing[s[i]] else { return nil }
        let issuer = LawText.string(s[start..<i])
        i += 1
        let yearStart = i
        while i < s.count, LawText.digit(s[i]) != nil { i += 1 }
        guard i - yearStart == 4, let year = LawText.number(s[yearStart..<i]), (1949...2199).contains(year),
            i < s.count, s[i] == close
        else { return nil }
        i += 1
        if i < s.count, s[i] == "第" { i += 1 }
        let sequenceStart = i
        while i < s.count, LawText.digit(s[i]) != nil { i += 1 }
        guard i > sequenceStart, let sequence = LawText.number(s[sequenceStart..<i]), sequence > 0,
            i < s.count, s[i] == "号"
        else { return nil }
        return (DocumentNumber(issuerCode: issuer, year: year, sequence: sequence), i + 1)
    }
}

extension DocumentNumber: CustomStringConvertible {
    public var description: String { text }
}
