import Foundation

/// A figure with the records behind it: the denominator's records and, among them, the numerator's, so that a
/// click on either number lists exactly the records it counts.
public struct MetricCount: Hashable, Sendable {
    /// The records of the denominator, in the order given.
    public let counted: [UUID]
    /// The records of the numerator, a subset of `counted`, in the same order.
    public let met: [UUID]

    public var value: MetricValue { MetricValue(numerator: met.count, denominator: counted.count) }

    /// The records counted but not met: the ones to look at first.
    public var missed: [UUID] {
        let metSet = Set(met)
        return counted.filter { !metSet.contains($0) }
    }

    /// Counts `records` placed in `period` by `placedOn`, and those among them that `isMet`. A record without the
    /// day that places it is not counted at all: it has no period.
    static func count<Record>(
        _ records: [Record], in period: AssessmentPeriod, id: (Record) -> UUID, placedOn: (Record) -> CivilDate?,
        isMet: (Record) -> Bool
    ) -> MetricCount {
        let counted = records.filter { placedOn($0).map(period.contains) ?? false }
        return MetricCount(counted: counted.map(id), met: counted.filter(isMet).map(id))
    }
}

/// A unit's share of a ledger task, as the task figures count it.
public struct TaskAssignmentFact: Hashable, Sendable {
    public let id: UUID
    public let role: PlanUnit.Role
    public let status: PlanTaskStatus
    public let due: CivilDate?
    /// The day the task was marked done (Beijing time); nil while not done.
    public let completedOn: CivilDate?

    public init(id: UUID, role: PlanUnit.Role, status: PlanTaskStatus, due: CivilDate?, completedOn: CivilDate?) {
        self.id = id
        self.role = role
        self.status = status
        self.due = due
        self.completedOn = completedOn
    }

    /// Units that answer for the task: the lead, or a 责任单位 where the plan names no lead (plans such as Ningxia's
    /// name only 责任单位, and leaving them out would leave most units without a figure). 配合单位 are not scored on it.
    var answersForTask: Bool { role != .cooperating }

    /// The day that places the task in a period: its due date, unless it is standing work (长期推进), which has none.
    var placedOn: CivilDate? { answersForTask && status != .ongoing ? due : nil }

    var doneOn: CivilDate? { status == .done ? completedOn : nil }
}

/// An inspection finding (督察问题), as the rectification figures count it.
public struct FindingFact: Hashable, Sendable {
    public let id: UUID
    public let raisedOn: CivilDate
    /// The rectification deadline, as extended with the office's approval.
    public let deadline: CivilDate
    /// The day the finding was closed (销号); nil while open, submitted or reopened.
    public let closedOn: CivilDate?
    /// The day the unit submitted the report that got it closed; nil unless closed.
    public let reportedOn: CivilDate?

    public init(id: UUID, raisedOn: CivilDate, deadline: CivilDate, closedOn: CivilDate?, reportedOn: CivilDate?) {
        self.id = id
        self.raisedOn = raisedOn
        self.deadline = deadline
        self.closedOn = closedOn
        self.reportedOn = reportedOn
    }
}

/// A statutory deadline a unit had to meet, as `deadlines.met` counts it.
public struct DeadlineFact: Hashable, Sendable {
    public let id: UUID
    /// The last day as computed (after extensions and suspensions); nil while suspended.
    public let due: CivilDate?
    /// The day the matter was done; nil while open.
    public let closedOn: CivilDate?

    public init(id: UUID, due: CivilDate?, closedOn: CivilDate?) {
        self.id = id
        self.due = due
        self.closedOn = closedOn
    }
}

/// The counting of every available figure, following `AssessmentMetric.catalogue`'s definitions. The store may
/// count in SQL for speed; these functions are the reference its results are tested against.
public enum MetricCounting {
    /// `plan.tasks.on_time`: done on or before the due date.
    public static func tasksOnTime(_ tasks: [TaskAssignmentFact], in period: AssessmentPeriod) -> MetricCount {
        .count(tasks, in: period, id: \.id, placedOn: \.placedOn) { task in
            guard let done = task.doneOn, let due = task.due else { return false }
            return done <= due
        }
    }

    /// `plan.tasks.completed`: done by the period's last day, late or not.
    public static func tasksCompleted(_ tasks: [TaskAssignmentFact], in period: AssessmentPeriod) -> MetricCount {
        .count(tasks, in: period, id: \.id, placedOn: \.placedOn) { $0.doneOn.map { $0 <= period.last } ?? false }
    }

    /// `inspection.findings.rectified`: raised in the period, closed by its last day.
    public static func findingsRectified(_ findings: [FindingFact], in period: AssessmentPeriod) -> MetricCount {
        .count(findings, in: period, id: \.id, placedOn: \.raisedOn) { $0.closedOn.map { $0 <= period.last } ?? false }
    }

    /// `inspection.findings.rectified_on_time`: deadline in the period, closed on a report made by the deadline.
    public static func findingsRectifiedOnTime(_ findings: [FindingFact], in period: AssessmentPeriod) -> MetricCount {
        .count(findings, in: period, id: \.id, placedOn: \.deadline) { finding in
            guard finding.closedOn != nil, let reported = finding.reportedOn else { return false }
            return reported <= finding.deadline
        }
    }

    /// `deadlines.met`: due in the period, done by the due day.
    public static func deadlinesMet(_ deadlines: [DeadlineFact], in period: AssessmentPeriod) -> MetricCount {
        .count(deadlines, in: period, id: \.id, placedOn: \.due) { deadline in
            guard let closed = deadline.closedOn, let due = deadline.due else { return false }
            return closed <= due
        }
    }
}
