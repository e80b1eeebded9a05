import Foundation
import Testing

@testable import FazhiCore

@Suite("Powers list sheets")
struct PowerListTableTests {
    func table(_ rows: [[String]], from first: Int = 1) -> ImportedTable {
        ImportedTable(rows: rows.enumerated().map { ImportedRow(number: first + $0.offset, cells: $0.element) })
    }

    @Test("rows with one code, or under a merged code cell, add ranges to one matter")
    func ranges() throws {
        // given
        let sheet = table([
            ["某市市场监督管理局权责清单"],
            ["序号", "事项编码", "事项名称", "职权类型", "法律依据", "违法情节", "适用情形", "罚款下限（元）", "罚款上限(元)", "免罚清单", "轻罚清单", "备注"],
            ["1", "CF-001", "未建立进货查验记录", "处罚", "食品安全法第一百二十六条", "一般", "拒不改正", "5000", "20000", "", "是"],
            ["", "CF-001", "", "", "", "严重", "影响大", "20,000", "50000元"],
            ["", "", "", "", "", "特别严重", "", "50000", "50000"],
            ["2", "XK-001", "食品经营许可", "行政许可类", "食品安全法第三十五条"],
        ])
        // when
        let matters = try PowerListTable.parse(sheet)
        // then
        #expect(matters.map(\.code) == ["CF-001", "XK-001"])
        #expect(matters[0].kind == .penalty)
        #expect(matters[0].benchmark.ranges.map(\.circumstance) == ["一般", "严重", "特别严重"])
        #expect(matters[0].benchmark.ranges[1].minimumFen == 2_000_000)
        #expect(matters[0].benchmark.ranges[1].maximumFen == 5_000_000)
        #expect(matters[0].lightPenalty && !matters[0].noPenalty)
        #expect(matters[1].kind == .licence)
        #expect(matters[1].benchmark.ranges.isEmpty)
    }

    @Test("every bad cell is reported with its row, and nothing is returned")
    func problems() {
        // given
        let sheet = table(
            [
                ["事项编码", "事项名称", "职权类型", "实施依据", "裁量情节", "适用情形", "罚款下限", "罚款上限", "免罚清单"],
                ["", "无编码", "行政处罚", "依据"],
                ["CF-1", "处罚一", "行政处罚", "依据", "一般", "", "abc", "100", "也许"],
                ["CF-1", "处罚一（改）", "", "", "较重", "", "300", "200"],
                ["CF-2", "", "罚没", "依据"],
            ], from: 3)
        // when
        let error = #expect(throws: PowerListError.self) { try PowerListTable.parse(sheet) }
        // then
        #expect(
            error?.problems.map(\.text) == [
                "第 4 行：请填写事项编码",
                "第 5 行：免罚清单应填写「是」或「否」，而不是「也许」",
                "第 5 行：「CF-1」罚款下限「abc」不是金额，请填写元数，如 5000 或 5000.50",
                "第 6 行：「CF-1」的事项名称与第 5 行不同；同一事项的多行只能填写不同的裁量情节",
                "第 6 行：「CF-1」罚款上限（200元）不能低于下限（300元）",
                "第 7 行：「CF-2」请填写事项名称",
                "第 7 行：「CF-2」职权类型「罚没」无法识别，应为「行政处罚」「行政许可」等十类之一",
            ])
        #expect(error?.domainError.fields.first?.field == "row4")
    }

    @Test("a sheet without the header or a required column says so")
    func header() {
        // given
        let noHeader = table([["名称", "金额"], ["甲", "1"]])
        let noBasis = table([["事项编码", "事项名称", "职权类型"], ["A", "B", "行政处罚"]])
        // when
        let first = #expect(throws: PowerListError.self) { try PowerListTable.parse(noHeader) }
        let second = #expect(throws: PowerListError.self) { try PowerListTable.parse(noBasis) }
        let empty = #expect(throws: PowerListError.self) {
            try PowerListTable.parse(table([["事项编码", "事项名称", "职权类型", "实施依据"]]))
        }
        // then
        #expect(first?.problems.first?.row == nil)
        #expect(first?.domainError.fields.first?.field == "file")
        #expect(second?.problems.map(\.text) == ["第 1 行：缺少「实施依据」列"])
        #expect(empty?.problems.map(\.text) == ["第 1 行：表头下面没有事项"])
    }

    @Test("the template reads back through the parser, as CSV and as .xlsx")
    func template() throws {
        // given
        let template = PowerListTable.template
        // when
        let fromCSV = try PowerListTable.parse(try SpreadsheetImport.read(template.csv(), fileName: "模板.csv"))
        let fromXLSX = try PowerListTable.parse(try SpreadsheetImport.read(try template.xlsx(), fileName: "模板.xlsx"))
        // then
        #expect(fromCSV == fromXLSX)
        #expect(fromCSV.map(\.code) == ["CF-SP-001", "XK-SP-001"])
        #expect(fromCSV[0].benchmark.ranges.count == 2)
        #expect(fromCSV[1].kind == .licence)
    }
}
