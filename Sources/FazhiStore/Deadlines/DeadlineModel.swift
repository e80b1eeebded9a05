import FazhiCore
import Fluent
import Foundation

/// Table `deadlines`. Dates are stored as ISO text (`YYYY-MM-DD`) so that they sort and compare the same on
/// SQLite and PostgreSQL; events as JSON.
final class DeadlineModel: Model, @unchecked Sendable {
    static let schema = "deadlines"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "subject") var subject: String
    @Field(key: "rule_id") var ruleID: String
    @Field(key: "start_date") var startDate: String
    @OptionalField(key: "start_time") var startTime: String?
    @Field(key: "events") var events: String
    @Field(key: "status") var status: String
    @OptionalField(key: "due_date") var dueDate: String?
    @OptionalField(key: "due_time") var dueTime: String?
    @Field(key: "provisional") var provisional: Bool
    @Field(key: "calendar_version") var calendarVersion: Int
    @OptionalField(key: "reminded_due_soon_for") var remindedDueSoonFor: String?
    @OptionalField(key: "reminded_overdue_for") var remindedOverdueFor: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?

    init() {}

    var decodedEvents: [DeadlineEvent] {
        get throws { try JSONDecoder().decode([DeadlineEvent].self, from: Data(events.utf8)) }
    }

    var domain: TrackedDeadline {
        get throws {
            TrackedDeadline(
                id: id!, organisationID: $organisation.id, ownerID: ownerID, subject: subject, ruleID: ruleID,
                start: CivilDate(iso: startDate)!, startTime: startTime, events: try decodedEvents,
                status: TrackedDeadline.Status(rawValue: status) ?? .open, due: dueDate.flatMap(CivilDate.init(iso:)),
                dueTime: dueTime, provisional: provisional, calendarVersion: calendarVersion)
        }
    }

    /// Stores the result of a computation.
    func apply(_ deadline: Deadline, version: Int) {
        dueDate = deadline.due?.iso
        dueTime = deadline.dueTime
        provisional = deadline.provisional
        calendarVersion = version
    }

    static func encode(_ events: [DeadlineEvent]) throws -> String { try AuditChange.canonicalJSON(events) }
}

/// Table `deadline_moves`.
final class DeadlineMoveModel: Model, @unchecked Sendable {
    static let schema = "deadline_moves"

    @ID(key: .id) var id: UUID?
    @Field(key: "deadline_id") var deadlineID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "calendar_version") var calendarVersion: Int
    @OptionalField(key: "old_due") var oldDue: String?
    @OptionalField(key: "new_due") var newDue: String?
    @Field(key: "was_provisional") var wasProvisional: Bool
    @Field(key: "provisional") var provisional: Bool
    @Field(key: "reason") var reason: String

    init() {}

    var domain: DeadlineMove {
        DeadlineMove(
            deadlineID: deadlineID, at: at, calendarVersion: calendarVersion,
            oldDue: oldDue.flatMap(CivilDate.init(iso:)), newDue: newDue.flatMap(CivilDate.init(iso:)),
            wasProvisional: wasProvisional, provisional: provisional, reason: reason)
    }
}
