import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The normative documents' reminder sweep (预警), run hourly by the job queue:
/// - a step with a deadline (`due_on`) is reminded to the party that owes it at each lead time and once when late;
///   a late one is escalated to the filing body too (where it is not the party already). Public comment is left
///   out: its date is a minimum, not a limit.
/// - a published document in force whose term ends within `expiryNoticeMonths` months asks its drafting body once
///   for the evaluation before expiry (有效期届满前评估).
/// - a citizen's review suggestion not yet answered is reminded to the filing body like a deadline.
/// Each reminder is recorded against the date it was sent for, so a second sweep sends nothing and a moved date is
/// reminded afresh.
public enum NormativeReminders {
    /// The stages whose deadline someone owes, and who: the drafting body or the filing body.
    static let owedBy: [NormativeStage: NormativeParty] = [
        .published: .drafter, .supplementing: .drafter, .correcting: .drafter, .legalityReview: .drafter,
        .filed: .filingBody, .underReview: .filingBody, .handlingReported: .filingBody,
    ]

    static func what(_ stage: NormativeStage) -> String {
        switch stage {
        case .published: "报送备案"
        case .supplementing: "补充或者重新报送备案"
        case .correcting: "报告纠正处理情况"
        case .legalityReview: "合法性审核"
        case .filed: "办理备案登记"
        case .underReview: "备案审查"
        case .handlingReported: "核销纠正情况"
        default: stage.label
        }
    }

    @discardableResult
    public static func sweep(
        today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy = ReminderPolicy(), on db: any Database
    ) async throws -> Int {
        try await steps(today: today, calendar: calendar, policy: policy, on: db)
            + expiries(today: today, on: db)
            + suggestions(today: today, calendar: calendar, policy: policy, on: db)
    }

    static func marker(_ reminder: ReminderPolicy.Reminder, due: CivilDate) -> String {
        switch reminder {
        case .dueSoon(let lead): "\(due.iso)@\(lead)"
        case .overdue: "overdue \(due.iso)"
        }
    }

    static func steps(today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy, on db: any Database)
        async throws -> Int
    {
        let sql = db as! any SQLDatabase
        let horizon = calendar.addWorkdays(policy.horizon, to: today)
        let stages = owedBy.keys.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        let rows = try await sql.raw(
            """
            SELECT id, title, stage, organisation_id, filing_organisation_id, due_on, reminded_for
            FROM normative_documents
            WHERE stage IN (\(unsafeRaw: stages)) AND due_on IS NOT NULL AND due_on <= \(bind: horizon.iso)
            """
        ).all()
        var sent = 0
        for row in rows {
            let due = try CivilDate.column(row, "due_on")
            guard let stage = NormativeStage(rawValue: try row.decode(column: "stage", as: String.self)),
                let party = owedBy[stage],
                let reminder = policy.reminder(due: due, today: today, calendar: calendar)
            else { continue }
            let marker = "\(stage.rawValue) " + marker(reminder, due: due)
            guard try row.decode(column: "reminded_for", as: String?.self) != marker else { continue }
            let id = try row.decode(column: "id", as: UUID.self)
            let title = try row.decode(column: "title", as: String.self)
            let drafter = try row.decode(column: "organisation_id", as: UUID.self)
            let filing = try row.decode(column: "filing_organisation_id", as: UUID?.self)
            // Without a filing body, a step the filing body owes has nobody to tell.
            guard let owner = party == .drafter ? drafter : filing else { continue }
            let overdue = reminder == .overdue
            let step = what(stage)
            let message =
                overdue
                ? (
                    "\(step)已逾期：\(title)",
                    "「\(title)」\(step)期限 \(due.iso) 已过，已逾期\(today.dayNumber - due.dayNumber)日，请尽快办理。"
                )
                : ("\(step)即将到期：\(title)", "「\(title)」\(step)期限是 \(due.iso)，请按时办理。")
            try await db.writeTransaction { tx in
                let told = try await Notifications.send(
                    toAnswering: owner, kind: "normative.\(reminder.kind)", title: message.0, body: message.1,
                    link: "/normative/\(id)", on: tx)
                if overdue, let filing, filing != owner {
                    try await Notifications.send(
                        toAnswering: filing, kind: "normative.escalated", title: message.0, body: message.1,
                        link: "/normative/\(id)", skipping: told, on: tx)
                }
                try await (tx as! any SQLDatabase).raw(
                    "UPDATE normative_documents SET reminded_for = \(bind: marker) WHERE id = \(bind: id)"
                ).run()
            }
            sent += 1
        }
        return sent
    }

    /// Documents in force whose term ends within the notice period: one notice per term end.
    static func expiries(today: CivilDate, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        let horizon = today.addingMonths(NormativeExpiryRepository.noticeMonths)
        let rows = try await sql.raw(
            """
            SELECT d.id, d.title, d.organisation_id, d.expires_on, d.expiry_reminded_for FROM normative_documents d
            WHERE \(NormativeExpiryRepository.publishedStages) AND d.expires_on IS NOT NULL
              AND d.expires_on >= \(bind: today.iso) AND d.expires_on <= \(bind: horizon.iso)
              AND (d.decision IS NULL OR d.decision NOT IN ('repeal', 'declare_expired'))
            """
        ).all()
        var sent = 0
        for row in rows {
            let expires = try CivilDate.column(row, "expires_on")
            guard try row.decode(column: "expiry_reminded_for", as: String?.self) != expires.iso else { continue }
            let id = try row.decode(column: "id", as: UUID.self)
            let title = try row.decode(column: "title", as: String.self)
            let drafter = try row.decode(column: "organisation_id", as: UUID.self)
            try await db.writeTransaction { tx in
                try await Notifications.send(
                    toAnswering: drafter, kind: "normative.expiry", title: "有效期即将届满：\(title)",
                    body: "「\(title)」有效期至 \(expires.iso)，请在届满前开展评估，作出继续有效、修改、废止或宣布失效的决定。",
                    link: "/normative/\(id)/expiry", on: tx)
                try await (tx as! any SQLDatabase).raw(
                    "UPDATE normative_documents SET expiry_reminded_for = \(bind: expires.iso) WHERE id = \(bind: id)"
                ).run()
            }
            sent += 1
        }
        return sent
    }

    /// Review suggestions not yet answered, reminded to the filing body (whose path the suggestion holds).
    static func suggestions(today: CivilDate, calendar: HolidayCalendar, policy: ReminderPolicy, on db: any Database)
        async throws -> Int
    {
        let sql = db as! any SQLDatabase
        let horizon = calendar.addWorkdays(policy.horizon, to: today)
        let rows = try await sql.raw(
            """
            SELECT s.id, s.receipt, s.due_on, s.reminded_for, d.title, o.id AS filing_id
            FROM normative_suggestions s JOIN normative_documents d ON d.id = s.document_id
            JOIN organisations o ON o.path = s.filing_path
            WHERE s.status = 'received' AND s.due_on <= \(bind: horizon.iso)
            """
        ).all()
        var sent = 0
        for row in rows {
            let due = try CivilDate.column(row, "due_on")
            guard let reminder = policy.reminder(due: due, today: today, calendar: calendar) else { continue }
            let marker = marker(reminder, due: due)
            guard try row.decode(column: "reminded_for", as: String?.self) != marker else { continue }
            let id = try row.decode(column: "id", as: UUID.self)
            let receipt = try row.decode(column: "receipt", as: String.self)
            let title = try row.decode(column: "title", as: String.self)
            let filing = try row.decode(column: "filing_id", as: UUID.self)
            let message =
                reminder == .overdue
                ? ("审查建议答复已逾期：\(receipt)", "对「\(title)」的审查建议（\(receipt)）答复期限 \(due.iso) 已过，请尽快研究答复。")
                : ("审查建议即将到期：\(receipt)", "对「\(title)」的审查建议（\(receipt)）答复期限是 \(due.iso)，请按时答复。")
            try await db.writeTransaction { tx in
                try await Notifications.send(
                    toAnswering: filing, kind: "normative.suggestion.\(reminder.kind)", title: message.0,
                    body: message.1, link: "/normative/suggestions/\(id)", on: tx)
                try await (tx as! any SQLDatabase).raw(
                    "UPDATE normative_suggestions SET reminded_for = \(bind: marker) WHERE id = \(bind: id)"
                ).run()
            }
            sent += 1
        }
        return sent
    }
}
