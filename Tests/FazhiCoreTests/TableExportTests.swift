import Foundation
import Testing

@testable import FazhiCore

private let december1 = CivilDate(year: 2026, month: 12, day: 1)!

@Suite("TableExport: CSV")
struct TableExportCSVTests {
    /// The CSV text after its byte order mark, which must be there.
    func csvText(_ rows: [[TableCell]], headers: [String] = []) -> String {
        let data = TableExport(sheetName: "x", headers: headers, rows: rows).csv()
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM")
        return String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test("CRLF line ends, short rows padded, dates as YYYY-MM-DD, whole numbers without a decimal point")
    func layout() {
        // given
        let rows: [[TableCell]] = [[.text("司法局"), TableCell(3), .date(december1)], [.number(2.5)]]
        // when
        let text = csvText(rows, headers: ["单位", "件数", "期限"])
        // then
        #expect(text == "单位,件数,期限\r\n司法局,3,2026-12-01\r\n2.5,,\r\n")
    }

    @Test("fields holding a comma, quote or line break are quoted, and their quotes doubled")
    func quoting() {
        // given
        let row: [TableCell] = [.text("a,b"), .text(#"他说"依法""#), .text("一\n二"), .text("x\ry"), .text("plain")]
        // when
        let text = csvText([row])
        // then
        #expect(text == "\"a,b\",\"他说\"\"依法\"\"\",\"一\n二\",\"x\ry\",plain\r\n")
    }

    @Test(
        "text a spreadsheet would run as a formula gets a leading apostrophe",
        arguments: [
            ("=1+2", "'=1+2"), ("+86", "'+86"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
            (#"=HYPERLINK("http://x","y")"#, #""'=HYPERLINK(""http://x"",""y"")""#), ("a=b", "a=b"),
        ])
    func formulaInjection(input: String, expected: String) {
        #expect(csvText([[.text(input)]]) == expected + "\r\n")
    }

    @Test("a carriage return in front is defused and quoted")
    func leadingCarriageReturn() {
        #expect(csvText([[.text("\r=1")]]) == "\"'\r=1\"\r\n")
    }

    @Test("numbers and dates are never marked, negative ones included; NaN is empty")
    func numbersAreNotDefused() {
        #expect(
            csvText([[.number(-5), .number(-0.25), .number(.nan), .date(december1)]]) == "-5,-0.25,,2026-12-01\r\n")
    }

    @Test("the project's own CSV reader reads the fields back")
    func roundTrip() {
        // given
        let fields = ["呼和浩特市,新城区", "他说\"依法\"", "两\n行", ""]
        // when
        let records = CSVReader.records(csvText([fields.map(TableCell.text)]))
        // then
        #expect(records.map(\.fields) == [fields])
    }
}

@Suite("TableExport: names, references, serial days and widths")
struct TableExportPartsTests {
    @Test(
        "column letters are bijective base 26",
        arguments: [
            (1, "A"), (2, "B"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
            (16_384, "XFD"),
        ])
    func columnLetters(number: Int, letters: String) {
        #expect(XLSXCellReference.column(number) == letters)
    }

    @Test(
        "Excel serial days in the 1900 date system, with its phantom 1900-02-29",
        arguments: [
            ("1900-01-01", 1), ("1900-02-28", 59), ("1900-03-01", 61), ("1970-01-01", 25_569),
            ("2026-12-01", 46_357), ("9999-12-31", 2_958_465),
        ])
    func excelSerial(iso: String, serial: Int) {
        #expect(SpreadsheetText.excelSerial(CivilDate(iso: iso)!) == serial)
    }

    @Test("no serial day before 1900")
    func noSerialBefore1900() {
        #expect(SpreadsheetText.excelSerial(CivilDate(iso: "1899-12-31")!) == nil)
    }

    @Test("sheet names lose forbidden characters and outer apostrophes, and are cut to 31 characters")
    func sanitisedSheetNames() {
        #expect(SheetNames.sanitised("案件[2026]:*?/\\") == "案件_2026______")
        #expect(SheetNames.sanitised("'汇总'") == "汇总")
        #expect(SheetNames.sanitised(String(repeating: "长", count: 40)) == String(repeating: "长", count: 31))
        #expect(SheetNames.sanitised("a\u{1}b") == "ab")
        #expect(SheetNames.sanitised("history") == "history_")
    }

    @Test("sheet names are unique regardless of case, and empty ones are numbered by position")
    func uniqueSheetNames() {
        // given
        let long = String(repeating: "长", count: 31)
        // when
        let names = SheetNames.unique(["案件", "案件", "Cases", "CASES", "", long, long])
        // then
        #expect(
            names == [
                "案件", "案件 (2)", "Cases", "CASES (2)", "Sheet5", long, String(repeating: "长", count: 27) + " (2)",
            ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test("CJK characters count as two columns, and the widest line of a text counts")
    func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("司法局") == 6)
        #expect(DisplayWidth.of("ａ１") == 4)
        #expect(DisplayWidth.of("ab\n司法局\nc") == 6)
    }

    @Test("columns take the given widths, or are sized to their content within bounds")
    func columnWidths() {
        // given
        let rows: [[TableCell]] = [
            [.text("x"), .text("行政复议决定书"), .text(String(repeating: "长", count: 100)), .date(december1)]
        ]
        let table = TableExport(sheetName: "x", headers: ["a", "b", "c", "d"], rows: rows, columnWidths: [20])
        // when
        let widths = XLSXWorksheet(table: table, isFirstSheet: true).columnWidths(4)
        // then: the header leaves 3 for its filter button, and every column has a margin of 2
        #expect(widths == [20, 16, 60, 12])
    }
}
