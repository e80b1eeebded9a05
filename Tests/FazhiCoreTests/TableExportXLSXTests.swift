import Foundation
import Testing

@testable import FazhiCore

@Suite("TableExport: xlsx")
struct TableExportXLSXTests {
    let cases = TableExport(
        sheetName: "案件",
        headers: ["单位", "件数", "期限"],
        rows: [
            [.text("司法局"), TableCell(3), .date(CivilDate(year: 2026, month: 12, day: 1)!)],
            [.text("<&> \"引号\""), .number(2.5), .empty],
            [.text("a\u{1}b\u{B}c"), .empty, .text("_x0041_")],
        ])

    @Test("every required part is in the ZIP and is well-formed XML")
    func requiredParts() throws {
        // when
        let workbook = try XLSXArchive(try cases.xlsx())
        // then
        for path in [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
        ] {
            #expect(try workbook.element(path).name != "", "\(path)")
        }
    }

    @Test("text cells are inline strings, numbers have no type, and dates are serial days in the date style")
    func cellTypes() throws {
        // when
        let cells = try XLSXArchive(try cases.xlsx()).cells(sheet: 1)
        // then
        #expect(cells["A2"] == Cell(type: "inlineStr", style: nil, value: "司法局"))
        #expect(cells["B2"] == Cell(type: nil, style: nil, value: "3"))
        #expect(cells["C2"] == Cell(type: nil, style: String(XLSXStyle.date), value: "46357"))
        #expect(cells["B3"] == Cell(type: nil, style: nil, value: "2.5"))
        #expect(cells["C3"] == nil, "an empty cell is left out")
    }

    @Test("markup is escaped and characters XML forbids are dropped")
    func escaping() throws {
        // when
        let workbook = try XLSXArchive(try cases.xlsx())
        let cells = try workbook.cells(sheet: 1)
        // then
        #expect(cells["A3"]?.value == "<&> \"引号\"")
        #expect(
            try String(decoding: workbook.data("xl/worksheets/sheet1.xml"), as: UTF8.self).contains("&lt;&amp;&gt;"))
        #expect(cells["A4"]?.value == "abc")
        // Excel's own escape is itself escaped, so that Excel shows the text as written.
        #expect(cells["C4"]?.value == "_x005F_x0041_")
    }

    @Test("the header row is bold, frozen and carries the autofilter")
    func header() throws {
        // when
        let workbook = try XLSXArchive(try cases.xlsx())
        let sheet = try workbook.element("xl/worksheets/sheet1.xml")
        let styles = try workbook.element("xl/styles.xml")
        // then
        let header = try workbook.cells(sheet: 1)
        #expect(["A1", "B1", "C1"].map { header[$0]?.style } == Array(repeating: String(XLSXStyle.header), count: 3))
        let formats = try #require(styles.first("cellXfs")).all("xf")
        let boldFont = try #require(Int(formats[XLSXStyle.header].attributes["fontId"] ?? ""))
        #expect(styles.all("font")[boldFont].first("b") != nil)
        let dateFormat = formats[XLSXStyle.date].attributes["numFmtId"]
        #expect(
            styles.all("numFmt").first { $0.attributes["numFmtId"] == dateFormat }?.attributes["formatCode"]
                == "yyyy-mm-dd")
        let pane = try #require(sheet.first("pane"))
        #expect(pane.attributes["state"] == "frozen")
        #expect(pane.attributes["ySplit"] == "1")
        #expect(pane.attributes["topLeftCell"] == "A2")
        #expect(sheet.first("autoFilter")?.attributes["ref"] == "A1:C4")
    }

    @Test("several sheets get valid, unique names and a part each")
    func severalSheets() throws {
        // given
        let names = ["案件/2026", "案件\\2026", "", String(repeating: "表", count: 40)]
        let tables = names.map { TableExport(sheetName: $0, headers: ["a"], rows: [[TableCell(1)]]) }
        // when
        let workbook = try XLSXArchive(try TableExport.xlsx(tables))
        // then
        let sheets = try workbook.element("xl/workbook.xml").all("sheet").map { $0.attributes["name"] ?? "" }
        #expect(sheets == ["案件_2026", "案件_2026 (2)", "Sheet3", String(repeating: "表", count: 31)])
        for number in 1...4 { #expect(try workbook.cells(sheet: number)["A2"]?.value == "1") }
    }

    @Test("no sheets is an error; the same tables give the same bytes")
    func emptyAndDeterministic() throws {
        #expect(throws: DomainError.self) { try TableExport.xlsx([]) }
        #expect(try cases.xlsx() == cases.xlsx())
    }
}

/// One `<c>` of a worksheet as read back.
struct Cell: Equatable {
    let type: String?
    let style: String?
    let value: String
}

/// The raw XML of a workbook written in a test, read through the importer's own archive reader.
extension XLSXArchive {
    func element(_ path: String) throws -> XMLElementTree { try XMLElementTree.parse(data(path)) }

    /// The cells of sheet `number` by reference; the value of a text cell is its `<t>`, of others its `<v>`.
    func cells(sheet number: Int) throws -> [String: Cell] {
        let cells = try element("xl/worksheets/sheet\(number).xml").all("c").map { cell in
            let value = (cell.first("t") ?? cell.first("v"))?.text ?? ""
            return (
                cell.attributes["r"] ?? "", Cell(type: cell.attributes["t"], style: cell.attributes["s"], value: value)
            )
        }
        return Dictionary(cells, uniquingKeysWith: { first, _ in first })
    }
}
