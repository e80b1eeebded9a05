import Foundation

/// The worksheet part (`xl/worksheets/sheetN.xml`) of one table.
///
/// Text is written as inline strings (`t="inlineStr"`) rather than through a shared-strings part: each sheet
/// is then written in one pass with no table of every distinct string held in memory, and the ZIP's deflate
/// already squeezes out the repeats that shared strings would save. Excel, LibreOffice and openpyxl read
/// inline strings; Excel turns them into shared strings when it saves the file.
struct XLSXWorksheet {
    let table: TableExport
    let isFirstSheet: Bool

    /// Widths are estimated between these bounds, in characters.
    static let estimatedWidths = 6.0...60.0

    private var hasHeader: Bool { !table.headers.isEmpty }
    private var columns: Int { max(table.columnCount, 1) }

    /// The cells in use, from A1 to the last column of the last row.
    var usedRange: String {
        let lastRow = table.rows.count + (hasHeader ? 1 : 0)
        return "A1:\(XLSXCellReference.column(columns))\(max(lastRow, 1))"
    }

    /// The range of the autofilter: the header and every row below it. None without a header.
    var filterRange: String? { hasHeader ? usedRange : nil }

    var xml: String {
        var xml = XLSXPackage.declaration
        xml += "<worksheet xmlns=\"\(XLSXPackage.mainNamespace)\" xmlns:r=\"\(XLSXPackage.relationshipNamespace)\">"
        xml += "<dimension ref=\"\(usedRange)\"/>"
        xml += sheetView(freezingHeader: hasHeader)
        xml += "<cols>"
        for (index, width) in columnWidths(columns).enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        if hasHeader { xml += row(1, table.headers.map(TableCell.text), style: XLSXStyle.header) }
        for (index, cells) in table.rows.enumerated() {
            xml += row(index + (hasHeader ? 2 : 1), cells, style: nil)
        }
        xml += "</sheetData>"
        // The filter drop-downs sit on the header row and cover every data row below it.
        if let filterRange { xml += "<autoFilter ref=\"\(filterRange)\"/>" }
        return xml + "</worksheet>"
    }

    /// The header row frozen (it stays in view while scrolling) by a pane split below row 1.
    private func sheetView(freezingHeader: Bool) -> String {
        let selected = isFirstSheet ? " tabSelected=\"1\"" : ""
        guard freezingHeader else { return "<sheetViews><sheetView workbookViewId=\"0\"\(selected)/></sheetViews>" }
        return "<sheetViews><sheetView workbookViewId=\"0\"\(selected)>"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
            + "</sheetView></sheetViews>"
    }

    private func row(_ number: Int, _ cells: [TableCell], style: Int?) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            xml += Self.cell(cell, at: "\(XLSXCellReference.column(index + 1))\(number)", style: style)
        }
        return xml + "</row>"
    }

    /// One `<c>`; nothing for an empty cell (an absent cell is empty). A number has no `t` attribute (the
    /// default type is number); a date is the number of its serial day with the date style.
    static func cell(_ cell: TableCell, at reference: String, style: Int?) -> String {
        let styleAttribute = style.map { " s=\"\($0)\"" } ?? ""
        switch cell {
        case .text(let text) where !text.isEmpty:
            let escaped = SpreadsheetText.xmlEscaped(SpreadsheetText.cellText(text))
            return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\">"
                + "<is><t xml:space=\"preserve\">\(escaped)</t></is></c>"
        case .number(let value):
            guard let number = TableCell.numberText(value) else { return "" }
            return "<c r=\"\(reference)\"\(styleAttribute)><v>\(number)</v></c>"
        case .date(let date):
            // Excel has no day before 1900-01-01; such a date is kept as its text.
            guard let serial = SpreadsheetText.excelSerial(date) else {
                return Self.cell(.text(date.iso), at: reference, style: style)
            }
            return "<c r=\"\(reference)\" s=\"\(style ?? XLSXStyle.date)\"><v>\(serial)</v></c>"
        case .text, .empty:
            return ""
        }
    }

    /// The given widths, then widths estimated from the longest text in each column (the header gets room
    /// for its filter button).
    func columnWidths(_ columns: Int) -> [Double] {
        (0..<columns).map { column in
            if let given = table.columnWidths, column < given.count, given[column] > 0 { return given[column] }
            let header = column < table.headers.count ? DisplayWidth.of(table.headers[column]) + 3 : 0
            let widest = table.rows.reduce(header) { widest, row in
                column < row.count ? max(widest, DisplayWidth.of(row[column].displayText)) : widest
            }
            // Two characters of margin, as Excel's own autofit leaves.
            let width = Double(widest + 2)
            return min(max(width, Self.estimatedWidths.lowerBound), Self.estimatedWidths.upperBound)
        }
    }
}

/// A1-style cell references.
enum XLSXCellReference {
    /// The letters of the 1-based column `number`: 1 is A, 26 is Z, 27 is AA, 703 is AAA (bijective base 26,
    /// since there is no zero digit).
    static func column(_ number: Int) -> String {
        precondition(number >= 1, "columns are numbered from 1")
        var remaining = number
        var letters: [Character] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))))
            remaining = (remaining - 1) / 26
        }
        return String(letters.reversed())
    }
}
