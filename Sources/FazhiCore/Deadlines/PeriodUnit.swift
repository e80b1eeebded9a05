/// How a period is counted. The statute decides: 行政处罚法 art. 85 and 行政复议法 art. 88 make
/// their short periods working days; other day periods are calendar days counted by the
/// civil-procedure rules on 期间 (民事诉讼法 art. 85).
public enum PeriodUnit: String, Sendable, Equatable, Codable, CaseIterable {
    case calendarDays = "calendar_days"
    case workingDays = "working_days"
    case months
    case hours

    public var label: String {
        switch self {
        case .calendarDays: "日（自然日）"
        case .workingDays: "个工作日"
        case .months: "个月"
        case .hours: "小时"
        }
    }
}
