import Foundation

extension TableExport {
    /// The table as CSV (RFC 4180): the header row, then every row padded to the same number of fields,
    /// each line ended by CRLF. Dates are written `YYYY-MM-DD`.
    ///
    /// The text is UTF-8 behind a byte order mark: Excel on Chinese Windows reads a CSV file without one in
    /// the local code page (GBK) and shows the Chinese as mojibake; the BOM makes it read UTF-8.
    public func csv() -> Data {
        let width = columnCount
        var lines: [String] = []
        if !headers.isEmpty { lines.append(Self.csvLine(headers.map(TableCell.text), width: width)) }
        for row in rows { lines.append(Self.csvLine(row, width: width)) }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(contentsOf: lines.map { $0 + "\r\n" }.joined().utf8)
        return data
    }

    static func csvLine(_ cells: [TableCell], width: Int) -> String {
        let padded = cells + Array(repeating: .empty, count: max(0, width - cells.count))
        return padded.map { csvField($0) }.joined(separator: ",")
    }

    /// One field, defused (see `defusingFormula`) and quoted when it holds a comma, quote or line break.
    static func csvField(_ cell: TableCell) -> String {
        let text: String
        if case .text(let value) = cell { text = defusingFormula(value) } else { text = cell.displayText }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text that a spreadsheet would take for a formula gets a leading apostrophe (the OWASP advice on CSV
    /// injection). Exported tables hold what users typed, such as a case description; opened in Excel, a
    /// cell like `=HYPERLINK("http://…", "详情")` or `=cmd|' /C calc'!A0` would otherwise run as a formula on
    /// the machine of the official who opened the export. A text that only looks like a negative number
    /// (`-5`) is marked as well: real numbers are `.number` cells and are never marked.
    static func defusingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
