import FazhiCore
import FazhiStore
import Foundation

/// The ledger as a table, the way offices keep it in Excel: one row per task with its chapter and item, its
/// units by role, the deadline as worded and as a date, and where it stands.
enum PlanExport {
    static let headers = [
        "编号", "章", "条目", "任务", "牵头单位", "责任单位", "配合单位", "时限（原文）", "完成时限", "状态", "责任人", "进展报告数",
    ]

    static func table(_ plan: PlanListing, items: [PlanItemRow], tasks: [PlanTaskRow]) -> TableExport {
        let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        func chapter(of item: PlanItemRow) -> PlanItemRow {
            var current = item
            while let parent = current.parentID.flatMap({ byID[$0] }) { current = parent }
            return current
        }
        let rows: [[TableCell]] = tasks.map { task in
            let item = byID[task.itemID]
            let top = item.map(chapter(of:))
            func units(_ role: PlanUnit.Role) -> TableCell {
                .text(task.units.filter { $0.role == role }.map(\.name).joined(separator: "、"))
            }
            return [
                .text(task.code),
                .text(top.map { $0.marker + ($0.title ?? "") } ?? ""),
                .text(item.map { $0.marker + ($0.title ?? "") } ?? ""),
                .text(task.body),
                units(.lead), units(.responsible), units(.cooperating),
                .text(task.deadlineText ?? ""),
                task.due.map(TableCell.date) ?? .empty,
                .text(task.standing.label),
                .text(task.responsiblePerson ?? ""),
                TableCell(task.progressCount),
            ]
        }
        return TableExport(
            sheetName: String(plan.title.prefix(31)), headers: headers, rows: rows,
            columnWidths: [8, 24, 30, 60, 18, 24, 24, 16, 12, 10, 10, 10])
    }
}
