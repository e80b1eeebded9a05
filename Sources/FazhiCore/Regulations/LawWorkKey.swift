/// The identity of a work across its versions: 「<kind>|<region>|<title>[|<subtitle>]」, for example
/// 「法律||中华人民共和国行政复议法」, 「法律||中华人民共和国民法典|合同编」, 「地方性法规|北京|北京市物业管理条例」.
///
/// The category (法律部门) is left out on purpose: the corpus files some laws under two departments (广告法 under
/// both 行政法 and 经济法), and those copies are one work. The title is normalised so that spacing and bracket or
/// digit widths do not split a work: spaces removed, full-width ASCII made half-width, and ASCII brackets made
/// the full-width ones Chinese titles use.
enum LawWorkKey {
    static func make(kind: LawKind, region: String?, title: String, subtitle: String?) -> String {
        var parts = [kind.rawValue, region ?? "", normalised(title)]
        if let subtitle { parts.append(normalised(subtitle)) }
        return parts.joined(separator: "|")
    }

    static func normalised(_ title: String) -> String {
        var result = String.UnicodeScalarView()
        for s in title.unicodeScalars where !LawText.isSpace(s) {
            switch s {
            case "(": result.append("（")
            case ")": result.append("）")
            case "<": result.append("〈")
            case ">": result.append("〉")
            case "|": result.append("｜")
            case "（", "）", "〈", "〉", "｜": result.append(s)
            case _ where (0xFF01...0xFF5E).contains(s.value): result.append(Unicode.Scalar(s.value - 0xFEE0)!)
            default: result.append(s)
            }
        }
        return String(result)
    }
}
