import FazhiCore
import Foundation
import SQLKit

/// A transfer of a suspected crime (两法衔接) as lists and its page show it.
public struct TransferRow: Sendable, Equatable {
    public var id: UUID
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var caseID: UUID?
    public var caseReference: String?
    public var subject: String
    public var party: String
    public var offence: String
    public var facts: String
    public var police: String
    public var members: [String]
    public var stage: TransferStage
    public var reportedOn: String
    public var transferredOn: String?
    public var lastStepOn: String
    public var dueFrom: String?
    public var dueFromTime: String?
    public var dueOn: String?
    public var dueTime: String?
    public var opinionCount: Int

    /// Whether the running period has ended on `today` (a period in hours: counted to the day).
    public func isOverdue(on today: CivilDate) -> Bool { dueOn.map { $0 < today.iso } ?? false }

    static let select: SQLQueryString = """
        SELECT t.id, t.organisation_id, o.name AS organisation_name, t.org_path, t.case_id, c.reference AS case_reference,
               t.subject, t.party, t.offence, t.facts, t.police, t.members, t.stage, t.reported_on, t.transferred_on,
               t.last_step_on, t.due_from, t.due_from_time, t.due_on, t.due_time, t.opinion_count
        FROM crime_transfers t
        JOIN organisations o ON o.id = t.organisation_id
        LEFT JOIN enforcement_cases c ON c.id = t.case_id
        """

    static func decode(_ row: any SQLRow) throws -> TransferRow {
        TransferRow(
            id: try row.decode(column: "id", as: UUID.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            caseID: try row.decode(column: "case_id", as: UUID?.self),
            caseReference: try row.decode(column: "case_reference", as: String?.self),
            subject: try row.decode(column: "subject", as: String.self),
            party: try row.decode(column: "party", as: String.self),
            offence: try row.decode(column: "offence", as: String.self),
            facts: try row.decode(column: "facts", as: String.self),
            police: try row.decode(column: "police", as: String.self),
            members: (try? JSONDecoder().decode(
                [String].self, from: Data(try row.decode(column: "members", as: String.self).utf8))) ?? [],
            stage: TransferStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .reported,
            reportedOn: try row.decode(column: "reported_on", as: String.self),
            transferredOn: try row.decode(column: "transferred_on", as: String?.self),
            lastStepOn: try row.decode(column: "last_step_on", as: String.self),
            dueFrom: try row.decode(column: "due_from", as: String?.self),
            dueFromTime: try row.decode(column: "due_from_time", as: String?.self),
            dueOn: try row.decode(column: "due_on", as: String?.self),
            dueTime: try row.decode(column: "due_time", as: String?.self),
            opinionCount: try row.decode(column: "opinion_count", as: Int.self))
    }
}

/// One step on a transfer: the report, a step of the procedure, or a procuratorate's opinion.
public struct TransferEventRow: Sendable, Equatable {
    public var sequence: Int
    /// `report`, `opinion`, or a `TransferAction`'s raw value.
    public var action: String
    public var stageAfter: TransferStage
    public var onDay: String
    public var onTime: String?
    public var document: String
    public var note: String
    public var late: Bool
    public var organisationName: String
    public var authorName: String
    public var at: Date

    /// 「报告」「批准移送」「立案监督意见」…
    public var label: String {
        switch action {
        case "report": "提出移送报告"
        case "opinion": "检察机关立案监督意见"
        default: TransferAction(rawValue: action)?.label ?? action
        }
    }
}

/// What a list of transfers shows.
public struct TransferFilter: Sendable, Equatable {
    public var stage: TransferStage?
    /// Only those whose running period has ended.
    public var overdue: Bool
    /// Only those still open (not final).
    public var open: Bool
    /// Words in the subject, party, offence or police.
    public var words: String?
    public var caseID: UUID?
    public var limit: Int
    public var offset: Int

    public init(
        stage: TransferStage? = nil, overdue: Bool = false, open: Bool = false, words: String? = nil,
        caseID: UUID? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.stage = stage
        self.overdue = overdue
        self.open = open
        self.words = words
        self.caseID = caseID
        self.limit = limit
        self.offset = offset
    }
}
