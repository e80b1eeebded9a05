import Foundation
import Testing

@testable import FazhiCore

@Suite("SpreadsheetImport: CSV and refused files")
struct SpreadsheetImportCSVTests {
    @Test("UTF-8 behind a BOM, as our export and Excel's 「CSV UTF-8」 write it")
    func utf8WithBOM() throws {
        // given
        let data = Data([0xEF, 0xBB, 0xBF] + Array("指标,分值\r\n 依法行政 ,10\r\n,\r\n".utf8))
        // when
        let imported = try SpreadsheetImport.read(data, fileName: "指标.csv")
        // then
        #expect(
            imported.rows == [
                ImportedRow(number: 1, cells: ["指标", "分值"]), ImportedRow(number: 2, cells: ["依法行政", "10"]),
            ])
    }

    @Test("a quoted field over two lines is one cell; the next row is numbered by the line it starts on")
    func multiLine() throws {
        // when
        let imported = try SpreadsheetImport.read(Data("a,\"多\n行\"\nb,\"引\"\"号\"".utf8), fileName: nil)
        // then
        #expect(
            imported.rows == [
                ImportedRow(number: 1, cells: ["a", "多\n行"]), ImportedRow(number: 3, cells: ["b", "引\"号"]),
            ])
    }

    @Test("GB18030/GBK, as Excel on Chinese Windows saves 「CSV (逗号分隔)」, is decoded")
    func gbk() throws {
        // given
        let text = "考核指标体系,分值\n依法行政,10\n"
        let gbk = try #require(text.data(using: TextBytes.gb18030), "this platform cannot encode GB18030")
        #expect(gbk != Data(text.utf8))
        // when
        let imported = try SpreadsheetImport.read(gbk, fileName: "指标.csv")
        // then
        #expect(imported.rows.map(\.cells) == [["考核指标体系", "分值"], ["依法行政", "10"]])
    }

    @Test("a table exported as CSV reads back as the same table does from .xlsx")
    func exportRoundTrip() throws {
        // given
        let table = TableExport(
            sheetName: "指标", headers: ["指标", "分值", "日期"],
            rows: [
                [.text("依法行政"), .number(2.5), .date(CivilDate(year: 2026, month: 12, day: 1)!)],
                [.empty], [.text("<&>, \"引号\""), TableCell(3)],
            ])
        // when
        let fromCSV = try SpreadsheetImport.read(table.csv(), fileName: nil)
        let fromXLSX = try SpreadsheetImport.read(try table.xlsx(), fileName: nil)
        // then
        #expect(fromCSV == fromXLSX)
        #expect(fromCSV.rows.map(\.number) == [1, 2, 4])
    }

    @Test("empty, oversized, binary and markup files are refused, naming what they are")
    func refused() {
        func read(_ bytes: [UInt8], _ name: String? = nil) throws(SpreadsheetInputError) {
            _ = try SpreadsheetImport.read(Data(bytes), fileName: name)
        }
        #expect(throws: SpreadsheetInputError.empty) { try read([]) }
        let big = SpreadsheetImport.maximumBytes + 1
        #expect(throws: SpreadsheetInputError.tooLarge(bytes: big, limit: SpreadsheetImport.maximumBytes)) {
            _ = try SpreadsheetImport.read(Data(count: big), fileName: nil)
        }
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "PDF 文件")) { try read(Array("%PDF-1.7\n".utf8)) }
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "图片文件")) { try read([0xFF, 0xD8, 0xFF, 0xE0]) }
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: nil)) { try read([0x41, 0x00, 0x42, 0x2C]) }
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "网页（HTML）格式的表格")) {
            try read(Array(" <html><body><table><tr><td>1</td></tr></table>".utf8), "导出.xls")
        }
        #expect(throws: SpreadsheetInputError.noRows) { try read(Array(",,\n \u{3000} ,\n".utf8)) }
    }

    @Test("an OLE2 file is an old .xls or a password-protected workbook, unless its name says Word")
    func oldFormats() {
        let ole2 = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        #expect(throws: SpreadsheetInputError.oldExcel) { try SpreadsheetImport.read(ole2, fileName: "指标.xls") }
        #expect(throws: SpreadsheetInputError.oldExcel) { try SpreadsheetImport.read(ole2, fileName: nil) }
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "旧版 Word 文档")) {
            try SpreadsheetImport.read(ole2, fileName: "报告.DOC")
        }
        #expect(SpreadsheetInputError.oldExcel.message.contains("旧版 Excel（.xls）格式"))
        #expect(SpreadsheetInputError.oldExcel.message.contains("另存为 .xlsx"))
    }

    @Test("a broken ZIP is corrupt; a Word document or a plain archive is not a spreadsheet")
    func zips() throws {
        #expect(throws: SpreadsheetInputError.corrupt("文件已损坏，或不是有效的 .xlsx 文件。")) {
            try SpreadsheetImport.read(
                Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 64)), fileName: nil)
        }
        let word = try OfficePackage.archive(
            [
                ("_rels/.rels", OfficePackage.relationships([("rId1", "officeDocument", "word/document.xml")])),
                ("word/document.xml", "<w:document/>"),
            ], failure: "")
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "Word 文档")) {
            try SpreadsheetImport.read(word, fileName: "报告.xlsx")
        }
        let archive = try OfficePackage.archive([("readme.txt", "hello")], failure: "")
        #expect(throws: SpreadsheetInputError.notSpreadsheet(kind: "ZIP 压缩包")) {
            try SpreadsheetImport.read(archive, fileName: nil)
        }
    }

    @Test("text that is neither UTF-8 nor GB18030 is refused with its line")
    func undecodable() throws {
        // given: 0xFF never occurs in UTF-8 or GB18030
        let bytes = Array("指标,分值\n".utf8) + [0xFF, 0xFE, 0x80, 0x2C, 0x31]
        // when
        let error = try #require(throws: SpreadsheetInputError.self) {
            try SpreadsheetImport.read(Data(bytes), fileName: nil)
        }
        // then
        #expect(error == .notUTF8(line: 2))
        #expect(error.message.contains("第2行"))
        #expect(error.message.contains("CSV UTF-8"))
    }

    @Test("more rows than the limit are refused with the limit in the message")
    func tooManyRows() {
        let data = Data(String(repeating: "1\n", count: SpreadsheetImport.maximumRows + 1).utf8)
        #expect(throws: SpreadsheetInputError.tooManyRows(limit: SpreadsheetImport.maximumRows)) {
            try SpreadsheetImport.read(data, fileName: nil)
        }
        #expect(SpreadsheetInputError.tooManyRows(limit: 100_000).message.contains("100000 行"))
    }
}
