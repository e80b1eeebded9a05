/// The periods of a transfer, each a `DeadlineRule` of 《行政执法机关移送涉嫌犯罪案件的规定》 in `DeadlineRules`: which one
/// runs in a stage, when it ends (computed and explained by `DeadlineCalculator`), and whether a step came late.
public enum TransferDeadlines {
    /// The rule running in `stage`, if any.
    public static func rule(for stage: TransferStage) -> DeadlineRule? {
        stage.runningRuleID.flatMap(DeadlineRules.rule)
    }

    /// The period running in `stage` since the step of `since` (at `time` for the 24-hour handover), or nil.
    public static func running(
        _ stage: TransferStage, since: CivilDate, time: String?, calculator: DeadlineCalculator
    ) -> Deadline? {
        guard let rule = rule(for: stage) else { return nil }
        return try? calculator.compute(rule, start: since, startTime: rule.unit == .hours ? (time ?? "00:00") : nil)
    }

    /// Whether `step`, which ends the running period, was taken after it ran out: a day after the due day, or, for
    /// hours, a later moment on the due day (a step without a time counts from the end of its day).
    public static func isLate(_ step: TransferStep, for deadline: Deadline) -> Bool {
        guard let due = deadline.due else { return false }
        if let dueTime = deadline.dueTime {
            return step.date > due || (step.date == due && (step.time ?? "23:59") > dueTime)
        }
        return step.date > due
    }

    /// Whether the period has run out on `today` at `now` ("HH:mm"): the day after the due day, or, for hours, past the
    /// due time on the due day.
    public static func isOverdue(_ deadline: Deadline, today: CivilDate, now: String = "23:59") -> Bool {
        guard let due = deadline.due else { return false }
        if let dueTime = deadline.dueTime { return today > due || (today == due && now > dueTime) }
        return today > due
    }
}
