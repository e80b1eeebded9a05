import Foundation

extension TableExport {
    /// Excel's limits on one sheet.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// The table as an Excel workbook (.xlsx) with one sheet; see `xlsx(_:)`.
    public func xlsx() throws -> Data { try Self.xlsx([self]) }

    /// A workbook (.xlsx, Office Open XML SpreadsheetML) with one sheet per table, in order. Each sheet has a
    /// bold, frozen header row with an autofilter; numbers are numbers and dates are Excel dates
    /// (`yyyy-mm-dd`), so that both sort and filter as such. Sheet names are made valid and unique.
    ///
    /// Throws `DomainError.invalid` for an empty list or a table beyond Excel's 1 048 576 rows or 16 384
    /// columns.
    public static func xlsx(_ tables: [TableExport]) throws -> Data {
        guard !tables.isEmpty else { throw DomainError.invalid("sheets", "工作簿至少需要一张工作表。") }
        for table in tables {
            let sheet = "「\(table.sheetName)」"
            if table.rows.count + (table.headers.isEmpty ? 0 : 1) > maximumRows {
                throw DomainError.invalid("rows", "\(sheet)超过 Excel 的 \(maximumRows) 行上限，请缩小范围后再导出。")
            }
            if table.columnCount > maximumColumns {
                throw DomainError.invalid("columns", "\(sheet)超过 Excel 的 \(maximumColumns) 列上限。")
            }
        }
        let names = SheetNames.unique(tables.map(\.sheetName))
        let worksheets = tables.enumerated().map { XLSXWorksheet(table: $1, isFirstSheet: $0 == 0) }
        // The parts in the order Office writes them, [Content_Types].xml first.
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", XLSXPackage.contentTypes(sheetCount: tables.count)),
            ("_rels/.rels", XLSXPackage.rootRelationships),
            ("xl/workbook.xml", XLSXPackage.workbook(sheetNames: names, filterRanges: worksheets.map(\.filterRange))),
            ("xl/_rels/workbook.xml.rels", XLSXPackage.workbookRelationships(sheetCount: tables.count)),
            ("xl/styles.xml", XLSXPackage.styles),
        ]
        for (index, worksheet) in worksheets.enumerated() {
            parts.append((XLSXPackage.worksheetPath(index + 1), worksheet.xml))
        }
        return try OfficePackage.archive(parts, failure: "无法生成 Excel 文件。")
    }
}
