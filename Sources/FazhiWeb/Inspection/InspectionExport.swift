import FazhiCore
import FazhiStore
import Foundation

/// A campaign's findings (问题清单) as the offices keep them in Excel: one row per finding with its unit, deadline
/// and where its rectification stands.
enum InspectionExport {
    static let headers = [
        "序号", "问题类别", "问题描述", "整改要求", "整改责任单位", "反馈日期", "整改期限", "状态", "整改报告日期", "销号日期", "延期次数", "重新打开次数",
    ]

    static func table(_ campaign: InspectionCampaignRow, findings: [InspectionFindingRow]) -> TableExport {
        let rows: [[TableCell]] = findings.map { finding in
            [
                TableCell(finding.number), .text(finding.kind.label), .text(finding.description),
                .text(finding.requirement ?? ""), .text(finding.organisationName), .date(finding.raisedOn),
                .date(finding.deadline), .text(finding.standing.label),
                finding.reportedOn.map(TableCell.date) ?? .empty,
                finding.closedOn.map(TableCell.date) ?? .empty, TableCell(finding.extendedCount),
                TableCell(finding.reopenedCount),
            ]
        }
        return TableExport(
            sheetName: String(("问题清单 " + campaign.title).prefix(31)), headers: headers, rows: rows,
            columnWidths: [6, 16, 60, 40, 24, 12, 12, 12, 12, 12, 8, 8])
    }
}
