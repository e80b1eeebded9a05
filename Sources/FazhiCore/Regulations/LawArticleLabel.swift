/// The 「第三条」「第三条之一」 label that starts an article.
struct LawArticleLabel: Equatable {
    /// 3 for 第三条 and 第三条之一.
    var value: Int
    /// 1 for 第三条之一; 0 without 之.
    var sub: Int
    /// Where the article's text starts, in the scalars searched.
    var textStart: Int
    /// 「第三条」「第三条之一」 as printed, without stray spaces and with 第 for its look-alike 笫.
    var number: String

    /// `art_3`, `art_3-1`.
    var eid: String { "art_\(value)" + (sub > 0 ? "-\(sub)" : "") }

    /// The label at the start of a line. A label followed by a space, a colon or nothing is always one; a label
    /// run into its text (「第十六条市人民代表大会……」) only when it carries the next number, because a line may also
    /// begin with a reference (「第二十三条规定的……」).
    static func atStart(of line: String, expecting next: Int?) -> LawArticleLabel? {
        guard let first = line.unicodeScalars.first, first == "第" || first == "笫" else { return nil }
        let s = Array(line.unicodeScalars.prefix(40))
        guard let (label, spaced) = read(s, at: 0) else { return nil }
        guard label.textStart < s.count else { return label }
        let after = s[label.textStart]
        if LawText.isSpace(after) || after == "：" || after == ":" || spaced || label.value == next || label.sub > 0 {
            return label
        }
        return nil
    }

    /// A label inside a line, after the end of a sentence or a space, carrying the number `next` (or the next
    /// 之 number of `current`): the corpus runs some articles on after the previous one (「……制定本规则。 第二条 ……」).
    /// Returns the scalar offset where it starts.
    static func inside(_ line: String, next: Int, current: (value: Int, sub: Int)) -> Int? {
        let s = Array(line.unicodeScalars)
        var i = 1
        while i < s.count {
            defer { i += 1 }
            guard s[i] == "第", isBoundary(s[i - 1]), let (label, _) = read(s, at: i) else { continue }
            if label.value == next && label.sub == 0 { return i }
            if label.value == current.value && label.sub == current.sub + 1 { return i }
        }
        return nil
    }

    private static func isBoundary(_ s: Unicode.Scalar) -> Bool {
        LawText.isSpace(s) || ["。", "；", "！", "？", "”", ";"].contains(s)
    }

    /// The label at `start` and whether a space stood between the number and 条 (「第一百二十四 条」).
    private static func read(_ s: [Unicode.Scalar], at start: Int) -> (LawArticleLabel, Bool)? {
        var i = start
        guard i < s.count, s[i] == "第" || s[i] == "笫" else { return nil }
        i += 1
        let numberStart = i
        while i < s.count, ChineseNumeral.isNumeral(s[i]) || s[i] == "○" || LawText.digit(s[i]) != nil { i += 1 }
        guard i > numberStart, i - numberStart <= 8 else { return nil }
        let numeral = LawText.string(s[numberStart..<i])
        guard let value = ChineseNumeral.value(of: numeral), value > 0 else { return nil }
        var spaced = false
        while i < s.count, LawText.isSpace(s[i]) {
            i += 1
            spaced = true
        }
        guard i < s.count, s[i] == "条" else { return nil }
        i += 1
        var sub = 0
        let subStart = i
        if i + 1 < s.count, s[i] == "之" {
            var j = i + 1
            while j < s.count, ChineseNumeral.isNumeral(s[j]) { j += 1 }
            if j > i + 1, let n = ChineseNumeral.value(s[(i + 1)..<j]), n > 0 {
                sub = n
                i = j
            }
        }
        let suffix = sub > 0 ? LawText.string(s[subStart..<i]) : ""
        let number = "第\(numeral)条" + suffix
        return (LawArticleLabel(value: value, sub: sub, textStart: i, number: number), spaced)
    }
}
