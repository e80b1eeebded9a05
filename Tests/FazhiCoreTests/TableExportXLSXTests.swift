import Foundation
import Testing
import ZIPFoundation

@testable import FazhiCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
        let workbook = try XLSXReader(try cases.xlsx())
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
        let cells = try XLSXReader(try cases.xlsx()).cells(sheet: 1)
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
        let workbook = try XLSXReader(try cases.xlsx())
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
        let workbook = try XLSXReader(try cases.xlsx())
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
        let workbook = try XLSXReader(try TableExport.xlsx(tables))
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

/// Reads the parts of an .xlsx produced in a test.
struct XLSXReader {
    let archive: Archive

    init(_ data: Data) throws { archive = try Archive(data: data, accessMode: .read) }

    func data(_ path: String) throws -> Data {
        let entry = try #require(archive[path], "\(path) missing")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

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

/// An XML element read back with its attributes, children and text; names are as written, without
/// namespace processing (SpreadsheetML parts use a default namespace, so the names have no prefix).
final class XMLElementTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element named `name` below this one, in document order.
    func all(_ name: String) -> [XMLElementTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func first(_ name: String) -> XMLElementTree? { all(name).first }

    static func parse(_ data: Data) throws -> XMLElementTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        try #require(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return try #require(builder.root.children.first)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let root = XMLElementTree(name: "", attributes: [:])
        private var open: [XMLElementTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLElementTree(name: elementName, attributes: attributes)
            (open.last ?? root).children.append(element)
            open.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { open.last?.text += string }
    }
}
