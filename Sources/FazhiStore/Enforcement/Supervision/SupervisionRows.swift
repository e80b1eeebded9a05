import FazhiCore
import Foundation
import SQLKit

/// A supervision notice (督办) as lists and its page show it.
public struct SupervisionNoticeRow: Sendable, Equatable {
    public var id: UUID
    public var number: String
    public var kind: SupervisionNoticeKind
    public var issuerID: UUID
    public var issuerName: String
    public var issuerScope: OrgPath
    public var supervisorID: UUID
    public var supervisorName: String
    public var supervisorScope: OrgPath
    /// The addressed agency.
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var caseID: UUID?
    public var caseReference: String?
    public var findings: String
    public var requirement: String
    public var replyDays: Int
    public var stage: SupervisionStage
    public var issuedOn: String
    public var dueFrom: String?
    public var dueOn: String?
    public var repliedOn: String?
    public var closedOn: String?

    /// Whether the reply is late on `today`.
    public func isOverdue(on today: CivilDate) -> Bool { dueOn.map { $0 < today.iso } ?? false }

    static let select: SQLQueryString = """
        SELECT n.id, n.number, n.kind, n.issuer_id, i.name AS issuer_name, n.issuer_scope, n.supervisor_id,
               s.name AS supervisor_name, n.supervisor_scope, n.organisation_id, o.name AS organisation_name,
               n.org_path, n.case_id, c.reference AS case_reference, n.findings, n.requirement, n.reply_days, n.stage,
               n.issued_on, n.due_from, n.due_on, n.replied_on, n.closed_on
        FROM supervision_notices n
        JOIN organisations i ON i.id = n.issuer_id
        JOIN organisations s ON s.id = n.supervisor_id
        JOIN organisations o ON o.id = n.organisation_id
        LEFT JOIN enforcement_cases c ON c.id = n.case_id
        """

    static func decode(_ row: any SQLRow) throws -> SupervisionNoticeRow {
        SupervisionNoticeRow(
            id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String.self),
            kind: SupervisionNoticeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .opinion,
            issuerID: try row.decode(column: "issuer_id", as: UUID.self),
            issuerName: try row.decode(column: "issuer_name", as: String.self),
            issuerScope: OrgPath(value: try row.decode(column: "issuer_scope", as: String.self)),
            supervisorID: try row.decode(column: "supervisor_id", as: UUID.self),
            supervisorName: try row.decode(column: "supervisor_name", as: String.self),
            supervisorScope: OrgPath(value: try row.decode(column: "supervisor_scope", as: String.self)),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            caseID: try row.decode(column: "case_id", as: UUID?.self),
            caseReference: try row.decode(column: "case_reference", as: String?.self),
            findings: try row.decode(column: "findings", as: String.self),
            requirement: try row.decode(column: "requirement", as: String.self),
            replyDays: try row.decode(column: "reply_days", as: Int.self),
            stage: SupervisionStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .issued,
            issuedOn: try row.decode(column: "issued_on", as: String.self),
            dueFrom: try row.decode(column: "due_from", as: String?.self),
            dueOn: try row.decode(column: "due_on", as: String?.self),
            repliedOn: try row.decode(column: "replied_on", as: String?.self),
            closedOn: try row.decode(column: "closed_on", as: String?.self))
    }
}

/// One step on a notice: its issue, a reply with files, the bureau's decision.
public struct SupervisionEventRow: Sendable, Equatable {
    public var sequence: Int
    /// `issue`, or a `SupervisionAction`'s raw value.
    public var action: String
    public var stageAfter: SupervisionStage
    public var text: String
    public var files: [EvidenceFile]
    public var organisationName: String
    public var authorName: String
    public var onDay: String
    public var at: Date

    /// 「发出」「答复」…
    public var label: String { SupervisionAction(rawValue: action)?.label ?? "发出督办" }
}

/// Which notices a list shows: those the member's bureau issued or handles, those addressed to the member's
/// agency, or every one in the scope.
public enum SupervisionBox: String, Sendable, CaseIterable {
    case all, issued, addressed

    public var label: String {
        switch self {
        case .all: "全部"
        case .issued: "本机关发出或承办"
        case .addressed: "发给本单位"
        }
    }
}

/// What a list of notices shows.
public struct SupervisionFilter: Sendable, Equatable {
    public var box: SupervisionBox
    public var stage: SupervisionStage?
    public var overdue: Bool
    public var limit: Int
    public var offset: Int

    public init(
        box: SupervisionBox = .all, stage: SupervisionStage? = nil, overdue: Bool = false, limit: Int = 50,
        offset: Int = 0
    ) {
        self.box = box
        self.stage = stage
        self.overdue = overdue
        self.limit = limit
        self.offset = offset
    }
}

/// Whom a new notice is addressed to and what it comes from: open alerts of one agency, or one case.
public struct SupervisionTarget: Sendable, Equatable {
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var caseID: UUID?
    public var caseReference: String?
    public var alerts: [EnforcementAlertRow]
}
