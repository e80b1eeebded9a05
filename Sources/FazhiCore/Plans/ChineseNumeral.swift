/// Chinese numerals as they number chapters and sections: 一 … 九, 十, 十一, 二十, 三十二, 一百零一, 两百.
enum ChineseNumeral {
    private static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    private static let multipliers: [Unicode.Scalar: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000]

    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "壹", "贰", "叁", "肆", "伍",
            "陆", "柒", "捌", "玖", "拾", "佰":
            true
        default: false
        }
    }

    /// The value of a whole numeral, nil when it is not one (or is malformed, like 十十).
    static func value(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !scalars.isEmpty, scalars.count <= 8 else { return nil }
        var total = 0
        var pending: Int? = nil
        var lastMultiplier = Int.max
        for s in scalars {
            if let d = digits[s] {
                if d == 0 {
                    pending = nil
                    continue
                }
                if pending != nil { return nil }
                pending = d
            } else if let m = multipliers[s] {
                guard m < lastMultiplier else { return nil }
                total += (pending ?? 1) * m
                pending = nil
                lastMultiplier = m
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }

    /// 1 → 一, 11 → 十一, 32 → 三十二, 105 → 一百零五 (up to 999).
    static func text(_ n: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 1000 else { return String(n) }
        let hundreds = n / 100, tens = n / 10 % 10, ones = n % 10
        var result = ""
        if hundreds > 0 { result += names[hundreds] + "百" }
        if tens > 0 {
            result += (tens == 1 && hundreds == 0 ? "" : names[tens]) + "十"
        } else if hundreds > 0 && ones > 0 {
            result += "零"
        }
        if ones > 0 { result += names[ones] }
        return result
    }
}
