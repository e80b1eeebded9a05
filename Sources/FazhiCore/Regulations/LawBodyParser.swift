/// Splits a file's body into the preamble and the provisions (headings and articles).
///
/// A file without a single article line (cases, 批复, notices, the amendment lists of 刑法修正案) has no
/// provisions: its whole text is the preamble. Cases are always read that way: the articles they quote belong
/// to other laws.
struct LawBodyParser {
    private(set) var preamble: [String] = []
    private(set) var problems: [LawParseProblem] = []
    private var drafts: [LawProvisionDraft] = []
    /// Open headings, coarsest first: indices into `drafts`.
    private var stack: [Int] = []
    private var current: Int?
    private var lastArticle: LawArticleLabel?
    private let levelOfDepth: [Int: LawProvisionLevel]
    private var toc = TableOfContents()

    /// Parses `lines` (the body, line endings normalised); `title` is removed when the body repeats it.
    static func parse(_ lines: ArraySlice<String>, title: String, structured: Bool) -> (
        preamble: String?, provisions: [LawProvision], problems: [LawParseProblem]
    ) {
        let trimmed = lines.map { LawText.trimmed($0) }.filter { !$0.isEmpty && !LawText.isComment($0) }
        guard structured, trimmed.contains(where: { LawArticleLabel.atStart(of: $0, expecting: nil) != nil }) else {
            return (trimmed.isEmpty ? nil : trimmed.joined(separator: "\n"), [], [])
        }
        var parser = LawBodyParser(levelOfDepth: LawBodyParser.levelOfDepth(trimmed))
        for line in trimmed { parser.take(line) }
        let (provisions, problems) = LawProvisionDraft.finish(parser.drafts)
        let preamble = LawBodyParser.withoutRepeatedTitle(parser.preamble, title: title)
        return (preamble.isEmpty ? nil : preamble.joined(separator: "\n"), provisions, parser.problems + problems)
    }

    private init(levelOfDepth: [Int: LawProvisionLevel]) { self.levelOfDepth = levelOfDepth }

    /// The level each Markdown depth has in this file, learnt from its numbered headings (「## 第一编」 makes
    /// 「## 附件一」 a book too); depths never used that way default to chapter (#, ##) and section (###…).
    private static func levelOfDepth(_ lines: [String]) -> [Int: LawProvisionLevel] {
        var result: [Int: LawProvisionLevel] = [:]
        for line in lines where line.hasPrefix("#") {
            let depth = line.prefix { $0 == "#" }.count
            if result[depth] == nil, let level = LawHeadingLabel(String(line.dropFirst(depth))).level {
                result[depth] = level
            }
        }
        return result
    }

    private var sawArticle: Bool { lastArticle != nil }

    private mutating func take(_ line: String) {
        if line.hasPrefix("#") {
            let depth = line.prefix { $0 == "#" }.count
            let text = LawText.trimmed(String(line.dropFirst(depth)))
            toc.end()
            // 序言 of the constitution: its text is the preamble, not a provision.
            if current == nil, LawText.compact(text) == "序言" { return }
            // A table of contents printed as one heading: 「## 第一章 总则 第二章 任免范围 ……」.
            if !sawArticle, LawHeadingLabel.countsSeveralLabels(text) { return }
            let label = LawHeadingLabel(text)
            startHeading(label, level: label.level ?? levelOfDepth[depth] ?? (depth <= 2 ? .chapter : .section))
            return
        }
        if current == nil, toc.skips(line) { return }
        if let label = LawArticleLabel.atStart(of: line, expecting: lastArticle.map { $0.value + 1 }) {
            startArticle(label, rest: String(line.unicodeScalars.dropFirst(label.textStart)))
            return
        }
        if let label = LawHeadingLabel.plainHeading(line) {
            problems.append(.unmarkedHeading(line))
            startHeading(label, level: label.level ?? .chapter)
            return
        }
        guard let current else {
            preamble.append(line)
            return
        }
        if drafts[current].level == .article {
            appendToArticle(line)
        } else if drafts[current].lines.isEmpty, LawBodyParser.continuesHeading(drafts[current].heading, with: line) {
            drafts[current].heading = (drafts[current].heading ?? "") + line
        } else {
            drafts[current].lines.append(line)
        }
    }

    /// Text of the current article, split where the next article runs on in the same line.
    private mutating func appendToArticle(_ line: String) {
        guard let current, let last = lastArticle,
            let split = LawArticleLabel.inside(line, next: last.value + 1, current: (last.value, last.sub))
        else {
            drafts[current!].lines.append(line)
            return
        }
        let scalars = line.unicodeScalars
        let head = LawText.trimmed(String(scalars.prefix(split)))
        if !head.isEmpty { drafts[current].lines.append(head) }
        let tail = String(scalars.dropFirst(split))
        if let label = LawArticleLabel.atStart(of: tail, expecting: last.value + 1) {
            startArticle(label, rest: String(tail.unicodeScalars.dropFirst(label.textStart)))
        } else {
            drafts[current].lines.append(tail)
        }
    }

    private mutating func startArticle(_ label: LawArticleLabel, rest: String) {
        if !sawArticle { dropTableOfContents() }
        if let last = lastArticle, label.sub == 0, label.value != last.value + 1 {
            problems.append(.articleGap(after: last.number, next: label.number))
        }
        lastArticle = label
        drafts.append(
            LawProvisionDraft(
                level: .article, base: label.eid, number: label.number, heading: nil, parent: stack.last))
        current = drafts.count - 1
        let text = LawText.trimmed(rest.hasPrefix("：") || rest.hasPrefix(":") ? String(rest.dropFirst()) : rest)
        if !text.isEmpty { appendToArticle(text) }
    }

    private mutating func startHeading(_ label: LawHeadingLabel, level: LawProvisionLevel) {
        while let top = stack.last, drafts[top].level.depth >= level.depth { stack.removeLast() }
        drafts.append(
            LawProvisionDraft(
                level: level, base: nil, number: label.number, heading: label.heading, parent: stack.last,
                value: label.value))
        stack.append(drafts.count - 1)
        current = drafts.count - 1
    }

    /// Before the first article, headings printed as a table of contents (「## 第一章 总则」 … 「## 第六章 附则」
    /// with nothing between them, then the chapters again) are dropped. They are recognised by two headings of
    /// one level and parent before any article. What follows the last such repetition is the real structure when it
    /// starts with a first heading (value 1) or with the table's first entry; otherwise the source lost those
    /// headings and all of them are dropped, their stray text going to the preamble.
    private mutating func dropTableOfContents() {
        guard drafts.count >= 2 else { return }
        var lastRepeat: Int?
        for i in drafts.indices.dropFirst()
        where drafts[..<i].contains(where: { $0.level == drafts[i].level && $0.parent == drafts[i].parent }) {
            lastRepeat = i
        }
        guard let keepFrom = lastRepeat else { return }
        let first = drafts[keepFrom]
        let keep = first.value == 1 || first.title == drafts[0].title
        let start = keep ? keepFrom : drafts.count
        preamble += drafts[..<start].flatMap(\.lines)
        drafts.removeFirst(start)
        for i in drafts.indices { drafts[i].parent = drafts[i].parent.map { $0 - start } }
        stack = stack.filter { $0 >= start }.map { $0 - start }
        current = drafts.isEmpty ? nil : drafts.count - 1
    }

    /// A short line without sentence punctuation right under a long heading, or one that ends in a conjunction:
    /// the rest of a heading broken over two lines (「## 第五章 乡、民族乡、镇人民代表大会主席、副主席，乡长、」 /
    /// 「副乡长、镇长、副镇长」). A short heading is left alone: the line under 「## 第二章 附则」 is text. Table rows
    /// and item lines are never part of a heading.
    private static func continuesHeading(_ heading: String?, with line: String) -> Bool {
        guard let last = heading?.unicodeScalars.last, let heading else { return false }
        let endsInConjunction = "、，和及与的或".unicodeScalars.contains(last)
        let scalars = line.unicodeScalars
        guard scalars.count <= 30, !scalars.contains(where: { "。；：！？|".unicodeScalars.contains($0) }),
            endsInConjunction || !scalars.contains("，"), !line.hasPrefix("（"), !line.hasPrefix("(")
        else { return false }
        return endsInConjunction || heading.unicodeScalars.count >= 8
    }

    /// The preamble without its first lines when they only repeat the title (some files print the title again,
    /// broken over two lines).
    private static func withoutRepeatedTitle(_ lines: [String], title: String) -> [String] {
        let target = LawText.compact(title)
        guard !lines.isEmpty else { return lines }
        for k in 1...min(3, lines.count) where LawText.compact(lines.prefix(k).joined()) == target {
            return Array(lines.dropFirst(k))
        }
        return lines
    }
}

/// A 目录 block before the first provision: the line 「目录」 and the entries after it, up to the first entry's
/// second appearance (where the text itself starts), a sentence, an article or a Markdown heading.
private struct TableOfContents {
    private var active = false
    private var firstEntry: String?

    mutating func end() { active = false }

    /// True when `line` belongs to the table of contents and is to be dropped.
    mutating func skips(_ line: String) -> Bool {
        let compact = LawText.compact(line)
        if compact == "目录" {
            active = true
            firstEntry = nil
            return true
        }
        guard active else { return false }
        if compact == firstEntry || line.contains(where: { "。；".contains($0) })
            || LawArticleLabel.atStart(of: line, expecting: nil) != nil
        {
            active = false
            return false
        }
        if firstEntry == nil { firstEntry = compact }
        return true
    }
}
