/// How many findings a group holds and how far their rectification has come, with the rates defined on them.
///
/// Every rate is a count over a count shown beside it, so that a report's rate always reconciles with its own
/// figures: 整改率 = 已销号 ÷ 问题总数; 按期整改率 = 按期销号 ÷ 问题总数. A reopened finding is not closed until it
/// is closed again; a finding is rectified on time when the report that got it closed came in by its deadline (as
/// extended with the office's approval), however long the office then took to decide.
public struct RectificationFigures: Sendable, Equatable, Codable {
    public var total = 0
    public var closed = 0
    public var closedOnTime = 0
    /// Still owed by the unit (待整改), and the deadline has passed.
    public var overdue = 0
    /// Reported by the unit, waiting for the office.
    public var submitted = 0

    public init(total: Int = 0, closed: Int = 0, closedOnTime: Int = 0, overdue: Int = 0, submitted: Int = 0) {
        self.total = total
        self.closed = closed
        self.closedOnTime = closedOnTime
        self.overdue = overdue
        self.submitted = submitted
    }

    /// Findings not closed (待整改 and 待审核, overdue ones included).
    public var open: Int { total - closed }

    /// 整改率 in percent, or nil with no findings: a rate of nothing is not 100 %.
    public var rectificationRate: Double? { total == 0 ? nil : Double(closed) * 100 / Double(total) }
    /// 按期整改率 in percent, or nil with no findings.
    public var onTimeRate: Double? { total == 0 ? nil : Double(closedOnTime) * 100 / Double(total) }

    public static let rectificationDefinition =
        "整改率 = 已销号问题数 ÷ 问题总数。问题总数为统计范围内反馈的全部问题；重新打开后尚未再次销号的问题计为未整改。"
    public static let onTimeDefinition =
        "按期整改率 = 已销号且整改报告在整改期限内（经批准延期的，以延期后的期限为准）提交的问题数 ÷ 问题总数。"
}
