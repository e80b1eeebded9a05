import FazhiCore
import FazhiStore
import Foundation

/// The quarter's catalogue as the spreadsheet filing bodies send up and publish.
enum NormativePublicExport {
    static let headers = ["序号", "文件名称", "文号", "类别", "制定机关", "公布日期", "施行日期", "报送备案日期", "备案登记日期", "备案审查机关", "效力状态"]

    static func catalogue(_ quarter: NormativePublicQuarter, rows: [NormativeDocumentRow], today: CivilDate)
        -> TableExport
    {
        let cells: [[TableCell]] = rows.enumerated().map { index, row in
            func day(_ date: CivilDate?) -> TableCell { date.map(TableCell.date) ?? .empty }
            return [
                TableCell(index + 1), .text(row.title), .text(row.documentNumber ?? ""), .text(row.kind.label),
                .text(row.organisationName), day(row.publishedOn), day(row.effectiveOn), day(row.filedOn),
                day(row.registeredOn), .text(row.filingOrganisationName ?? ""),
                .text(row.status(on: today)?.rawValue ?? ""),
            ]
        }
        return TableExport(
            sheetName: "备案目录\(quarter.year)年第\(quarter.quarter)季度", headers: headers, rows: cells,
            columnWidths: [6, 48, 20, 14, 28, 12, 12, 12, 12, 28, 10])
    }
}
