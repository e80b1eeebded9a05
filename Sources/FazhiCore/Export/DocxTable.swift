/// A `<w:tbl>` across the width of the text block, with borders on every cell and a bold, centred header row
/// that Word repeats at the top of each page (`<w:tblHeader/>`).
enum DocxTable {
    static func xml(headers: [String], rows: [[String]]) -> String {
        let columns = rows.reduce(headers.count) { max($0, $1.count) }
        guard columns > 0 else { return "" }
        // The grid is required, and LibreOffice sizes columns from it: equal shares of the text block.
        let width = DocxPage.textWidth / columns
        var xml =
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(DocxStyles.tableGrid)\"/>"
            + "<w:tblW w:w=\"\(width * columns)\" w:type=\"dxa\"/>" + DocxStyles.tableBorders
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            + " w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
        if !headers.isEmpty {
            xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
            xml += padded(headers, to: columns).map { cell($0, width: width, isHeader: true) }.joined() + "</w:tr>"
        }
        for row in rows {
            xml += "<w:tr>" + padded(row, to: columns).map { cell($0, width: width, isHeader: false) }.joined()
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private static func padded(_ cells: [String], to count: Int) -> [String] {
        cells + Array(repeating: "", count: count - cells.count)
    }

    /// A cell always holds a paragraph, even when empty: Word reports a cell without one as corrupt.
    private static func cell(_ text: String, width: Int, isHeader: Bool) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
            + DocxBody.paragraph(
                style: DocxStyles.tableText, properties: isHeader ? "<w:jc w:val=\"center\"/>" : "",
                runs: [DocxRun(text, isBold: isHeader)])
            + "</w:tc>"
    }
}
