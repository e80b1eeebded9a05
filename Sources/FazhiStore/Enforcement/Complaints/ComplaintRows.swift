import FazhiCore
import Foundation
import SQLKit

/// A complaint (投诉举报) as lists and its page show it.
public struct ComplaintRow: Sendable, Equatable {
    public var id: UUID
    public var number: String
    public var source: ComplaintSource
    public var externalID: String?
    public var kind: ComplaintKind
    /// The body complained about.
    public var bodyID: UUID
    public var bodyName: String
    public var bodyPath: OrgPath
    /// The handling body.
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var narrative: String
    public var decisionNumber: String?
    public var name: String?
    public var mobile: String?
    public var stage: ComplaintStage
    public var receivedOn: String
    public var replyDays: Int
    /// The running answer period's last day; nil once answered.
    public var dueOn: String?
    /// The answer period's last day, kept after the answer.
    public var dueDay: String
    public var acceptedOn: String?
    /// The reply, or the reason for refusing.
    public var answer: String?
    public var answeredOn: String?
    public var rating: ComplaintRating?
    public var ratingComment: String?
    public var ratedOn: String?

    /// Whether the answer is late on `today`.
    public func isOverdue(on today: CivilDate) -> Bool { dueOn.map { $0 < today.iso } ?? false }

    /// Whether the complainant left no way to answer them.
    public var isAnonymous: Bool { mobile == nil }

    static let select: SQLQueryString = """
        SELECT c.id, c.number, c.source, c.external_id, c.kind, c.body_id, b.name AS body_name, c.body_path,
               c.organisation_id, o.name AS organisation_name, c.org_path, c.narrative, c.decision_number, c.name,
               c.mobile, c.stage, c.received_on, c.reply_days, c.due_on, c.due_day, c.accepted_on, c.answer,
               c.answered_on, c.rating, c.rating_comment, c.rated_on
        FROM complaints c
        JOIN organisations b ON b.id = c.body_id
        JOIN organisations o ON o.id = c.organisation_id
        """

    static func decode(_ row: any SQLRow) throws -> ComplaintRow {
        ComplaintRow(
            id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
            source: ComplaintSource(rawValue: try row.decode(column: "source", as: String.self)) ?? .web,
            externalID: try row.decode(column: "external_id", as: String?.self),
            kind: ComplaintKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .report,
            bodyID: try row.decode(column: "body_id", as: UUID.self),
            bodyName: try row.decode(column: "body_name", as: String.self),
            bodyPath: OrgPath(value: try row.decode(column: "body_path", as: String.self)),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            narrative: try row.decode(column: "narrative", as: String.self),
            decisionNumber: try row.decode(column: "decision_number", as: String?.self),
            name: try row.decode(column: "name", as: String?.self),
            mobile: try row.decode(column: "mobile", as: String?.self),
            stage: ComplaintStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .received,
            receivedOn: try row.decode(column: "received_on", as: String.self),
            replyDays: try row.decode(column: "reply_days", as: Int.self),
            dueOn: try row.decode(column: "due_on", as: String?.self),
            dueDay: try row.decode(column: "due_day", as: String.self),
            acceptedOn: try row.decode(column: "accepted_on", as: String?.self),
            answer: try row.decode(column: "answer", as: String?.self),
            answeredOn: try row.decode(column: "answered_on", as: String?.self),
            rating: try row.decode(column: "rating", as: String?.self).flatMap(ComplaintRating.init(rawValue:)),
            ratingComment: try row.decode(column: "rating_comment", as: String?.self),
            ratedOn: try row.decode(column: "rated_on", as: String?.self))
    }
}

/// One step on a complaint: its receipt, acceptance or refusal, reassignment, reply, the complainant's view.
public struct ComplaintEventRow: Sendable, Equatable {
    public var sequence: Int
    /// `submit`, `feedback`, or a `ComplaintAction`'s raw value.
    public var action: String
    public var stageAfter: ComplaintStage
    public var text: String
    public var organisationName: String
    public var authorName: String
    public var onDay: String
    public var at: Date

    /// 「收到」「受理」「评价」…
    public var label: String {
        switch action {
        case "submit": "收到"
        case "feedback": "投诉举报人评价"
        default: ComplaintAction(rawValue: action)?.label ?? action
        }
    }
}

/// What a list of complaints shows.
public struct ComplaintFilter: Sendable, Equatable {
    public var stage: ComplaintStage?
    public var kind: ComplaintKind?
    public var source: ComplaintSource?
    public var overdue: Bool
    public var limit: Int
    public var offset: Int

    public init(
        stage: ComplaintStage? = nil, kind: ComplaintKind? = nil, source: ComplaintSource? = nil,
        overdue: Bool = false, limit: Int = 50, offset: Int = 0
    ) {
        self.stage = stage
        self.kind = kind
        self.source = source
        self.overdue = overdue
        self.limit = limit
        self.offset = offset
    }
}

/// A registered enforcement body a complaint may name.
public struct ComplaintBodyOption: Sendable, Equatable {
    public var id: UUID
    public var name: String
}

/// What a submission returns: the complaint and, for a new one, the query code to show once.
public struct ComplaintReceipt: Sendable, Equatable {
    public var complaint: ComplaintRow
    /// Nil when a feed resent a complaint it had sent before (the code was given the first time).
    public var code: String?
}
