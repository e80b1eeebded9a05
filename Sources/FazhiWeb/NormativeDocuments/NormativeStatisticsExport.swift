import FazhiCore
import FazhiStore
import Foundation

/// The year's table as a spreadsheet: one row per drafting body, the total last, the definitions below.
enum NormativeStatisticsExport {
    static func table(_ statistics: NormativeStatistics) -> TableExport {
        let figures = NormativeStatisticsFigure.allCases
        func row(_ row: NormativeStatistics.Row) -> [TableCell] {
            var cells: [TableCell] = [.text(row.name)]
            cells += figures.map { TableCell(row.count($0)) }
            cells.append(row.onTimeRate.map { TableCell.number(($0 * 10).rounded() / 10) } ?? .empty)
            return cells
        }
        var rows = statistics.rows.map(row) + [row(statistics.total)]
        rows.append([])
        rows += figures.map { [TableCell.text("\($0.label)：\($0.definition)")] }
        rows.append([.text(NormativeStatisticsFigure.onTimeRateDefinition)])
        return TableExport(
            sheetName: "\(statistics.year)年规范性文件统计", headers: ["起草单位"] + figures.map(\.label) + ["按时报备率（%）"],
            rows: rows, columnWidths: [30] + figures.map { _ in 10 } + [14])
    }
}
