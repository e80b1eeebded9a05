import Foundation

/// Reads the first worksheet of an .xlsx workbook into a table, following the package's relationships from
/// _rels/.rels to the workbook, and from the workbook to its sheets, shared strings and styles, rather than
/// guessing part names: producers other than Excel (WPS, LibreOffice, generators) name them differently.
enum XLSXReading {
    static func read(_ data: Data, into builder: inout ImportedTableBuilder) throws(SpreadsheetInputError) {
        let archive = try XLSXArchive(data)
        let workbookPath = try workbookPath(in: archive)
        var workbook = XLSXWorkbook()
        try XLSXPartParser.parse(try archive.data(workbookPath), part: workbookPath, into: &workbook)
        let relationships = try archive.relationships(of: workbookPath)
        guard let sheetPath = workbook.firstWorksheetPath(relationships: relationships) else { throw .noWorksheet }

        var sharedStrings = XLSXSharedStrings()
        if let path = relationships.first(where: { $0.isOfType("sharedStrings") })?.path, archive.contains(path) {
            try XLSXPartParser.parse(try archive.data(path), part: path, into: &sharedStrings)
        }
        var styles = XLSXCellStyles()
        if let path = relationships.first(where: { $0.isOfType("styles") })?.path, archive.contains(path) {
            try XLSXPartParser.parse(try archive.data(path), part: path, into: &styles)
        }
        let values = XLSXCellValues(
            sharedStrings: sharedStrings.strings, numberFormats: styles.numberFormats(),
            usesDate1904: workbook.usesDate1904)
        var reader = XLSXSheetReader(builder: builder, values: values)
        try XLSXPartParser.parse(try archive.data(sheetPath), part: sheetPath, into: &reader)
        builder = reader.builder
    }

    /// The workbook part the package points at; a ZIP without one is some other kind of file, named when
    /// its parts tell what it is.
    private static func workbookPath(in archive: XLSXArchive) throws(SpreadsheetInputError) -> String {
        let office = try archive.relationships(of: "").first { $0.isOfType("officeDocument") }?.path
        if let office, archive.contains(office), !office.hasPrefix("word/"), !office.hasPrefix("ppt/") { return office }
        if archive.contains("xl/workbook.xml") { return "xl/workbook.xml" }
        if archive.contains("word/document.xml") { throw .notSpreadsheet(kind: "Word 文档") }
        if archive.contains("ppt/presentation.xml") { throw .notSpreadsheet(kind: "PowerPoint 演示文稿") }
        if archive.contains("content.xml") { throw .notSpreadsheet(kind: "OpenDocument（WPS/LibreOffice）文件") }
        throw .notSpreadsheet(kind: FileSignature.zip.kind)
    }
}
