/// The page of an official document (GB/T 9704-2012): A4, with margins that leave a text block of 156 ×
/// 225 mm, and the page number centred below it. Word measures in twentieths of a point (twips).
enum DocxPage {
    static let width = twips(millimetres: 210)
    static let height = twips(millimetres: 297)
    static let top = twips(millimetres: 37)
    static let bottom = twips(millimetres: 35)
    static let left = twips(millimetres: 28)
    static let right = twips(millimetres: 26)
    /// From the bottom edge of the page to the foot of the page number: the standard puts the number about
    /// 7 mm below the text block, and a 四号 (14 pt) line is about 5 mm high.
    static let footer = twips(millimetres: 23)
    static let textWidth = width - left - right

    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    static let sectionProperties =
        "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(DocxPackage.footerRelationship)\"/>"
        + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"
        + "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\""
        + " w:header=\"\(twips(millimetres: 15))\" w:footer=\"\(footer)\" w:gutter=\"0\"/>"
        + "<w:pgNumType w:fmt=\"decimal\" w:start=\"1\"/></w:sectPr>"

    /// word/footer1.xml: the page number between dashes, 「— 1 —」, as the standard writes it, through Word's
    /// PAGE field (the 1 is only what a reader shows before it updates the field).
    static let footerXML =
        DocxPackage.declaration + "<w:ftr xmlns:w=\"\(DocxPackage.wordNamespace)\">"
        + "<w:p><w:pPr><w:pStyle w:val=\"\(DocxStyles.footer)\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
}
