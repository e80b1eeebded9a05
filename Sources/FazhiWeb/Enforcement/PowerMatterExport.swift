import FazhiCore
import FazhiStore

/// A powers list as a sheet in the import's own columns, so that an exported list can be edited and imported again;
/// one row per range (a matter without ranges takes one row), with the body's name in a last column.
enum PowerMatterExport {
    static func table(_ matters: [PowerMatterRow]) -> TableExport {
        var rows: [[TableCell]] = []
        for matter in matters {
            let flag = { (on: Bool) in TableCell.text(on ? "是" : "否") }
            let head: [TableCell] = [
                .text(matter.code), .text(matter.name), .text(matter.kind.label), .text(matter.legalBasis),
            ]
            let tail = [flag(matter.noPenalty), flag(matter.lightPenalty), .text(matter.bodyName)]
            if matter.benchmark.ranges.isEmpty {
                rows.append(head + [.empty, .empty, .empty, .empty] + tail)
            }
            for range in matter.benchmark.ranges {
                rows.append(
                    head + [
                        .text(range.circumstance), .text(range.description), .number(Double(range.minimumFen) / 100),
                        .number(Double(range.maximumFen) / 100),
                    ] + tail)
            }
        }
        return TableExport(
            sheetName: "权责清单", headers: PowerListColumn.allCases.map(\.header) + ["执法主体"], rows: rows,
            columnWidths: [14, 40, 10, 40, 10, 40, 14, 14, 10, 10, 28])
    }
}
