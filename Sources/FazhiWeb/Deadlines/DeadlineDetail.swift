import FazhiCore
import FazhiStore
import Vapor

/// A watched deadline as the API returns it: the stored dates, the explanation computed with the calendar in
/// force, and (in the detail) every move the calendar caused.
struct TrackedDeadlineDTO: Content {
    struct Event: Content {
        let type: String
        let label: String
        let date: CivilDate
        let amount: Int?
        let note: String?

        init(_ event: DeadlineEvent) {
            type = event.typeCode
            label = event.label
            date = event.date
            amount = event.amount
            note = event.note
        }
    }

    let id: UUID
    let subject: String
    let rule: String
    let ruleTitle: String?
    let organisationID: UUID
    let organisationName: String
    let ownerID: UUID
    let ownerName: String
    let start: CivilDate
    let startTime: String?
    let status: String
    let due: CivilDate?
    let dueTime: String?
    let provisional: Bool
    let calendarVersion: Int
    let events: [Event]
    let explanation: [String]?
    let moves: [DeadlineMove]?

    init(_ listing: DeadlineListing, explanation: [String]? = nil, moves: [DeadlineMove]? = nil) {
        let d = listing.deadline
        id = d.id
        subject = d.subject
        rule = d.ruleID
        ruleTitle = DeadlineRules.rule(d.ruleID)?.title
        organisationID = d.organisationID
        organisationName = listing.organisation.name
        ownerID = d.ownerID
        ownerName = listing.ownerName
        start = d.start
        startTime = d.startTime
        status = d.status.rawValue
        due = d.due
        dueTime = d.dueTime
        provisional = d.provisional
        calendarVersion = d.calendarVersion
        events = d.events.map(Event.init)
        self.explanation = explanation
        self.moves = moves
    }
}

extension DeadlineMove: Content {}

extension TrackedDeadline {
    /// The computation again, with the calendar in force, for its explanation.
    func explained(with calendar: HolidayCalendar) -> Deadline? {
        guard let rule = DeadlineRules.rule(ruleID) else { return nil }
        return try? DeadlineCalculator(calendar: calendar).compute(
            rule, start: start, startTime: startTime, events: events)
    }
}
