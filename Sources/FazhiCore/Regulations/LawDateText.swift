/// Dates as law texts write them: 「2021年1月22日」 (ASCII or full-width digits, stray spaces allowed between the
/// parts), 「二〇二一年一月二十二日」 (when `chinese` is allowed), and ISO 「2021-01-22」.
enum LawDateText {
    /// A date read at `start`; `valid` is false for a well-formed but impossible date (2月30日).
    struct Match {
        var date: CivilDate?
        var end: Int
        var text: String
    }

    /// The date written at `start`, if one is.
    static func match(_ s: [Unicode.Scalar], at start: Int, chinese: Bool = false) -> Match? {
        if let iso = isoMatch(s, at: start) { return iso }
        var i = start
        guard let year = component(s, &i, chinese: chinese, year: true), expect(s, &i, "年"),
            let month = component(s, &i, chinese: chinese, year: false), expect(s, &i, "月"),
            let day = component(s, &i, chinese: chinese, year: false), expect(s, &i, "日")
        else { return nil }
        let text = LawText.string(s[start..<i])
        return Match(date: CivilDate(year: year, month: month, day: day), end: i, text: text)
    }

    /// The first date anywhere in the text.
    static func first(in text: String, chinese: Bool = false) -> Match? {
        let s = Array(text.unicodeScalars)
        for i in s.indices where LawText.digit(s[i]) != nil || (chinese && ChineseNumeral.isNumeral(s[i])) {
            if i > 0, LawText.digit(s[i - 1]) != nil || (chinese && ChineseNumeral.isNumeral(s[i - 1])) { continue }
            if let m = match(s, at: i, chinese: chinese) { return m }
        }
        return nil
    }

    private static func isoMatch(_ s: [Unicode.Scalar], at start: Int) -> Match? {
        guard start + 10 <= s.count, s[start + 4] == "-", s[start + 7] == "-" else { return nil }
        if start + 10 < s.count, LawText.digit(s[start + 10]) != nil { return nil }
        let text = LawText.string(s[start..<(start + 10)])
        guard let year = LawText.number(s[start..<(start + 4)]),
            let month = LawText.number(s[(start + 5)..<(start + 7)]),
            let day = LawText.number(s[(start + 8)..<(start + 10)])
        else { return nil }
        return Match(date: CivilDate(year: year, month: month, day: day), end: start + 10, text: text)
    }

    private static func expect(_ s: [Unicode.Scalar], _ i: inout Int, _ unit: Unicode.Scalar) -> Bool {
        skipSpaces(s, &i)
        guard i < s.count, s[i] == unit else { return false }
        i += 1
        skipSpaces(s, &i)
        return true
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: inout Int) {
        while i < s.count, s[i] == " " || s[i] == "\u{3000}" || s[i] == "\u{A0}" { i += 1 }
    }

    private static func component(_ s: [Unicode.Scalar], _ i: inout Int, chinese: Bool, year: Bool) -> Int? {
        let start = i
        while i < s.count, LawText.digit(s[i]) != nil { i += 1 }
        if i > start {
            guard year ? i - start == 4 : i - start <= 2 else { return nil }
            return LawText.number(s[start..<i])
        }
        guard chinese else { return nil }
        while i < s.count, ChineseNumeral.isNumeral(s[i]) || s[i] == "○" { i += 1 }
        guard i > start else { return nil }
        let numeral = LawText.string(s[start..<i])
        if year {
            guard i - start == 4 else { return nil }
            return ChineseNumeral.digitByDigit(numeral)
        }
        return ChineseNumeral.value(of: numeral)
    }
}
