extension PlanDeadline {
    /// What the wording means, in words for the user beside the wording itself: 「2027-06-30」, 「每季度」,
    /// 「长期」, 「自事件起算：之前6个月」.
    public var meaning: String {
        switch kind {
        case .date, .yearEnd, .monthEnd, .byYear: date?.iso ?? "年份未定"
        case .recurring(let r):
            Self.periodNames[r.period]! + (r.month.map { "，\($0)月\(r.day ?? 1)日前" } ?? "")
        case .ongoing: "长期"
        case .relative(let r):
            "自事件起算：\(r.before ? "之前" : "之后")\(r.amount)\(Self.unitNames[r.unit]!)"
        }
    }

    private static let periodNames: [PlanRecurrence.Period: String] = [
        .yearly: "每年", .halfYearly: "每半年", .quarterly: "每季度", .monthly: "每月", .weekly: "每周",
    ]

    private static let unitNames: [PlanRelativeDeadline.Unit: String] = [
        .days: "日", .workingDays: "个工作日", .weeks: "周", .months: "个月", .years: "年",
    ]
}
