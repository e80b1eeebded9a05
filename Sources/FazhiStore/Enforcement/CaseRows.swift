import FazhiCore
import Foundation
import SQLKit

/// A case as lists and its page show it.
public struct CaseRow: Sendable, Equatable {
    public var id: UUID
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var reference: String
    public var matterCode: String
    public var matterName: String
    public var partyName: String
    public var stage: CaseStage
    public var filedOn: String
    public var fineFen: Int64
    public var dueOn: String?
    public var dueRule: String?
    public var publicityDue: String?
    public var facts: CaseFacts
    public var updatedAt: Date

    static let select: SQLQueryString = """
        SELECT c.id, c.organisation_id, o.name AS organisation_name, c.org_path, c.reference, c.matter_code,
               c.matter_name, c.party_name, c.stage, c.filed_on, c.fine_fen, c.due_on, c.due_rule, c.publicity_due,
               c.facts, c.updated_at
        FROM enforcement_cases c JOIN organisations o ON o.id = c.organisation_id
        """

    static func decode(_ row: any SQLRow) throws -> CaseRow {
        CaseRow(
            id: try row.decode(column: "id", as: UUID.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            reference: try row.decode(column: "reference", as: String.self),
            matterCode: try row.decode(column: "matter_code", as: String.self),
            matterName: try row.decode(column: "matter_name", as: String.self),
            partyName: try row.decode(column: "party_name", as: String.self),
            stage: CaseStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .investigating,
            filedOn: try row.decode(column: "filed_on", as: String.self),
            fineFen: try row.decode(column: "fine_fen", as: Int64.self),
            dueOn: try row.decode(column: "due_on", as: String?.self),
            dueRule: try row.decode(column: "due_rule", as: String?.self),
            publicityDue: try row.decode(column: "publicity_due", as: String?.self),
            facts: try JSONDecoder().decode(
                CaseFacts.self, from: Data(try row.decode(column: "facts", as: String.self).utf8)),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }
}

/// One recorded step of a case.
public struct CaseEventRow: Sendable, Equatable {
    public var id: UUID
    public var sequence: Int
    public var action: CaseAction
    public var onDay: String
    public var stageAfter: CaseStage
    public var input: CaseStepInput
    public var evidence: [EvidenceFile]
    public var source: String
    public var authorName: String
    public var at: Date
}

/// An alert (预警) as lists show it.
public struct EnforcementAlertRow: Sendable, Equatable {
    public var id: UUID
    public var caseID: UUID?
    public var caseReference: String?
    public var organisationName: String
    public var rule: String
    public var title: String
    public var message: String
    public var basis: String
    public var severity: CaseFinding.Severity
    public var raisedOn: String
    public var closedAt: Date?
    public var closedNote: String?
}
