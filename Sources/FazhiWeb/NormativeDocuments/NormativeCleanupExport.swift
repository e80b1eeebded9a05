import FazhiCore
import FazhiStore
import Foundation

/// A campaign's results as the offices report them (清理结果): one row per document with its decision.
enum NormativeCleanupExport {
    static let headers = ["序号", "文件名称", "文号", "起草单位", "印发日期", "有效期至", "清理决定", "理由", "决定日期", "决定人"]

    static func table(_ campaign: NormativeCleanupRow, items: [NormativeCleanupItemRow]) -> TableExport {
        let rows: [[TableCell]] = items.enumerated().map { index, item in
            [
                TableCell(index + 1), .text(item.title), .text(item.documentNumber ?? ""), .text(item.organisationName),
                item.publishedOn.map(TableCell.date) ?? .empty, item.expiresOn.map(TableCell.date) ?? .empty,
                .text(item.decision?.label ?? "未清理"), .text(item.reason ?? ""),
                item.decidedOn.map(TableCell.date) ?? .empty, .text(item.decidedBy ?? ""),
            ]
        }
        return TableExport(
            sheetName: String(("清理结果 " + campaign.title).prefix(31)), headers: headers, rows: rows,
            columnWidths: [6, 50, 20, 24, 12, 12, 10, 40, 12, 12])
    }
}
