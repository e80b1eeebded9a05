import Foundation

/// Parses a plan document (PlanParser): finds the title, preamble, numbered tree, closing and appendix, repairs
/// the numbering and reports each repair, and reads each item's units, deadlines and tasks. Pure: no I/O.
///
/// The stages, each in its own file: `PlanText` (bytes to lines), `PlanLayout` (joins split paragraphs, finds
/// the title, the appendix and where the body starts), `PlanBlocks` (one block per numbered heading, with the
/// paragraphs that follow it, and the numbering repairs), `PlanNodeBuilder` (the tree: title, text, units,
/// deadlines), `PlanTaskSplitter` (tasks and actor suggestions).
public struct PlanParser: Sendable {
    public struct Options: Sendable, Equatable {
        /// The year of deadlines written without one (「年底前」); by default the year in the document's title
        /// (「2022年全面依法治区工作要点」), if any.
        public var referenceYear: Int?

        public init(referenceYear: Int? = nil) {
            self.referenceYear = referenceYear
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Decodes and parses the bytes of a plan file (.txt or .docx).
    public func parse(data: Data) throws(PlanInputError) -> PlanDocument {
        try parse(PlanText.decode(data))
    }

    /// Parses the text of a plan; throws `.noStructure` when it has no numbered heading at all, and `.empty`
    /// when it has no text.
    public func parse(_ text: String) throws(PlanInputError) -> PlanDocument {
        let lines = PlanText.lines(text)
        guard !lines.isEmpty else { throw .empty }
        var warnings: [PlanWarning] = []
        let layout = PlanLayout(lines: lines, warnings: &warnings)
        guard layout.bodyStart < layout.bodyEnd else { throw .noStructure }
        let referenceYear = options.referenceYear ?? layout.title.flatMap(Self.year(inTitle:))

        var blocks = PlanBlocks(paragraphs: layout.paragraphs[layout.bodyStart..<layout.bodyEnd])
        blocks.repairNumbering(warnings: &warnings)
        let closing = blocks.takeClosing()
        let nodes = PlanNodeBuilder(referenceYear: referenceYear).build(blocks.blocks)

        var appendix: PlanAppendix? = nil
        if let found = layout.appendix {
            appendix = found
            let what = found.kind == .pressQA ? "答记者问等解读材料" : "附件"
            warnings.append(
                PlanWarning(
                    line: found.paragraphs.first?.line ?? 0, kind: .appendixExcluded,
                    message: "第\(found.paragraphs.first?.line ?? 0)行起「\(found.title)」是\(what)，已单独列出，不作为任务。"))
        }
        warnings.sort { $0.line < $1.line }
        return PlanDocument(
            title: layout.title, preamble: layout.preamble,
            nodes: nodes, closing: closing, appendix: appendix, warnings: warnings)
    }

    /// 「2022年全面依法治区工作要点」 → 2022; a period such as 「(2021—2025年)」 gives none.
    static func year(inTitle title: String) -> Int? {
        let s = Array(title.unicodeScalars)
        var i = 0
        while i < s.count {
            let run = PlanScalars.digitRun(s, from: i)
            if run.count == 4, run.upperBound < s.count, s[run.upperBound] == "年",
                i == 0 || !"—-–~～".unicodeScalars.contains(s[i - 1]),
                run.upperBound + 1 >= s.count || !"—-–~～".unicodeScalars.contains(s[run.upperBound + 1])
            {
                return PlanScalars.number(s[run])
            }
            i = max(run.upperBound, i + 1)
        }
        return nil
    }
}

/// One paragraph of the input, scanned once: its scalars and its heading marker, if any.
struct PlanLine {
    var paragraph: PlanParagraph
    var scalars: [Unicode.Scalar]
    var marker: PlanMarker?

    init(line: Int, text: String) {
        paragraph = PlanParagraph(line: line, text: text)
        scalars = Array(text.unicodeScalars)
        marker = PlanNumbering.marker(scalars)
    }

    var line: Int { paragraph.line }
    var text: String { paragraph.text }
    var hasSentence: Bool { scalars.contains(where: PlanScalars.endsSentence) }
}
