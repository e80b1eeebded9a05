import Foundation
import Testing
import ZIPFoundation

@testable import FazhiCore

@Suite("SpreadsheetImport: xlsx")
struct SpreadsheetImportXLSXTests {
    @Test("a workbook from our own writer reads back: text, numbers, dates, empty cells, CJK, markup")
    func roundTrip() throws {
        // given
        let table = TableExport(
            sheetName: "指标", headers: ["指标", "分值", "日期", "备注"],
            rows: [
                [.text("依法行政"), TableCell(10), .date(CivilDate(year: 2026, month: 12, day: 1)!), .text("<&> \"引号\"")],
                [.text("  前后空格\u{3000}"), .number(2.5), .empty, .text("_x0041_")],
                [.empty, .empty, .text(" ")],
                [.text("第一行\n第二行"), .number(-0.5), .date(CivilDate(year: 1899, month: 12, day: 31)!)],
                [.text("a\u{1}b"), .number(1e20)],
            ])
        // when
        let imported = try SpreadsheetImport.read(try table.xlsx(), fileName: "指标.xlsx")
        // then: the blank row 4 is left out, the others keep their numbers
        #expect(
            imported.rows == [
                ImportedRow(number: 1, cells: ["指标", "分值", "日期", "备注"]),
                ImportedRow(number: 2, cells: ["依法行政", "10", "2026-12-01", "<&> \"引号\""]),
                ImportedRow(number: 3, cells: ["前后空格", "2.5", "", "_x0041_"]),
                ImportedRow(number: 5, cells: ["第一行\n第二行", "-0.5", "1899-12-31"]),
                ImportedRow(number: 6, cells: ["ab", "1e+20"]),
            ])
        #expect(imported.rows[3][2] == "1899-12-31")
        #expect(imported.rows[3][9] == "", "beyond a row's last cell reads as empty")
    }

    @Test("the first visible worksheet in tab order; shared, rich, inline strings; gaps; formats; merged cells")
    func handBuilt() throws {
        // when
        let imported = try SpreadsheetImport.read(try HandBuiltWorkbook().data(), fileName: nil)
        // then
        let farColumn = ["3", "依法行政", "2.5", "", "2026-12-01"] + Array(repeating: "", count: 21) + ["末列"]
        #expect(
            imported.rows == [
                ImportedRow(number: 1, cells: ["序号", "一级指标", "分值", "依法"]),
                ImportedRow(number: 3, cells: farColumn),
                ImportedRow(number: 4, cells: ["2025-01-01", "46357", "85%", "2026-12-01 12:00", "2026-01-05"]),
                ImportedRow(number: 5, cells: ["TRUE", "5.5", "ab", "#DIV/0!", "0.3"]),
                ImportedRow(number: 6, cells: ["第一行\n第二行", "0", "<&>"]),
                ImportedRow(number: 9, cells: ["依法行政"]),
            ])
        #expect(imported.rows[1].cells.count == 27, "AA is the 27th column")
    }

    @Test("a workbook in the 1904 date system counts its dates from 1904-01-01")
    func date1904() throws {
        // given
        var workbook = HandBuiltWorkbook()
        workbook.workbookProperties = "<workbookPr date1904=\"1\"/>"
        workbook.sheet = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>44895</v></c></row>"
        // when
        let imported = try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        // then
        #expect(imported.rows.first?.cells == ["1904-01-01", "2026-12-01"])
    }

    @Test("custom number formats are told apart by their letters, not by quoted text or colours")
    func numberFormats() {
        #expect(XLSXNumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"") == .date)
        #expect(XLSXNumberFormat(code: "[$-804]yyyy/m/d h:mm") == .dateTime(seconds: false))
        #expect(XLSXNumberFormat(code: "mmm-yy") == .date)
        #expect(XLSXNumberFormat(code: "h:mm:ss AM/PM") == .time(seconds: true))
        #expect(XLSXNumberFormat(code: "[h]:mm") == .time(seconds: false))
        #expect(XLSXNumberFormat(code: "0.0%") == .percent)
        #expect(XLSXNumberFormat(code: "#,##0.00\"天数\";[Red]-#,##0.00") == .number)
        #expect(XLSXNumberFormat(code: "General") == .number)
        #expect(XLSXNumberFormat(code: "0.00E+00") == .number)
        #expect(XLSXNumberFormat(builtIn: 31) == .date, "Chinese Excel's yyyy年m月d日")
        #expect(XLSXNumberFormat(builtIn: 20) == .time(seconds: false))
    }

    @Test("a column reference is read as the writer spells it, up to Excel's last column")
    func columnReferences() {
        for number in [1, 26, 27, 52, 703, 16_384] {
            #expect(XLSXCellReference.columnNumber(of: XLSXCellReference.column(number) + "12") == number)
        }
        #expect(XLSXCellReference.columnNumber(of: "XFE1") == nil)
        #expect(XLSXCellReference.columnNumber(of: "12") == nil)
    }

    @Test("a workbook whose worksheets are all chart sheets or missing has no worksheet")
    func noWorksheet() throws {
        // given
        var workbook = HandBuiltWorkbook()
        workbook.sheets = "<sheet name=\"图表\" sheetId=\"1\" r:id=\"rId9\"/>"
        // when / then
        #expect(throws: SpreadsheetInputError.noWorksheet) {
            try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        }
    }

    @Test("an empty sheet has no rows; a cell beyond column XFD or a DTD makes the workbook corrupt")
    func badSheets() throws {
        var workbook = HandBuiltWorkbook()
        workbook.sheet = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>"
        #expect(throws: SpreadsheetInputError.noRows) { try SpreadsheetImport.read(try workbook.data(), fileName: nil) }

        workbook.sheet = "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"
        #expect(throws: SpreadsheetInputError.corrupt("单元格位置「XFE1」无效。")) {
            try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        }

        workbook.sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>"
        #expect(throws: SpreadsheetInputError.corrupt("单元格引用了不存在的共享字符串（99）。")) {
            try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        }

        workbook = HandBuiltWorkbook()
        workbook.doctype = "<!DOCTYPE workbook [<!ENTITY a \"aaaaaaaa\">]>"
        #expect(throws: SpreadsheetInputError.corrupt("xl/workbook.xml 含有不允许的 DTD 声明。")) {
            try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        }
    }

    @Test("a sheet whose rows would pad out to more cells than the limit is refused")
    func tooManyCells() throws {
        // given: one cell in the last column on each row
        let rows = SpreadsheetImport.maximumCells / TableExport.maximumColumns + 1
        var workbook = HandBuiltWorkbook()
        workbook.sheet = (1...rows).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        // when / then
        #expect(throws: SpreadsheetInputError.tooManyCells(limit: SpreadsheetImport.maximumCells)) {
            try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        }
    }

    @Test("a worksheet over 10 MB is read to its last row (libxml2's lookup limit under Foundation on Linux)")
    func largeSheet() throws {
        // given: 400 rows of 30 000 characters each, 12 MB of XML
        let text = String(repeating: "依法行政", count: 2_500)
        var workbook = HandBuiltWorkbook()
        workbook.sheet = (1...400).map {
            "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c><c r=\"B\($0)\" t=\"inlineStr\"><is><t>\(text)</t></is></c></row>"
        }.joined()
        #expect(workbook.sheet.utf8.count > 10_000_000)
        // when
        let imported = try SpreadsheetImport.read(try workbook.data(), fileName: nil)
        // then
        #expect(imported.rows.count == 400)
        #expect(imported.rows.last == ImportedRow(number: 400, cells: ["400", text]))
    }

    @Test("a part that inflates beyond the limit is refused before it is inflated (a ZIP bomb)")
    func zipBomb() throws {
        // given: the worksheet is 128 MB of zeros, a few hundred kilobytes deflated
        let archive = try Archive(accessMode: .create)
        for (path, xml) in HandBuiltWorkbook().parts where path != "xl/worksheets/sheet2.xml" {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try archive.addEntry(
            with: "xl/worksheets/sheet2.xml", type: .file, uncompressedSize: Int64(XLSXArchive.maximumPartBytes + 1),
            compressionMethod: .deflate, bufferSize: 1 << 20
        ) { _, size in Data(count: size) }
        let bomb = try #require(archive.data)
        // when / then
        #expect(bomb.count < SpreadsheetImport.maximumBytes)
        #expect(throws: SpreadsheetInputError.corrupt("xl/worksheets/sheet2.xml 内容过大。")) {
            try SpreadsheetImport.read(bomb, fileName: nil)
        }
    }
}

/// A workbook written part by part, laid out as producers other than our writer lay them out: sheets out of
/// order, a hidden first tab, an absolute relationship target, shared strings and custom number formats.
struct HandBuiltWorkbook {
    var doctype = ""
    var workbookProperties = ""
    /// The tabs in order: a hidden one, then 「指标」 (sheet2.xml, the one to read), then 「明细」 (sheet1.xml).
    var sheets =
        "<sheet name=\"说明\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
        + "<sheet name=\"指标\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"明细\" sheetId=\"1\" r:id=\"rId1\"/>"
    /// The `<sheetData>` of sheet2.xml.
    var sheet = [
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>",
        "<c r=\"C1\" t=\"inlineStr\"><is><r><t>分</t></r><r><rPr><b/></rPr><t>值</t></r></is></c>",
        "<c r=\"D1\" t=\"s\"><v>2</v></c></row>",
        "<row r=\"3\"><c r=\"A3\"><v>3</v></c><c r=\"B3\" t=\"s\"><v>3</v></c><c r=\"C3\" s=\"5\"><v>2.5</v></c>",
        "<c r=\"E3\" s=\"1\"><v>46357</v></c><c r=\"AA3\" t=\"inlineStr\"><is><t>末列</t></is></c></row>",
        "<row r=\"4\"><c r=\"A4\" s=\"2\"><v>45658</v></c><c r=\"B4\"><v>46357</v></c><c r=\"C4\" s=\"3\"><v>0.85</v></c>",
        "<c r=\"D4\" s=\"4\"><v>46357.5</v></c><c r=\"E4\" s=\"6\"><v>46027</v></c></row>",
        "<row r=\"5\"><c r=\"A5\" t=\"b\"><v>1</v></c><c r=\"B5\"><f>A3+C3</f><v>5.5</v></c>",
        "<c r=\"C5\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c r=\"D5\" t=\"e\"><v>#DIV/0!</v></c>",
        "<c r=\"E5\"><v>0.30000000000000004</v></c></row>",
        // Neither the row nor its cells give a reference: row 6, columns A, B, C.
        "<row><c t=\"s\"><v>4</v></c><c><v>-0</v></c><c t=\"s\"><v>5</v></c></row>",
        "<row r=\"8\"><c r=\"A8\" s=\"1\"/><c r=\"B8\" t=\"inlineStr\"><is><t>  </t></is></c></row>",
        // A9:C9 is merged; Excel keeps the value in A9 only.
        "<row r=\"9\"><c r=\"A9\" t=\"s\"><v>3</v></c><c r=\"B9\" s=\"1\"/><c r=\"C9\" s=\"1\"/></row>",
        "<row r=\"10\"><c r=\"A10\" t=\"inlineStr\"><is><t> </t></is></c></row>",
    ].joined()

    private let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    var parts: [(String, String)] {
        [
            ("[Content_Types].xml", XLSXPackage.contentTypes(sheetCount: 3)),
            ("_rels/.rels", XLSXPackage.rootRelationships),
            (
                "xl/workbook.xml",
                OfficePackage.declaration + doctype + "<workbook xmlns=\"\(main)\" xmlns:r=\""
                    + OfficePackage.relationshipNamespace
                    + "\">\(workbookProperties)<sheets>\(sheets)</sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                OfficePackage.relationships([
                    ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "worksheet", "/xl/worksheets/sheet2.xml"),
                    ("rId3", "worksheet", "worksheets/sheet3.xml"), ("rId4", "sharedStrings", "sharedStrings.xml"),
                    ("rId5", "styles", "styles.xml"), ("rId9", "chartsheet", "chartsheets/sheet1.xml"),
                ])
            ),
            ("xl/worksheets/sheet1.xml", worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")),
            ("xl/worksheets/sheet2.xml", worksheet(sheet)),
            ("xl/worksheets/sheet3.xml", worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row>")),
            (
                "xl/sharedStrings.xml",
                "<sst xmlns=\"\(main)\"><si><t>序号</t></si>"
                    + "<si><r><t>一级</t></r><r><rPr><b/><sz val=\"11\"/></rPr><t>指标</t></r></si>"
                    + "<si><t>依法</t><rPh sb=\"0\" eb=\"2\"><t>いほう</t></rPh></si>"
                    + "<si><t xml:space=\"preserve\">  依法行政 </t></si>"
                    + "<si><t>第一行_x000D_\n第二行</t></si><si><t>&lt;&amp;&gt;</t></si></sst>"
            ),
            // Style 1 is a built-in date, 2 a Chinese custom date, 3 a percentage, 4 a date and time, 5 a custom
            // number, 6 a built-in id that the workbook redefines as a date. The named style (cellStyleXfs) has a
            // date format that no cell uses.
            (
                "xl/styles.xml",
                "<styleSheet xmlns=\"\(main)\"><numFmts count=\"3\">"
                    + "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                    + "<numFmt numFmtId=\"166\" formatCode=\"0.00_);[Red]\\(0.00\\)\"/>"
                    + "<numFmt numFmtId=\"2\" formatCode=\"yyyy/mm/dd\"/></numFmts>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"7\">"
                    + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"9\"/>"
                    + "<xf numFmtId=\"22\"/><xf numFmtId=\"166\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>"
            ),
        ]
    }

    func data() throws -> Data { try OfficePackage.archive(parts, failure: "") }

    private func worksheet(_ rows: String) -> String {
        OfficePackage.declaration + "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData>"
            + "<mergeCells count=\"1\"><mergeCell ref=\"A9:C9\"/></mergeCells></worksheet>"
    }
}
