import FazhiCore
import Foundation

/// A plan in the ledger list, with where its tasks stand today.
public struct PlanListing: Sendable, Equatable {
    public var id: UUID
    public var title: String
    public var organisationName: String
    public var sourceName: String
    public var sourceSHA256: String
    public var importedAt: Date
    /// The tasks the viewer sees: all of them for the plan's own office, else those of the viewer's units.
    public var counts: PlanTaskCounts
    /// Whether the viewer sees the whole plan (its organisation is in their scope).
    public var wholePlan: Bool
}

/// How many tasks stand where.
public struct PlanTaskCounts: Sendable, Equatable {
    public var total = 0
    public var notStarted = 0
    public var inProgress = 0
    public var done = 0
    public var overdue = 0
    public var ongoing = 0

    public init() {}

    public mutating func add(_ standing: PlanTaskStanding, count: Int = 1) {
        total += count
        switch standing {
        case .notStarted: notStarted += count
        case .inProgress: inProgress += count
        case .done: done += count
        case .overdue: overdue += count
        case .ongoing: ongoing += count
        }
    }

    /// 完成率: done tasks over tasks with an end (standing work, 长期推进, has none and is left out), in percent.
    public var completionRate: Double? {
        let finite = total - ongoing
        return finite > 0 ? Double(done) * 100 / Double(finite) : nil
    }
}

/// A unit a task is assigned to.
public struct PlanTaskUnit: Sendable, Equatable {
    public var organisationID: UUID
    public var name: String
    public var path: OrgPath
    public var role: PlanUnit.Role
}

/// A task as the ledger lists it.
public struct PlanTaskRow: Sendable, Equatable {
    public var id: UUID
    public var planID: UUID
    public var itemID: UUID
    public var code: String
    public var body: String
    public var deadlineText: String?
    public var deadlineKind: String?
    public var due: CivilDate?
    public var status: PlanTaskStatus
    public var standing: PlanTaskStanding
    public var responsiblePerson: String?
    public var progressCount: Int
    public var units: [PlanTaskUnit]
    public var updatedAt: Date
}

/// A heading of the plan's tree (chapter, section, item).
public struct PlanItemRow: Sendable, Equatable {
    public var id: UUID
    public var parentID: UUID?
    public var kind: PlanNodeKind
    public var level: Int
    public var marker: String
    public var title: String?
    public var body: String
    public var unitsText: String?
}

/// One unit's share of a plan.
public struct PlanUnitStanding: Sendable, Equatable {
    public var organisationID: UUID
    public var name: String
    public var lead: Int
    public var counts: PlanTaskCounts
}

/// A progress report on a task.
public struct PlanProgressRow: Sendable, Equatable {
    public var id: UUID
    public var organisationName: String
    public var authorName: String
    public var at: Date
    public var body: String
    public var status: PlanTaskStatus
    public var evidence: [EvidenceFile]
}

/// Which tasks a list shows.
public struct PlanTaskFilter: Sendable, Equatable {
    public var itemID: UUID?
    public var organisationID: UUID?
    public var standing: PlanTaskStanding?
    /// Sort by due date (undated last) instead of plan order.
    public var byDeadline = false
    public var limit = 200
    public var offset = 0

    public init(
        itemID: UUID? = nil, organisationID: UUID? = nil, standing: PlanTaskStanding? = nil, byDeadline: Bool = false,
        limit: Int = 200, offset: Int = 0
    ) {
        self.itemID = itemID
        self.organisationID = organisationID
        self.standing = standing
        self.byDeadline = byDeadline
        self.limit = limit
        self.offset = offset
    }
}
