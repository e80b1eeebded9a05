extension DemoRegion {
    /// A watched deadline of the demo, started a number of days before the day the demo is loaded, so that the
    /// demo always shows limits far away, due soon, overdue, and running into a provisional year.
    public struct DemoDeadline: Sendable, Equatable {
        public let subject: String
        public let ruleID: String
        public let startedDaysAgo: Int
        public let owner: String
    }

    public static let deadlines: [DemoDeadline] = [
        DemoDeadline(
            subject: "某餐饮店超范围经营案 · 作出处罚决定", ruleID: "punishment.decision", startedDaysAgo: 10,
            owner: "demo-legal"),
        DemoDeadline(
            subject: "某超市销售过期食品案 · 作出处罚决定", ruleID: "punishment.decision", startedDaysAgo: 86,
            owner: "demo-legal"),
        DemoDeadline(
            subject: "某药店案 · 当事人要求听证", ruleID: "punishment.hearing-request", startedDaysAgo: 2,
            owner: "demo-officer"),
        DemoDeadline(
            subject: "某企业政府信息公开申请 · 答复", ruleID: "disclosure.reply", startedDaysAgo: 35,
            owner: "demo-officer"),
    ]
}
