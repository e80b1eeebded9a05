import Foundation

/// Reads a powers list (权责清单) with its discretion benchmarks from an uploaded sheet.
///
/// The header row is found by its names (see `PowerListColumn`), in any order, below any title rows. A matter takes
/// one row per range of its benchmark: rows with the same code (or with the code left empty under a merged cell)
/// add ranges to one matter; its name, kind and basis are read from its first row, and a later row that says
/// otherwise is reported. Every problem is reported with its row, and nothing is returned unless there are none.
public enum PowerListTable {
    /// The matters of `table`, in the order of their first rows.
    public static func parse(_ table: ImportedTable) throws(PowerListError) -> [PowerMatterInput.Valid] {
        guard
            let headerIndex = table.rows.prefix(20).firstIndex(where: { row in
                let columns = Set(row.cells.compactMap(PowerListColumn.recognise))
                return columns.contains(.code) && columns.contains(.name)
            })
        else {
            throw PowerListError(problems: [
                PowerListProblem(
                    row: nil,
                    message: "没有找到表头：表格中应有「事项编码」「事项名称」「职权类型」「实施依据」等列，请下载导入模板对照")
            ])
        }
        let header = table.rows[headerIndex]
        var columns: [PowerListColumn: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            if let column = PowerListColumn.recognise(cell), columns[column] == nil { columns[column] = index }
        }
        var problems: [PowerListProblem] = []
        for column in [PowerListColumn.kind, .legalBasis] where columns[column] == nil {
            problems.append(PowerListProblem(row: header.number, message: "缺少「\(column.header)」列"))
        }
        guard problems.isEmpty else { throw PowerListError(problems: problems) }
        var reader = Reader(columns: columns)
        for row in table.rows[(headerIndex + 1)...] { reader.read(row) }
        problems = reader.problems
        if reader.drafts.isEmpty && problems.isEmpty {
            problems.append(PowerListProblem(row: header.number, message: "表头下面没有事项"))
        }
        var matters: [PowerMatterInput.Valid] = []
        for draft in reader.drafts {
            do {
                matters.append(try draft.input.validated())
            } catch {
                for field in error.fields {
                    let row = PowerMatterInput.rangeIndex(of: field.field).map { draft.rangeRows[$0] } ?? draft.row
                    problems.append(PowerListProblem(row: row, message: "「\(draft.code)」\(field.message)"))
                }
            }
        }
        guard problems.isEmpty else {
            let ordered = problems.enumerated().sorted {
                ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset)
            }
            throw PowerListError(problems: ordered.map(\.element))
        }
        return matters
    }

    /// A matter gathered from its rows.
    struct Draft {
        let row: Int
        let code: String
        var input: PowerMatterInput
        /// The row of each range, by its index in `input.ranges`.
        var rangeRows: [Int] = []
    }

    struct Reader {
        let columns: [PowerListColumn: Int]
        var drafts: [Draft] = []
        var problems: [PowerListProblem] = []
        private var byCode: [String: Int] = [:]

        init(columns: [PowerListColumn: Int]) { self.columns = columns }

        func cell(_ row: ImportedRow, _ column: PowerListColumn) -> String {
            columns[column].map { row[$0] } ?? ""
        }

        mutating func read(_ row: ImportedRow) {
            guard PowerListColumn.allCases.contains(where: { !cell(row, $0).isEmpty }) else { return }
            let code = cell(row, .code)
            var index: Int
            if code.isEmpty {
                guard let last = drafts.indices.last else {
                    problems.append(PowerListProblem(row: row.number, message: "请填写事项编码"))
                    return
                }
                index = last
            } else if let existing = byCode[code] {
                index = existing
            } else {
                index = drafts.count
                byCode[code] = index
                drafts.append(
                    Draft(
                        row: row.number, code: code,
                        input: PowerMatterInput(
                            code: code, name: cell(row, .name), kind: Self.kind(cell(row, .kind)),
                            legalBasis: cell(row, .legalBasis))))
            }
            check(row, index)
            let flags = (flag(row, .noPenalty), flag(row, .lightPenalty))
            drafts[index].input.noPenalty = drafts[index].input.noPenalty || flags.0
            drafts[index].input.lightPenalty = drafts[index].input.lightPenalty || flags.1
            let range = PowerMatterInput.Range(
                circumstance: cell(row, .circumstance), description: cell(row, .description),
                minimum: cell(row, .minimum), maximum: cell(row, .maximum))
            if !range.isBlank {
                drafts[index].input.ranges.append(range)
                drafts[index].rangeRows.append(row.number)
            }
        }

        /// A later row of a matter must not name it differently.
        private mutating func check(_ row: ImportedRow, _ index: Int) {
            let draft = drafts[index]
            guard draft.row != row.number else { return }
            let given: [(PowerListColumn, String?)] = [
                (.name, draft.input.name), (.kind, draft.input.kind), (.legalBasis, draft.input.legalBasis),
            ]
            for (column, first) in given {
                var text = cell(row, column)
                if column == .kind { text = Self.kind(text) }
                if !text.isEmpty && text != (first ?? "") {
                    problems.append(
                        PowerListProblem(
                            row: row.number,
                            message: "「\(draft.code)」的\(column.header)与第 \(draft.row) 行不同；同一事项的多行只能填写不同的裁量情节"))
                }
            }
        }

        private mutating func flag(_ row: ImportedRow, _ column: PowerListColumn) -> Bool {
            let text = cell(row, column)
            switch text.lowercased() {
            case "", "否", "不列入", "n", "no", "0", "×", "✗", "无": return false
            case "是", "列入", "y", "yes", "1", "√", "✓", "✔", "有": return true
            default:
                problems.append(
                    PowerListProblem(row: row.number, message: "\(column.header)应填写「是」或「否」，而不是「\(text.prefix(20))」"))
                return false
            }
        }

        /// 「处罚」 and 「行政处罚类」 read as 「行政处罚」.
        static func kind(_ text: String) -> String {
            var trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("类") { trimmed.removeLast() }
            if PowerKind(text: trimmed) == nil, let kind = PowerKind(text: "行政" + trimmed) { return kind.label }
            return trimmed
        }
    }
}

/// A problem of an imported powers list: the row as the spreadsheet numbers it (nil for the table as a whole) and
/// what to change, in Chinese.
public struct PowerListProblem: Hashable, Sendable {
    public let row: Int?
    public let message: String

    public init(row: Int?, message: String) {
        self.row = row
        self.message = message
    }

    /// 「第 5 行：…」.
    public var text: String { row.map { "第 \($0) 行：\(message)" } ?? message }
}

/// Every problem of a sheet, so that the user fixes them all in one pass.
public struct PowerListError: Error, Hashable, Sendable {
    public let problems: [PowerListProblem]

    /// The problems as field errors (`row<N>`, or `file` for the table as a whole), for the usual error mapping.
    public var domainError: DomainError {
        .invalid(problems.map { FieldError($0.row.map { "row\($0)" } ?? "file", $0.text) })
    }
}
