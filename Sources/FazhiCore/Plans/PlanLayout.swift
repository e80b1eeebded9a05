/// The outer layout of a plan (PlanLayout): paragraphs split across lines joined again, the title, where the
/// numbered body starts, and an appendix (a press Q&A, an attachment) that ends it.
struct PlanLayout {
    private(set) var paragraphs: [PlanLine] = []
    private(set) var title: String?
    /// Where the title stands among the paragraphs before the body (the rest is the preamble).
    private(set) var titleIndex: Int?
    private(set) var bodyStart = 0
    private(set) var bodyEnd = 0
    private(set) var appendix: PlanAppendix?

    init(lines: [PlanText.Line], warnings: inout [PlanWarning]) {
        paragraphs = Self.joinSplitLines(lines.map { PlanLine(line: $0.number, text: $0.text) }, warnings: &warnings)
        bodyStart = paragraphs.firstIndex { $0.marker.map { !$0.separatorMissing } ?? false } ?? paragraphs.count
        // The title: the last title-like line before the body that names a kind of plan (a covering notice may
        // come first: 「关于印发《…工作要点》的通知」), else a title-like first line.
        let named = paragraphs[0..<bodyStart].lastIndex { p in
            Self.looksLikeTitle(p) && Self.planWords.contains { p.text.hasSuffix($0) }
        }
        if let index = named ?? (bodyStart > 0 && Self.looksLikeTitle(paragraphs[0]) ? 0 : nil) {
            title = paragraphs[index].text
            titleIndex = index
        }
        bodyEnd = paragraphs.count
        if bodyStart < paragraphs.count,
            let start = paragraphs[bodyStart...].firstIndex(where: { Self.appendixKind($0) != nil })
        {
            let kind = Self.appendixKind(paragraphs[start])!
            appendix = PlanAppendix(
                kind: kind, title: paragraphs[start].text, paragraphs: paragraphs[start...].map(\.paragraph))
            bodyEnd = start
        }
    }

    private static let planWords = [
        "方案", "意见", "要点", "规划", "计划", "纲要", "办法", "措施", "安排", "清单", "任务分工", "通知", "决定",
    ]

    /// The paragraphs before the body other than the title.
    var preamble: [PlanParagraph] {
        paragraphs[0..<bodyStart].indices.filter { $0 != titleIndex }.map { paragraphs[$0].paragraph }
    }

    /// A short line with no sentence in it before the first heading: 「内蒙古自治区贯彻《…》实施方案」.
    private static func looksLikeTitle(_ p: PlanLine) -> Bool {
        p.marker == nil && !p.hasSentence && p.scalars.count <= 80 && !PlanUnitClause.isClause(p.scalars)
    }

    /// Where the plan ends and explanations begin: a heading such as 「…答记者问」 or 「政策解读」, the first
    /// 「问：」 of an interview, or 「附件」.
    private static func appendixKind(_ p: PlanLine) -> PlanAppendix.Kind? {
        guard p.marker == nil else { return nil }
        let text = p.text
        if !p.hasSentence, p.scalars.count <= 80,
            ["答记者问", "记者问", "答问", "问答", "解读"].contains(where: text.contains)
        {
            return .pressQA
        }
        if ["问：", "问:", "记者：", "记者:"].contains(where: text.hasPrefix) { return .pressQA }
        if text.hasPrefix("附件"), p.scalars.count <= 40, !p.hasSentence { return .attachment }
        return nil
    }

    /// Joins a paragraph that a line break cut in the middle of a sentence (「…召开审议法」 / 「规草案会议…」):
    /// a line of prose that ends without closing punctuation, followed by a line that starts no heading.
    private static func joinSplitLines(_ lines: [PlanLine], warnings: inout [PlanWarning]) -> [PlanLine] {
        var result: [PlanLine] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if let last = result.last, continues(last, with: line) {
                warnings.append(
                    PlanWarning(
                        line: last.line, kind: .joinedLines,
                        message: "第\(last.line)行与第\(line.line)行：一段文字被断成两行，已合并。"))
                var joined = PlanLine(line: last.line, text: last.text + line.text)
                joined.marker = last.marker
                result[result.count - 1] = joined
            } else {
                result.append(line)
            }
        }
        return result
    }

    private static func continues(_ previous: PlanLine, with next: PlanLine) -> Bool {
        guard previous.scalars.count >= 30, let end = previous.scalars.last, !PlanScalars.endsParagraph(end) else {
            return false
        }
        // Prose, not a heading: a heading may hold commas (「一、深入学习…,切实增强…」) but not a full stop.
        let prose =
            previous.hasSentence || previous.marker == nil && previous.scalars.contains { $0 == "，" || $0 == "," }
        guard prose else { return false }
        if let marker = next.marker, !marker.separatorMissing { return false }
        return appendixKind(next) == nil && !PlanUnitClause.isClause(next.scalars)
    }
}
