/// word/styles.xml: the named styles of an official document (GB/T 9704-2012), so that Word, WPS and
/// LibreOffice list them and a user restyles a whole report by changing one. Chinese text takes the font of
/// `w:eastAsia`; without it Word sets Chinese in the Latin font's fallback, not in 仿宋.
enum DocxStyles {
    static let normal = "Normal"
    static let title = "Title"
    static let note = "Note"
    static let tableText = "TableText"
    static let footer = "Footer"
    static let tableGrid = "TableGrid"
    static func heading(level: Int) -> String { "Heading\(level)" }

    /// Font sizes in half-points, by their Chinese names.
    private static let erHao = 44  // 二号, 22 pt
    private static let sanHao = 32  // 三号, 16 pt
    private static let siHao = 28  // 四号, 14 pt
    private static let xiaoSi = 24  // 小四, 12 pt
    /// Body text lines are a fixed 28 pt apart, which gives the standard's 22 lines on a page.
    private static let bodyLine = 560

    static let xml =
        DocxPackage.declaration + "<w:styles xmlns:w=\"\(DocxPackage.wordNamespace)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(eastAsia: "仿宋_GB2312", latin: "Times New Roman")
        + size(sanHao) + "<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        // 仿宋 三号, indented two characters, on fixed 28 pt lines.
        + paragraphStyle(
            normal, name: "Normal", basedOn: nil, isDefault: true,
            paragraph: spacing(exact: bodyLine) + indent(firstLineCharacters: 2, fontSize: sanHao),
            run: fonts(eastAsia: "仿宋_GB2312", latin: "Times New Roman") + size(sanHao))
        // 方正小标宋简体 二号, centred, with a blank line below.
        + paragraphStyle(
            title, name: "Title", basedOn: normal,
            paragraph: "<w:keepNext/>" + spacing(exact: 700, after: bodyLine) + noIndent + "<w:jc w:val=\"center\"/>",
            run: fonts(eastAsia: "方正小标宋简体", latin: "方正小标宋简体") + size(erHao))
        + headingStyle(1, font: "黑体", isBold: false)
        + headingStyle(2, font: "楷体_GB2312", isBold: false)
        + headingStyle(3, font: "仿宋_GB2312", isBold: true)
        // Small grey text under a table or figure.
        + paragraphStyle(
            note, name: "Note", basedOn: normal,
            paragraph: spacing(exact: 400) + indent(firstLineCharacters: 2, fontSize: xiaoSi),
            run: "<w:color w:val=\"595959\"/>" + size(xiaoSi))
        // Tables are denser than the text: 仿宋 小四 on single lines, not indented.
        + paragraphStyle(
            tableText, name: "Table Text", basedOn: normal,
            paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent + "<w:jc w:val=\"left\"/>",
            run: size(xiaoSi))
        // The page number: 宋体 四号.
        + paragraphStyle(
            footer, name: "footer", basedOn: normal,
            paragraph: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent + "<w:jc w:val=\"center\"/>",
            run: fonts(eastAsia: "宋体", latin: "宋体") + size(siHao))
        + "<w:style w:type=\"table\" w:styleId=\"\(tableGrid)\"><w:name w:val=\"Table Grid\"/>"
        + "<w:tblPr>\(tableBorders)<w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "</w:styles>"

    /// Single half-point lines around and between all cells. Set on each table as well as in its style, so
    /// that they show in readers that ignore table styles.
    static let tableBorders =
        "<w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined() + "</w:tblBorders>"

    /// Level 1 黑体, level 2 楷体, level 3 仿宋 bold, all 三号 like the text and indented as it is; each stays on
    /// the page of the paragraph after it and is an outline level, so that it shows in Word's navigation pane
    /// and table of contents. 黑体 is heavy already and is not set bold.
    private static func headingStyle(_ level: Int, font: String, isBold: Bool) -> String {
        paragraphStyle(
            heading(level: level), name: "heading \(level)", basedOn: normal,
            paragraph: "<w:keepNext/><w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: fonts(eastAsia: font, latin: font) + (isBold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/>"))
    }

    private static func paragraphStyle(
        _ id: String, name: String, basedOn: String?, isDefault: Bool = false, paragraph: String, run: String
    ) -> String {
        "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
            + (id == normal ? "" : "<w:next w:val=\"\(normal)\"/>")
            + "<w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    private static func fonts(eastAsia: String, latin: String) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\"/>"
    }

    private static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    private static func spacing(exact line: Int, after: Int = 0) -> String {
        "<w:spacing w:before=\"0\" w:after=\"\(after)\" w:line=\"\(line)\" w:lineRule=\"exact\"/>"
    }

    /// A first-line indent in characters (Word and WPS), with the same in twips for readers that ignore
    /// character units: a character is as wide as the font is high.
    private static func indent(firstLineCharacters characters: Int, fontSize halfPoints: Int) -> String {
        "<w:ind w:firstLineChars=\"\(characters * 100)\" w:firstLine=\"\(characters * halfPoints * 10)\"/>"
    }

    private static let noIndent = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
}
