import Foundation

/// Reads a table that a user uploads: an Excel workbook (.xlsx, its first worksheet) or a CSV file (UTF-8, or
/// GB18030/GBK as Excel saves "CSV" on Chinese Windows). The format is told by the content, not by the name:
/// users rename files, and systems hand out CSV named .xls.
public enum SpreadsheetImport {
    /// Twenty times the largest indicator system we have seen; an .xlsx is compressed, so this is a big table.
    public static let maximumBytes = 20 * 1024 * 1024
    /// More rows than any table an office imports by hand; beyond it the upload is a mistake or an attack.
    public static let maximumRows = 100_000
    /// Rows padded to their widest cell; bounds the memory a sparse sheet (a cell in column XFD on every row)
    /// could otherwise claim.
    public static let maximumCells = 5_000_000

    /// The rows of the table in `data`. `fileName` only sharpens a message where the bytes cannot tell
    /// (an old Word .doc and an old Excel .xls look the same); it never decides the format.
    public static func read(_ data: Data, fileName: String?) throws(SpreadsheetInputError) -> ImportedTable {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= maximumBytes else { throw .tooLarge(bytes: data.count, limit: maximumBytes) }
        var builder = ImportedTableBuilder(maximumRows: maximumRows, maximumCells: maximumCells)
        switch FileSignature(data.prefix(8)) {
        case .zip:
            try XLSXReading.read(data, into: &builder)
        case .ole2:
            if let name = fileName?.lowercased(), name.hasSuffix(".doc") || name.hasSuffix(".wps") {
                throw .notSpreadsheet(kind: "旧版 Word 文档")
            }
            throw .oldExcel
        case let signature?:
            throw .notSpreadsheet(kind: signature.kind)
        case nil:
            try readCSV(text(of: [UInt8](data)), into: &builder)
        }
        return try builder.table()
    }

    /// Each CSV record is a row numbered by the line it starts on.
    private static func readCSV(_ text: String, into builder: inout ImportedTableBuilder) throws(SpreadsheetInputError)
    {
        for record in CSVReader.records(text) {
            try builder.append(
                number: record.line, cells: record.fields.enumerated().map { (column: $0, text: $1) })
        }
    }

    /// The text of a CSV file: UTF-16 behind its BOM, UTF-8 (with or without BOM), or else GB18030. Bytes that
    /// are valid UTF-8 are always read as UTF-8: GBK text is almost never valid UTF-8, while UTF-8 text often
    /// decodes as (wrong) GB18030.
    static func text(of bytes: [UInt8]) throws(SpreadsheetInputError) -> String {
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(bytes: bytes, encoding: .utf16) else { throw .notSpreadsheet(kind: nil) }
            text = decoded
        } else {
            do {
                text = try TextBytes.utf8(bytes)
            } catch {
                guard let decoded = TextBytes.gb18030(bytes) else { throw .notUTF8(line: error.line) }
                text = decoded
            }
        }
        if TextBytes.isBinary(text) { throw .notSpreadsheet(kind: nil) }
        if let kind = markupKind(text) { throw .notSpreadsheet(kind: kind) }
        return text
    }

    /// Many systems export a web page or Excel 2003 XML under an .xls name; read as CSV it would be tags.
    private static func markupKind(_ text: String) -> String? {
        let head = text.prefix(2048).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        guard head.hasPrefix("<") else { return nil }
        if head.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            return "Excel 2003 XML 表格"
        }
        if head.contains("<html") || head.contains("<table") || head.contains("<!doctype html") {
            return "网页（HTML）格式的表格"
        }
        return nil
    }
}
