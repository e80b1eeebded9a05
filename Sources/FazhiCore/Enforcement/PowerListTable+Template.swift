extension PowerListTable {
    /// The sheet users download, fill in and upload: the headers `parse` reads first, and rows showing a penalty
    /// matter with two ranges (one row each, the code repeated) and a licence matter without a benchmark.
    public static var template: TableExport {
        let basis = "《中华人民共和国食品安全法》第一百二十六条第一款第（三）项"
        let rows: [[TableCell]] = [
            [
                .text("CF-SP-001"), .text("对食品经营者未按规定建立并遵守进货查验记录制度的行政处罚"), .text(PowerKind.penalty.label),
                .text(basis), .text("一般"), .text("经责令改正拒不改正，涉及食品品种较少"), TableCell(5000), TableCell(20000),
                .text("否"), .text("是"),
            ],
            [
                .text("CF-SP-001"), .empty, .empty, .empty, .text("严重"), .text("拒不改正且涉及品种多、影响范围广"),
                TableCell(20000), TableCell(50000),
            ],
            [
                .text("XK-SP-001"), .text("食品经营许可"), .text(PowerKind.licence.label),
                .text("《中华人民共和国食品安全法》第三十五条第一款"),
            ],
        ]
        return TableExport(
            sheetName: "权责清单导入模板", headers: PowerListColumn.allCases.map(\.header), rows: rows,
            columnWidths: [14, 40, 10, 40, 10, 40, 14, 14, 10, 10])
    }
}
