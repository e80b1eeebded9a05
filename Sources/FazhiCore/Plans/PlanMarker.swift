/// How a heading of a plan is numbered. The cases are ordered from outermost to innermost as Chinese official
/// documents nest them (GB/T 9704: 一、 then （一） then 1. then （1））, which decides nesting when a document
/// skips a level (chapters holding items directly) or switches styles between chapters.
public enum PlanMarkerStyle: Int, Sendable, Comparable, CaseIterable, Codable {
    /// 第一部分, 第一章, 第一编.
    case part
    /// 一、 (also 一， 一． and 一 followed by a space).
    case chinese
    /// (一) （一） 〔一〕 ㈠.
    case parenChinese
    /// 1. 1． 1、 1， ⒈ (and a bare 1 directly before the text, a known defect).
    case arabic
    /// (1) （1） 1） ⑴.
    case parenArabic
    /// ① ② … ⑳.
    case circled

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The marker in its canonical form, e.g. 「（三）」 for `.parenChinese` and 3.
    public func canonical(_ number: Int) -> String {
        switch self {
        case .part: "第\(ChineseNumeral.text(number))部分"
        case .chinese: "\(ChineseNumeral.text(number))、"
        case .parenChinese: "（\(ChineseNumeral.text(number))）"
        case .arabic: "\(number)."
        case .parenArabic: "（\(number)）"
        case .circled:
            (1...20).contains(number) ? String(Unicode.Scalar(0x2460 + UInt32(number) - 1)!) : "（\(number)）"
        }
    }
}

/// A heading marker found at the start of a paragraph.
public struct PlanMarker: Sendable, Equatable {
    public let style: PlanMarkerStyle
    /// The number as printed (before any repair).
    public let number: Int
    /// The marker as printed, e.g. 「(一)」 or 「2. 」 trimmed to 「2.」.
    public let printed: String
    /// True for a number printed straight against the text (「1规范行政执法行为」): accepted only where items
    /// of that style are expected, since 「3人」 or 「90%」 start ordinary sentences too.
    public let separatorMissing: Bool
    /// Where the heading's text starts, in scalars.
    let textStart: Int
}

/// Recognises heading markers (PlanNumbering).
enum PlanNumbering {
    /// The marker at the start of `scalars`, if any, with text after it.
    static func marker(_ s: [Unicode.Scalar]) -> PlanMarker? {
        guard let first = s.first else { return nil }
        let found: (PlanMarkerStyle, Int, Int, Bool)?  // style, number, end of marker, separator missing
        switch first.value {
        case 0x2460...0x2473: found = (.circled, Int(first.value - 0x2460) + 1, 1, false)
        case 0x2474...0x2487: found = (.parenArabic, Int(first.value - 0x2474) + 1, 1, false)
        case 0x2488...0x249B: found = (.arabic, Int(first.value - 0x2488) + 1, 1, false)
        case 0x3220...0x3229: found = (.parenChinese, Int(first.value - 0x3220) + 1, 1, false)
        default:
            if first == "第" {
                found = part(s)
            } else if PlanScalars.isOpening(first) {
                found = parenthesised(s)
            } else if PlanScalars.digit(first) != nil {
                found = arabic(s)
            } else if ChineseNumeral.isNumeral(first) {
                found = chinese(s)
            } else {
                found = nil
            }
        }
        guard let (style, number, end, missing) = found, number > 0 else { return nil }
        var textStart = end
        while textStart < s.count, PlanScalars.isSpace(s[textStart]) { textStart += 1 }
        guard textStart < s.count else { return nil }
        return PlanMarker(
            style: style, number: number, printed: String(scalars: s[0..<end]).planTrimmed,
            separatorMissing: missing, textStart: textStart)
    }

    private static func part(_ s: [Unicode.Scalar]) -> (PlanMarkerStyle, Int, Int, Bool)? {
        var i = 1
        while i < s.count, ChineseNumeral.isNumeral(s[i]) || PlanScalars.digit(s[i]) != nil { i += 1 }
        guard i > 1, let number = ChineseNumeral.value(s[1..<i]) ?? PlanScalars.number(s[1..<i]) else { return nil }
        for word in ["部分", "章", "编"] {
            let w = Array(word.unicodeScalars)
            if i + w.count <= s.count, Array(s[i..<i + w.count]) == w {
                var end = i + w.count
                if end < s.count, "、：:".unicodeScalars.contains(s[end]) { end += 1 }
                return (.part, number, end, false)
            }
        }
        return nil
    }

    private static func parenthesised(_ s: [Unicode.Scalar]) -> (PlanMarkerStyle, Int, Int, Bool)? {
        var i = 1
        while i < s.count, ChineseNumeral.isNumeral(s[i]) || PlanScalars.digit(s[i]) != nil { i += 1 }
        guard i > 1, i < s.count, i <= 7, PlanScalars.isClosing(s[i]), s[i] != "》", s[i] != "”" else { return nil }
        var end = i + 1
        if end < s.count, "、.．".unicodeScalars.contains(s[end]) { end += 1 }
        if let n = ChineseNumeral.value(s[1..<i]) { return (.parenChinese, n, end, false) }
        if let n = PlanScalars.number(s[1..<i]) { return (.parenArabic, n, end, false) }
        return nil
    }

    private static func chinese(_ s: [Unicode.Scalar]) -> (PlanMarkerStyle, Int, Int, Bool)? {
        var i = 0
        while i < s.count, ChineseNumeral.isNumeral(s[i]) { i += 1 }
        guard i <= 6, i + 1 < s.count, let n = ChineseNumeral.value(s[0..<i]) else { return nil }
        let separator = s[i]
        if "、，,．.".unicodeScalars.contains(separator) { return (.chinese, n, i + 1, false) }
        if PlanScalars.isSpace(separator), PlanScalars.isHan(s[i + 1]) { return (.chinese, n, i + 1, false) }
        return nil
    }

    /// Scalars that follow a number in ordinary sentences (「3人」, 「2022年」, 「90%」): a number printed against
    /// one of these is not taken for an item number whose separator went missing.
    private static let countWords = Set("年月日号时分秒个项条款次件人名家所户万亿千百元岁周天倍批期届部类种级份套台座亩吨米%％‰".unicodeScalars)

    private static func arabic(_ s: [Unicode.Scalar]) -> (PlanMarkerStyle, Int, Int, Bool)? {
        let run = PlanScalars.digitRun(s, from: 0)
        guard run.count <= 4, run.upperBound < s.count, let n = PlanScalars.number(s[run]) else { return nil }
        let next = s[run.upperBound]
        let after = run.upperBound + 1 < s.count ? s[run.upperBound + 1] : nil
        switch next {
        case ".", "．":
            // 「1.5倍」 is a decimal, not an item; 「1.2023年年底前，…」 is item 1 opening with a year.
            if let after, PlanScalars.digit(after) != nil {
                let year = PlanScalars.digitRun(s, from: run.upperBound + 1)
                guard year.count == 4, year.upperBound < s.count, s[year.upperBound] == "年" else { return nil }
            }
            return (.arabic, n, run.upperBound + 1, false)
        case "、", "，", ",":
            // 「2023、2024年」 opens a sentence; item numbers this long are written 「1000.」.
            return run.count <= 3 ? (.arabic, n, run.upperBound + 1, false) : nil
        case ")", "）":
            return run.count <= 3 ? (.parenArabic, n, run.upperBound + 1, false) : nil
        default:
            guard run.count <= 3 else { return nil }
            if PlanScalars.isSpace(next), let after, PlanScalars.isHan(after) || PlanScalars.isOpening(after) {
                return (.arabic, n, run.upperBound + 1, false)
            }
            if PlanScalars.isHan(next), !countWords.contains(next) { return (.arabic, n, run.upperBound, true) }
            return nil
        }
    }
}
