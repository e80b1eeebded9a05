/// A column of an indicator sheet, recognised by its header in any order and under the names schemes use.
public enum IndicatorColumn: String, CaseIterable, Hashable, Sendable {
    case code, level1, level2, level3, points, method, metric, rule, noData, criteria, evidence

    /// The header `tableRows()` writes.
    public var header: String {
        switch self {
        case .code: "编号"
        case .level1: "一级指标"
        case .level2: "二级指标"
        case .level3: "三级指标"
        case .points: "分值"
        case .method: "评分方式"
        case .metric: "计算口径"
        case .rule: "计分规则"
        case .noData: "无数据时"
        case .criteria: "评分标准"
        case .evidence: "佐证材料"
        }
    }

    /// Every header read as this column. 「指标代码」 names the platform's figure (the metric), as in the sheets the
    /// offices keep; the indicator's own number is 「编号」.
    var aliases: [String] {
        switch self {
        case .code: ["编号", "指标编号", "序号", "指标序号"]
        case .level1: ["一级指标", "一级指标名称"]
        case .level2: ["二级指标", "二级指标名称"]
        case .level3: ["三级指标", "三级指标名称"]
        case .points: ["分值", "分数", "权重", "标准分", "分值权重"]
        case .method: ["评分方式", "考核方式", "评价方式", "评估方式"]
        case .metric: ["计算口径", "指标代码", "数据口径", "口径代码"]
        case .rule: ["计分规则", "自动计分规则", "计分办法"]
        case .noData: ["无数据时", "无数据处理", "无数据时计分"]
        case .criteria: ["评分标准", "评分细则", "考核标准", "评分说明"]
        case .evidence: ["佐证材料", "佐证材料要求", "佐证资料", "证明材料"]
        }
    }

    /// The level of a name column.
    var level: Int? {
        switch self {
        case .level1: 1
        case .level2: 2
        case .level3: 3
        default: nil
        }
    }

    static func names(level: Int) -> IndicatorColumn { [.level1, .level2, .level3][level - 1] }

    /// The column a header names, ignoring spaces and a trailing note in brackets (「分值（分）」,
    /// 「评分方式（自动/人工）」); nil for a column the import does not read (「备注」).
    static func recognise(_ header: String) -> IndicatorColumn? {
        var text = Points.halfWidth(header).filter { !$0.isWhitespace && $0 != "*" }
        if let bracket = text.firstIndex(where: { $0 == "（" || $0 == "(" }), bracket != text.startIndex {
            text = String(text[..<bracket])
        }
        return allCases.first { $0.aliases.contains(text) }
    }

    /// Where a problem with `field` of an indicator at `level` is shown.
    static func showing(_ field: IndicatorField, level: Int) -> IndicatorColumn {
        switch field {
        case .code: .code
        case .name, .level: names(level: min(max(level, 1), 3))
        case .points: .points
        case .method: .method
        case .metric: .metric
        case .rule: .rule
        case .noData: .noData
        case .criteria: .criteria
        case .evidence: .evidence
        }
    }
}

/// A problem of an imported sheet: the row as the spreadsheet numbers it, the column as its header reads, and
/// what to change, in Chinese.
public struct IndicatorTableProblem: Hashable, Sendable {
    public let row: Int
    public let column: String
    public let message: String

    public init(row: Int, column: String, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    /// 「第5行「分值」：…」.
    public var text: String { column.isEmpty ? "第\(row)行：\(message)" : "第\(row)行「\(column)」：\(message)" }
}

/// Every problem of a sheet, so that the user fixes them all in one pass.
public struct IndicatorTableError: Error, Hashable, Sendable {
    public let problems: [IndicatorTableProblem]

    /// The problems as field errors (field `row<N>`), for the web layer's usual error mapping.
    public var domainError: DomainError { .invalid(problems.map { FieldError("row\($0.row)", $0.text) }) }
}
