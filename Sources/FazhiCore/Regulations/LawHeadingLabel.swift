/// What a heading line says: 「第二章 总则」 (its unit fixes the level), 「一、总则」 or 「附则」 (the level comes
/// from the file's use of the Markdown depth, see `LawBodyParser`).
struct LawHeadingLabel: Equatable {
    /// The level printed in the label (编/分编/章/节); nil for 「一、」 and unnumbered headings.
    var level: LawProvisionLevel?
    /// 「第二章」, 「一、」, or "".
    var number: String
    var value: Int?
    /// The title after the number; nil when there is none.
    var heading: String?

    init(_ text: String) {
        let tidy = LawText.tidyHeading(text)
        let s = Array(tidy.unicodeScalars)
        var i = 0
        if let first = s.first, first == "第" || first == "笫" { i = 1 }
        let numberStart = i
        while i < s.count, ChineseNumeral.isNumeral(s[i]) || s[i] == "○" || LawText.digit(s[i]) != nil { i += 1 }
        let numeral = LawText.string(s[numberStart..<i])
        let value = i > numberStart ? ChineseNumeral.value(of: numeral) : nil
        func rest(from j: Int) -> String? {
            var j = j
            while j < s.count, LawText.isSpace(s[j]) || s[j] == "：" || s[j] == ":" || s[j] == "、" { j += 1 }
            let title = LawText.string(s[j...])
            return title.isEmpty ? nil : title
        }
        if numberStart == 1, let value {
            let units: [(String, LawProvisionLevel?)] = [
                ("分编", .subBook), ("编", .book), ("章", .chapter), ("节", .section), ("部分", nil),
            ]
            let tail = LawText.string(s[i...])
            if let (unit, level) = units.first(where: { tail.hasPrefix($0.0) }) {
                self.level = level
                self.number = "第\(numeral)\(unit)"
                self.value = value
                self.heading = rest(from: i + unit.unicodeScalars.count)
                return
            }
        }
        if numberStart == 0, let value, i < s.count, s[i] == "、" || s[i] == "." || s[i] == "．" {
            self.level = nil
            self.number = numeral + String(s[i])
            self.value = value
            self.heading = rest(from: i + 1)
            return
        }
        self.level = nil
        self.number = ""
        self.value = nil
        self.heading = tidy.isEmpty ? nil : tidy
    }

    /// A line of plain text that is a chapter heading someone forgot to mark with 「## 」 (「第五章法律责任」):
    /// short, no sentence punctuation, and a unit of 编 or 章 (节 lines also occur inside quoted amendments).
    static func plainHeading(_ line: String) -> LawHeadingLabel? {
        guard line.hasPrefix("第") || line.hasPrefix("笫"), line.unicodeScalars.count <= 40,
            !line.unicodeScalars.contains(where: { "。；，：,;".unicodeScalars.contains($0) })
        else { return nil }
        let label = LawHeadingLabel(line)
        guard let level = label.level, level == .book || level == .subBook || level == .chapter else { return nil }
        return label
    }

    /// True for a heading that holds several labels (「第一章 总则 第二章 任免范围 ……」): a table of contents.
    static func countsSeveralLabels(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        var count = 0
        for i in s.indices where s[i] == "第" {
            var j = i + 1
            while j < s.count, ChineseNumeral.isNumeral(s[j]) { j += 1 }
            if j > i + 1, j < s.count, "编章节".unicodeScalars.contains(s[j]) { count += 1 }
        }
        return count >= 2
    }
}
