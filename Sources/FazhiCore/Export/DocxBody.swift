/// word/document.xml: the title, the blocks and the page setup. Every paragraph points at a named style and
/// carries no direct formatting beyond bold runs and a centred table header.
enum DocxBody {
    static func xml(_ document: DocxDocument) -> String {
        var body = document.title.isEmpty ? "" : paragraph(style: DocxStyles.title, runs: [.plain(document.title)])
        for block in document.blocks { body += xml(block) }
        // Word keeps a paragraph after a table; a document that ends with one gets an empty paragraph.
        if case .table = document.blocks.last { body += "<w:p/>" }
        return DocxPackage.declaration
            + "<w:document xmlns:w=\"\(DocxPackage.wordNamespace)\" xmlns:r=\"\(DocxPackage.relationshipNamespace)\">"
            + "<w:body>" + body + DocxPage.sectionProperties + "</w:body></w:document>"
    }

    private static func xml(_ block: DocxBlock) -> String {
        switch block {
        case .heading(let text, let level):
            paragraph(style: DocxStyles.heading(level: min(max(level, 1), 3)), runs: [.plain(text)])
        case .paragraph(let text): paragraph(style: DocxStyles.normal, runs: [.plain(text)])
        case .formattedParagraph(let runs): paragraph(style: DocxStyles.normal, runs: runs)
        case .table(let headers, let rows): DocxTable.xml(headers: headers, rows: rows)
        case .note(let text): paragraph(style: DocxStyles.note, runs: [.plain(text)])
        case .pageBreak: "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    /// A `<w:p>` in `style`; `properties` are extra paragraph properties such as a justification.
    static func paragraph(style: String, properties: String = "", runs: [DocxRun]) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(properties)</w:pPr>" + runs.map(run).joined() + "</w:p>"
    }

    /// A `<w:r>`: the text in `<w:t>` pieces, with `<w:br/>` for each line break and `<w:tab/>` for each tab
    /// (Word ignores both inside `<w:t>`), and characters XML cannot hold dropped.
    static func run(_ run: DocxRun) -> String {
        guard !run.text.isEmpty else { return "" }
        var xml = run.isBold ? "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:r>"
        var piece = ""
        func flush() {
            // Word drops leading and trailing spaces of a <w:t> unless told to keep them.
            if !piece.isEmpty { xml += "<w:t xml:space=\"preserve\">" + XMLText.escaped(piece) + "</w:t>" }
            piece = ""
        }
        var previousWasCR = false
        for scalar in run.text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue
            // Line feed, carriage return, Unicode line and paragraph separators, and the vertical tab that
            // Word itself puts on the clipboard for a manual line break.
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{0B}":
                flush()
                xml += "<w:br/>"
            case "\t":
                flush()
                xml += "<w:tab/>"
            default: piece.unicodeScalars.append(scalar)
            }
        }
        flush()
        return xml + "</w:r>"
    }
}
