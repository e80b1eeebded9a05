extension ChineseNumeral {
    /// The value of a number as law texts print it: Chinese numerals from 一 to 九千九百九十九, with 〇/○/零/两
    /// and a leading 十 (十二 = 12), or ASCII/full-width digits; nil for anything else.
    static func value(of text: some StringProtocol) -> Int? {
        let scalars = Array(text.unicodeScalars)
        if let number = LawText.number(scalars) { return number }
        // ○ (U+25CB) is a common stand-in for 〇 in older texts (一八四○年).
        let numerals = scalars.map { $0 == "○" ? "〇" : $0 }
        guard let value = value(numerals[...]), value > 0 || numerals.allSatisfy({ $0 == "〇" || $0 == "零" })
        else { return nil }
        return value
    }

    /// A year written digit by digit (「二〇二一」 → 2021); nil unless every character is a digit 〇 … 九.
    static func digitByDigit(_ text: some StringProtocol) -> Int? {
        var value = 0
        var count = 0
        for s in text.unicodeScalars {
            let n: Int
            switch s {
            case "〇", "○", "零": n = 0
            default:
                guard isNumeral(s), let d = ChineseNumeral.value([s][...]), d < 10, s != "两" else { return nil }
                n = d
            }
            value = value * 10 + n
            count += 1
        }
        return count > 0 ? value : nil
    }
}
