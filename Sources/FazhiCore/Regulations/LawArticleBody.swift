/// The paragraphs (款) and items (项, 「（一）……」) of an article, parsed from its text on demand.
///
/// Each line of an article's text is a paragraph, except a line that starts with an item number
/// (「（一）」「(二)」), which is an item of the paragraph before it. A line numbered below an item
/// (目: 「1.」「（1）」「①」) continues that item, so that it does not count as a new paragraph: 款 are counted
/// by position when a provision cites 「前款」「第二款」.
public struct LawArticleBody: Sendable, Equatable {
    public struct Paragraph: Sendable, Equatable {
        /// `art_3__para_1`.
        public var eid: String
        /// The paragraph's own text; "" when the article begins directly with items.
        public var text: String
        public var items: [Item]

        public init(eid: String, text: String, items: [Item]) {
            self.eid = eid
            self.text = text
            self.items = items
        }
    }

    public struct Item: Sendable, Equatable {
        /// `art_3__para_1__point_1`.
        public var eid: String
        /// As printed: 「（一）」.
        public var number: String
        /// The text after the number; sub-items (目) follow on lines of their own.
        public var text: String

        public init(eid: String, number: String, text: String) {
            self.eid = eid
            self.number = number
            self.text = text
        }
    }

    public var paragraphs: [Paragraph]

    public init(paragraphs: [Paragraph]) { self.paragraphs = paragraphs }

    public init(articleEid: String, text: String) {
        var paragraphs: [Paragraph] = []
        func paragraphEid(_ n: Int) -> String { "\(articleEid)__para_\(n)" }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = LawText.trimmed(rawLine)
            guard !line.isEmpty else { continue }
            if let (number, rest) = LawArticleBody.itemNumber(line) {
                if paragraphs.isEmpty { paragraphs.append(Paragraph(eid: paragraphEid(1), text: "", items: [])) }
                let p = paragraphs.count - 1
                let eid = "\(paragraphs[p].eid)__point_\(paragraphs[p].items.count + 1)"
                paragraphs[p].items.append(Item(eid: eid, number: number, text: rest))
            } else if LawArticleBody.isSubItem(line), let p = paragraphs.indices.last, !paragraphs[p].items.isEmpty {
                paragraphs[p].items[paragraphs[p].items.count - 1].text += "\n" + line
            } else {
                paragraphs.append(Paragraph(eid: paragraphEid(paragraphs.count + 1), text: line, items: []))
            }
        }
        self.paragraphs = paragraphs
    }

    /// 「（一）」 or 「(一)」 at the start of the line: the number as printed and the text after it.
    static func itemNumber(_ line: String) -> (String, String)? {
        let scalars = Array(line.unicodeScalars)
        guard let open = scalars.first, open == "（" || open == "(" else { return nil }
        var i = 1
        while i < scalars.count, ChineseNumeral.isNumeral(scalars[i]) { i += 1 }
        guard i > 1, i < scalars.count, scalars[i] == "）" || scalars[i] == ")",
            ChineseNumeral.value(scalars[1..<i]) != nil
        else { return nil }
        let number = LawText.string(scalars[0...i])
        let rest = LawText.string(scalars[(i + 1)...])
        return (number, LawText.trimmed(rest[...]))
    }

    /// 「1.」「1．」「1、」「（1）」「(1)」「①」: the numbering of 目, below items.
    static func isSubItem(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.prefix(6))
        guard let first = scalars.first else { return false }
        if (0x2460...0x2473).contains(first.value) { return true }  // ① … ⑳
        var i = 0
        if first == "（" || first == "(" { i = 1 }
        let digitsStart = i
        while i < scalars.count, LawText.digit(scalars[i]) != nil { i += 1 }
        guard i > digitsStart, i < scalars.count else { return false }
        if digitsStart == 1 { return scalars[i] == "）" || scalars[i] == ")" }
        return [".", "．", "、"].contains(scalars[i])
    }
}
