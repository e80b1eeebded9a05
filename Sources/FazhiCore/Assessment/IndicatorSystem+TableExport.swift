extension IndicatorSystem {
    /// The columns `tableRows()` writes, in order.
    public static let tableColumns: [IndicatorColumn] = [
        .code, .level1, .level2, .level3, .points, .method, .metric, .rule, .noData, .criteria, .evidence,
    ]

    /// The system as a sheet that `fromTable` reads back to the same system: the header row, then one row per
    /// indicator, parents included (with their points, which the import then checks), each name in its level's
    /// column.
    public func tableRows() -> [[String]] {
        [Self.tableColumns.map(\.header)] + all.map(Self.row)
    }

    /// The sheet as a table to download (.xlsx or CSV), with points as numbers so that a spreadsheet can sum them.
    public func tableExport(sheetName: String = "考核指标") -> TableExport {
        let pointsColumn = Self.tableColumns.firstIndex(of: .points)!
        let rows = tableRows().dropFirst().map { cells in
            cells.enumerated().map { index, text -> TableCell in
                if index == pointsColumn, let points = Points(text) { return .number(Double(points.hundredths) / 100) }
                return text.isEmpty ? .empty : .text(text)
            }
        }
        return TableExport(sheetName: sheetName, headers: tableRows()[0], rows: rows)
    }

    private static func row(_ indicator: Indicator) -> [String] {
        tableColumns.map { column in
            switch column {
            case .code: indicator.code
            case .level1, .level2, .level3: column.level == indicator.level ? indicator.name : ""
            case .points: indicator.points.text
            case .method: methodText(indicator)
            case .metric: indicator.method?.metricCode ?? ""
            case .rule, .noData: automaticText(indicator, column)
            case .criteria: indicator.criteria
            case .evidence: indicator.evidence
            }
        }
    }

    /// 「自动」, 「人工」, or 「人工（无需佐证）」 for a manual indicator whose evidence text is guidance only.
    private static func methodText(_ indicator: Indicator) -> String {
        switch indicator.method {
        case nil: ""
        case .automatic: "自动"
        case .manual(let required): !required && !indicator.evidence.isEmpty ? "人工（无需佐证）" : "人工"
        }
    }

    private static func automaticText(_ indicator: Indicator, _ column: IndicatorColumn) -> String {
        guard case .automatic(let code, let rule, let noData) = indicator.method else { return "" }
        let direction = AssessmentMetric.named(code)?.direction ?? .higherIsBetter
        return column == .rule ? rule.text(direction) : noData.label
    }
}
