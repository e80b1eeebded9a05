import FazhiCore
import Fluent
import Foundation

/// Computes every open deadline again with a new calendar. Runs inside the transaction that saved the notice,
/// so the calendar and the dates computed with it change together.
enum DeadlineRecalculation {
    struct Result {
        let recomputed: Int
        let moves: [DeadlineMove]
    }

    static func run(with current: VersionedCalendar, reason: String, on db: any Database) async throws -> Result {
        let calculator = DeadlineCalculator(calendar: current.calendar)
        let open = try await DeadlineModel.query(on: db).filter(\.$status == TrackedDeadline.Status.open.rawValue)
            .all()
        var moves: [DeadlineMove] = []
        for row in open {
            guard let rule = DeadlineRules.rule(row.ruleID) else { continue }
            let before = try row.domain
            let computed = try calculator.compute(
                rule, start: before.start, startTime: before.startTime, events: before.events)
            row.apply(computed, version: current.version)
            guard computed.due != before.due || computed.provisional != before.provisional else {
                try await row.save(on: db)
                continue
            }
            let move = DeadlineMove(
                deadlineID: before.id, at: Date(), calendarVersion: current.version, oldDue: before.due,
                newDue: computed.due, wasProvisional: before.provisional, provisional: computed.provisional,
                reason: reason)
            // A reminder sent for the old date no longer applies to the new one.
            if computed.due != before.due {
                row.remindedDueSoonFor = nil
                row.remindedOverdueFor = nil
            }
            try await row.save(on: db)
            let record = DeadlineMoveModel()
            record.deadlineID = before.id
            record.at = move.at
            record.calendarVersion = move.calendarVersion
            record.oldDue = move.oldDue?.iso
            record.newDue = move.newDue?.iso
            record.wasProvisional = move.wasProvisional
            record.provisional = move.provisional
            record.reason = reason
            try await record.create(on: db)
            try await Notifications.send(
                to: before.ownerID, kind: "deadline.moved", title: "期限调整：\(before.subject)",
                body: "\(move.summary)。原因：\(reason)。", link: "/deadlines/\(before.id)", on: db)
            moves.append(move)
        }
        return Result(recomputed: open.count, moves: moves)
    }
}
