/// Where a task of the ledger stands, as units report it. 逾期 is not stored: it is what 未启动 and 推进中 become when
/// the task's date has passed, so a task is never shown on time because nobody changed a flag.
public enum PlanTaskStatus: String, CaseIterable, Sendable, Codable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    /// 长期推进: standing work with no end date (「长期坚持」, 「每年」).
    case ongoing

    public var label: String {
        switch self {
        case .notStarted: "未启动"
        case .inProgress: "推进中"
        case .done: "已完成"
        case .ongoing: "长期推进"
        }
    }

    /// The status a task starts with: standing and recurring work is 长期推进, the rest 未启动.
    public static func initial(for deadline: PlanDeadline?) -> PlanTaskStatus {
        switch deadline?.kind {
        case .ongoing, .recurring: .ongoing
        default: .notStarted
        }
    }
}

/// A task's status on a given day, as every view shows it.
public enum PlanTaskStanding: String, CaseIterable, Sendable {
    case notStarted = "not_started"
    case inProgress = "in_progress"
    case done
    case overdue
    case ongoing

    /// 逾期 when the task is not done and its last day is before `today`.
    public init(_ status: PlanTaskStatus, due: CivilDate?, today: CivilDate) {
        switch status {
        case .done: self = .done
        case .ongoing: self = .ongoing
        case .notStarted, .inProgress:
            if let due, due < today {
                self = .overdue
            } else {
                self = status == .notStarted ? .notStarted : .inProgress
            }
        }
    }

    public var label: String {
        switch self {
        case .notStarted: "未启动"
        case .inProgress: "推进中"
        case .done: "已完成"
        case .overdue: "逾期"
        case .ongoing: "长期推进"
        }
    }
}
