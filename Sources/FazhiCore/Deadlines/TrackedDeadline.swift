import Foundation

/// A deadline that the platform watches for an organisation: a matter (事项), the rule that sets its limit, the
/// start and the events so far. Its due date is computed by `DeadlineCalculator` and stored so that reminders and
/// lists can query it; whenever the calendar changes, every open deadline is computed again.
public struct TrackedDeadline: Sendable, Equatable, Codable, Identifiable {
    public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
        /// Still running (or suspended): reminders apply.
        case open
        /// Done with (the act was performed, or the matter ended): kept as a record.
        case closed

        public var label: String {
            switch self {
            case .open: "进行中"
            case .closed: "已办结"
            }
        }
    }

    public let id: UUID
    public let organisationID: UUID
    public let ownerID: UUID
    /// What the limit is for, e.g. 「关于某某公司违法排污案的处罚决定」.
    public let subject: String
    public let ruleID: String
    public let start: CivilDate
    public let startTime: String?
    public let events: [DeadlineEvent]
    public let status: Status
    /// The last day, as computed with the current calendar; nil while suspended.
    public let due: CivilDate?
    public let dueTime: String?
    public let provisional: Bool
    /// The calendar version the due date was computed with.
    public let calendarVersion: Int

    public init(
        id: UUID, organisationID: UUID, ownerID: UUID, subject: String, ruleID: String, start: CivilDate,
        startTime: String?, events: [DeadlineEvent], status: Status, due: CivilDate?, dueTime: String?,
        provisional: Bool, calendarVersion: Int
    ) {
        self.id = id
        self.organisationID = organisationID
        self.ownerID = ownerID
        self.subject = subject
        self.ruleID = ruleID
        self.start = start
        self.startTime = startTime
        self.events = events
        self.status = status
        self.due = due
        self.dueTime = dueTime
        self.provisional = provisional
        self.calendarVersion = calendarVersion
    }
}

/// A change of a deadline's last day caused by something other than its own events: a new or corrected
/// holiday notice. Kept so that the owner and a supervisor can see why the date moved.
public struct DeadlineMove: Sendable, Equatable, Codable {
    public let deadlineID: UUID
    public let at: Date
    public let calendarVersion: Int
    public let oldDue: CivilDate?
    public let newDue: CivilDate?
    public let wasProvisional: Bool
    public let provisional: Bool
    public let reason: String

    public init(
        deadlineID: UUID, at: Date, calendarVersion: Int, oldDue: CivilDate?, newDue: CivilDate?,
        wasProvisional: Bool, provisional: Bool, reason: String
    ) {
        self.deadlineID = deadlineID
        self.at = at
        self.calendarVersion = calendarVersion
        self.oldDue = oldDue
        self.newDue = newDue
        self.wasProvisional = wasProvisional
        self.provisional = provisional
        self.reason = reason
    }

    /// 「届满日由 2027-02-10 调整为 2027-02-18」.
    public var summary: String {
        let from = oldDue?.iso ?? "（中止中）"
        let to = newDue?.iso ?? "（中止中）"
        if oldDue == newDue { return "届满日 \(to) 不变，已不再是暂定结果" }
        return "届满日由 \(from) 调整为 \(to)"
    }
}

/// What a user types to start watching a deadline.
public struct TrackedDeadlineInput: Sendable, Equatable, Codable {
    public var subject: String
    public var ruleID: String
    public var start: CivilDate?
    public var startTime: String?
    public var organisationID: UUID?
    public var ownerID: UUID?

    public init(
        subject: String, ruleID: String, start: CivilDate?, startTime: String? = nil, organisationID: UUID? = nil,
        ownerID: UUID? = nil
    ) {
        self.subject = subject
        self.ruleID = ruleID
        self.start = start
        self.startTime = startTime
        self.organisationID = organisationID
        self.ownerID = ownerID
    }

    /// Checks the fields and resolves the rule; all problems together.
    public func validated() throws(DomainError) -> (subject: String, rule: DeadlineRule, start: CivilDate) {
        var errors: [FieldError] = []
        let subject = subject.trimmingWhitespace
        if subject.isEmpty { errors.append(FieldError("subject", "请填写事项名称")) }
        if subject.count > 200 { errors.append(FieldError("subject", "事项名称不能超过200字")) }
        let rule = DeadlineRules.rule(ruleID)
        if rule == nil { errors.append(FieldError("ruleID", ruleID.isEmpty ? "请选择期限规则" : "未知的期限规则「\(ruleID)」")) }
        if start == nil { errors.append(FieldError("start", "请填写起算日（格式 2026-12-01）")) }
        if rule?.unit == .hours && (startTime ?? "").isEmpty {
            errors.append(FieldError("startTime", "按小时计算的期限须填写起算时刻（如 09:30）"))
        }
        guard errors.isEmpty, let rule, let start else { throw .invalid(errors) }
        return (subject, rule, start)
    }
}
