import Foundation

extension IndicatorSystem {
    /// Reads an indicator system from the rows of a sheet, numbered as the spreadsheet numbers them.
    ///
    /// The header row is found by its names (see `IndicatorColumn`), in any order, below any title rows. Group names
    /// may be written once per group (merged cells) or on every row. Points may be given at the scoring indicators
    /// only — a parent's points are then its children's sum — or at every level, and are then checked. Codes left
    /// empty are numbered by position (「1」, 「1.2」, 「1.2.3」). Every problem is reported, each with its row and
    /// column, and nothing is returned unless there are none.
    public static func fromTable(rows: [(number: Int, cells: [String])], name: String = "考核指标体系")
        throws(IndicatorTableError) -> IndicatorSystem
    {
        var reader = try IndicatorTableReader(rows: rows)
        reader.read()
        var builder = Builder(reader: reader)
        let system = IndicatorSystem(
            name: name, indicators: reader.roots.enumerated().map { builder.build($1, path: [$0]) })
        var problems = builder.problems
        for problem in system.problems()
        where !builder.reported.contains(Spot(path: problem.path, field: problem.field)) {
            let column = IndicatorColumn.showing(problem.field, level: problem.path.count)
            problems.append(
                .init(
                    row: builder.rows[problem.path] ?? reader.headerRow, column: reader.header(column),
                    message: problem.message))
        }
        guard problems.isEmpty else {
            let ordered = problems.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }
            throw IndicatorTableError(problems: ordered.map(\.element))
        }
        return system
    }

    /// The same, with the rows numbered from 1 as in a sheet that starts at its first row.
    public static func fromTable(_ rows: [[String]], name: String = "考核指标体系") throws(IndicatorTableError)
        -> IndicatorSystem
    {
        try fromTable(rows: rows.enumerated().map { (number: $0.offset + 1, cells: $0.element) }, name: name)
    }

    /// A field of the indicator at a position in the tree.
    private struct Spot: Hashable {
        let path: [Int]
        let field: IndicatorField
    }

    /// Turns the reader's drafts into indicators, reading each cell and recording where each indicator came from.
    private struct Builder {
        let reader: IndicatorTableReader
        var problems: [IndicatorTableProblem]
        /// The row of each indicator, by its position in the tree.
        var rows: [[Int]: Int] = [:]
        /// Positions and fields already reported while reading cells, so that validation does not repeat them.
        var reported: Set<Spot> = []

        init(reader: IndicatorTableReader) {
            self.reader = reader
            self.problems = reader.problems
        }

        mutating func build(_ index: Int, path: [Int]) -> Indicator {
            let draft = reader.drafts[index]
            let children = draft.children.enumerated().map { build($1, path: path + [$0]) }
            rows[path] = draft.row
            func report(_ column: IndicatorColumn, _ field: IndicatorField, _ message: String) {
                problems.append(.init(row: draft.row, column: reader.header(column), message: message))
                reported.insert(Spot(path: path, field: field))
            }
            let text = { (column: IndicatorColumn) in draft.cells[column] ?? "" }
            var points = Points.zero
            if !text(.points).isEmpty {
                if let given = Points(text(.points)) {
                    points = given
                } else {
                    report(.points, .points, "分值「\(text(.points))」不是数字（最多两位小数）")
                }
            } else if !children.isEmpty {
                points = children.map(\.points).sum()
            } else {
                report(.points, .points, "「\(draft.name)」是末级指标，请填写分值")
            }
            let code = text(.code).isEmpty ? path.map { String($0 + 1) }.joined(separator: ".") : text(.code)
            return Indicator(
                code: code, name: draft.name, points: points, level: draft.level,
                method: method(text, points: points, report), criteria: text(.criteria), evidence: text(.evidence),
                children: children)
        }

        /// The method a row's 评分方式, 计算口径, 计分规则 and 无数据时 cells describe; an empty 评分方式 with a 计算口径
        /// means 自动.
        private func method(
            _ text: (IndicatorColumn) -> String, points: Points,
            _ report: (IndicatorColumn, IndicatorField, String) -> Void
        ) -> IndicatorMethod? {
            let kind = text(.method).replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
                .filter { !$0.isWhitespace }
            let metric = text(.metric)
            switch kind {
            case "" where metric.isEmpty:
                return nil
            case "", "自动", "自动评分", "自动计分", "系统自动":
                let direction = AssessmentMetric.named(metric)?.direction ?? .higherIsBetter
                var rule = ScoringRule.proportional
                do { rule = try ScoringRule.parse(text(.rule), maximum: points, direction) } catch {
                    report(.rule, .rule, error.message)
                }
                guard let noData = NoDataPolicy(label: text(.noData)) else {
                    report(.noData, .noData, "「无数据时」应为「不适用」「得满分」「不得分」或「不计入」")
                    return .automatic(metric: metric, rule: rule, noData: .reviewerDecides)
                }
                return .automatic(metric: metric, rule: rule, noData: noData)
            case "人工", "人工评分", "人工评审", "人工(需佐证)", "人工(无需佐证)":
                if !metric.isEmpty {
                    report(.metric, .metric, "人工评分的指标不需要计算口径；要按平台数据自动计分，请把评分方式改为「自动」")
                }
                let required = kind.hasSuffix("(无需佐证)") ? false : kind.hasSuffix("(需佐证)") || !text(.evidence).isEmpty
                return .manual(evidenceRequired: required)
            default:
                report(.method, .method, "评分方式「\(text(.method))」无法识别，应为「自动」或「人工」")
                return nil
            }
        }
    }
}
