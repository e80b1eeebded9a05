import Foundation

/// Reads the rows of an indicator sheet into a tree of drafts: the header found by its names, then each row's
/// indicator placed under the groups above it.
///
/// A row describes the deepest indicator it names. Shallower names open a new group when they differ from the
/// group above, and an empty one carries the group above down, so that three shapes of sheet read the same: one
/// row per scoring indicator with merged (or repeated) group names, one row per indicator of any level, and a mix.
struct IndicatorTableReader {
    struct Draft {
        let row: Int
        let level: Int
        let name: String
        /// The row's cells other than the names, by column; empty for a group opened by a deeper row.
        let cells: [IndicatorColumn: String]
        let parent: Int?
        var children: [Int] = []
    }

    let headerRow: Int
    let columns: [IndicatorColumn: (index: Int, header: String)]
    let levels: Int
    private let rows: ArraySlice<(number: Int, cells: [String])>
    private(set) var drafts: [Draft] = []
    private(set) var roots: [Int] = []
    var problems: [IndicatorTableProblem] = []

    /// Finds the header: the first row with a 一级指标 column, so that a title above it is skipped.
    init(rows: [(number: Int, cells: [String])]) throws(IndicatorTableError) {
        guard
            let headerIndex = rows.firstIndex(where: { $0.cells.contains { IndicatorColumn.recognise($0) == .level1 } })
        else {
            throw IndicatorTableError(problems: [
                IndicatorTableProblem(
                    row: rows.first?.number ?? 1, column: "", message: "找不到表头：表头行应写有「一级指标」「分值」等列名")
            ])
        }
        let header = rows[headerIndex]
        var columns: [IndicatorColumn: (index: Int, header: String)] = [:]
        var problems: [IndicatorTableProblem] = []
        for (index, text) in header.cells.enumerated() {
            guard let column = IndicatorColumn.recognise(text) else { continue }
            let written = text.trimmingCharacters(in: .whitespaces)
            if let first = columns[column] {
                problems.append(.init(row: header.number, column: written, message: "与「\(first.header)」是同一列，只能保留一列"))
            } else {
                columns[column] = (index, written)
            }
        }
        if columns[.points] == nil {
            problems.append(.init(row: header.number, column: "", message: "缺少「分值」列（也可写作「分数」「权重」）"))
        }
        if columns[.level3] != nil && columns[.level2] == nil {
            problems.append(.init(row: header.number, column: "三级指标", message: "有「三级指标」列，却没有「二级指标」列"))
        }
        guard problems.isEmpty else { throw IndicatorTableError(problems: problems) }
        self.headerRow = header.number
        self.columns = columns
        self.levels = columns[.level3] != nil ? 3 : columns[.level2] != nil ? 2 : 1
        self.rows = rows[(headerIndex + 1)...]
    }

    /// The header as the sheet writes it, or the usual one for a column the sheet does not have.
    func header(_ column: IndicatorColumn) -> String { columns[column]?.header ?? column.header }

    func cell(_ row: (number: Int, cells: [String]), _ column: IndicatorColumn) -> String {
        guard let index = columns[column]?.index, index < row.cells.count else { return "" }
        return row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Places every row's indicator in the tree, recording a problem for a row that cannot be placed.
    mutating func read() {
        var open = [Int?](repeating: nil, count: levels + 1)
        for row in rows {
            let names = (0...levels).map { $0 == 0 ? "" : cell(row, .names(level: $0)) }
            guard let deepest = (1...levels).last(where: { !names[$0].isEmpty }) else {
                if IndicatorColumn.allCases.contains(where: { !cell(row, $0).isEmpty }) {
                    problems.append(.init(row: row.number, column: header(.level1), message: "此行有内容，但没有指标名称"))
                }
                continue
            }
            var placed = true
            for level in 1..<deepest {
                if names[level].isEmpty {
                    guard open[level] == nil else { continue }
                    let missing = IndicatorSystem.levelName(level)
                    problems.append(
                        .init(
                            row: row.number, column: header(.names(level: level)),
                            message: "「\(names[deepest])」缺少\(missing)指标：本行和上方都没有\(missing)指标名称"))
                    placed = false
                    break
                }
                if let current = open[level], drafts[current].name == names[level] { continue }
                open[level] = add(row.number, level, names[level], [:], under: level == 1 ? nil : open[level - 1])
                for deeper in (level + 1)...levels { open[deeper] = nil }
            }
            guard placed else { continue }
            let details = IndicatorColumn.allCases.filter { $0.level == nil }.map { ($0, cell(row, $0)) }
            open[deepest] = add(
                row.number, deepest, names[deepest], Dictionary(uniqueKeysWithValues: details),
                under: deepest == 1 ? nil : open[deepest - 1])
            for deeper in (deepest + 1)..<(levels + 1) { open[deeper] = nil }
        }
    }

    private mutating func add(
        _ row: Int, _ level: Int, _ name: String, _ cells: [IndicatorColumn: String], under parent: Int?
    ) -> Int {
        let index = drafts.count
        drafts.append(Draft(row: row, level: level, name: name, cells: cells, parent: parent))
        if let parent { drafts[parent].children.append(index) } else { roots.append(index) }
        return index
    }
}
