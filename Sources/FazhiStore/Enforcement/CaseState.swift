import FazhiCore
import Foundation
import SQLKit

/// A case as the recorder holds it while a batch is applied: its row's identity and its facts.
struct CaseState: Sendable {
    var id: UUID
    var reference: String
    var matterName: String
    var facts: CaseFacts
    /// The facts as stored before this batch (nil for a new case): the statistics add `facts − original`.
    var original: CaseFacts?
    var eventCount: Int
    var isNew: Bool
    var changed = false
    var published: Bool
    var publicityDue: String?
    var createdAt: Date

    static func decode(_ row: any SQLRow) throws -> CaseState {
        let facts = try JSONDecoder().decode(
            CaseFacts.self, from: Data(try row.decode(column: "facts", as: String.self).utf8))
        return CaseState(
            id: try row.decode(column: "id", as: UUID.self),
            reference: try row.decode(column: "reference", as: String.self),
            matterName: try row.decode(column: "matter_name", as: String.self),
            facts: facts, original: facts, eventCount: try row.decode(column: "event_count", as: Int.self),
            isNew: false,
            published: try row.decode(column: "published", as: Int.self) > 0,
            publicityDue: try row.decode(column: "publicity_due", as: String?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    /// The running deadline's day and rule, from the facts.
    func due(calendar: HolidayCalendar) -> (day: String, rule: String)? {
        guard let deadline = facts.runningDeadline(calendar: calendar), let due = deadline.due else { return nil }
        return (due.iso, deadline.ruleID)
    }
}
