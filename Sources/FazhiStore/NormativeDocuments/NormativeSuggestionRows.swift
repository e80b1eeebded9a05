import FazhiCore
import Foundation
import SQLKit

/// Where a review suggestion stands.
public enum NormativeSuggestionStatus: String, CaseIterable, Sendable, Codable {
    case received
    case answered

    public var label: String {
        switch self {
        case .received: "已收到"
        case .answered: "已答复"
        }
    }
}

/// What the receipt number shows: the document, the dates, the status and the answer. It has no field for the
/// name or the contact, so no page or API built from it can show them to whoever holds the number.
public struct NormativeSuggestionTracking: Sendable, Equatable {
    public var receipt: String
    public var documentID: UUID
    public var documentTitle: String
    public var documentNumber: String?
    public var filingBodyName: String?
    public var receivedOn: CivilDate
    public var dueOn: CivilDate
    public var status: NormativeSuggestionStatus
    public var answer: String?
    public var answeredOn: CivilDate?
}

/// A review suggestion as the filing body reads it, with who sent it and how to reach them.
public struct NormativeSuggestionRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var tracking: NormativeSuggestionTracking
    public var filingPath: OrgPath
    public var submittedAt: Date
    public var name: String?
    public var contact: String?
    public var body: String
    public var answeredByName: String?

    public var status: NormativeSuggestionStatus { tracking.status }

    /// Unanswered after its due date.
    public func isOverdue(on day: CivilDate) -> Bool { status == .received && tracking.dueOn < day }
}

extension NormativeSuggestionRow {
    /// The columns `decode` reads, from `normative_suggestions s` with its document `d`, the filing body `fo` and the
    /// user who answered `u`.
    static let select: SQLQueryString = """
        SELECT s.id, s.receipt, s.document_id, d.title AS document_title, d.document_number,
               fo.name AS filing_body_name, s.filing_path, s.submitted_at, s.received_on, s.due_on, s.name, s.contact,
               s.body, s.status, s.answer, s.answered_on, u.display_name AS answered_by_name
        FROM normative_suggestions s JOIN normative_documents d ON d.id = s.document_id
        LEFT JOIN organisations fo ON fo.id = d.filing_organisation_id
        LEFT JOIN users u ON u.id = s.answered_by
        """

    static func decode(_ row: any SQLRow) throws -> NormativeSuggestionRow {
        func day(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        let tracking = NormativeSuggestionTracking(
            receipt: try row.decode(column: "receipt", as: String.self),
            documentID: try row.decode(column: "document_id", as: UUID.self),
            documentTitle: try row.decode(column: "document_title", as: String.self),
            documentNumber: try row.decode(column: "document_number", as: String?.self),
            filingBodyName: try row.decode(column: "filing_body_name", as: String?.self),
            receivedOn: try CivilDate.column(row, "received_on"), dueOn: try CivilDate.column(row, "due_on"),
            status: NormativeSuggestionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .received,
            answer: try row.decode(column: "answer", as: String?.self), answeredOn: try day("answered_on"))
        return NormativeSuggestionRow(
            id: try row.decode(column: "id", as: UUID.self), tracking: tracking,
            filingPath: OrgPath(value: try row.decode(column: "filing_path", as: String.self)),
            submittedAt: try row.decode(column: "submitted_at", as: Date.self),
            name: try row.decode(column: "name", as: String?.self),
            contact: try row.decode(column: "contact", as: String?.self),
            body: try row.decode(column: "body", as: String.self),
            answeredByName: try row.decode(column: "answered_by_name", as: String?.self))
    }
}

/// A suggestion in the audit log: never the contact.
struct NormativeSuggestionRecord: Codable {
    var receipt: String
    var documentID: String
    var status: String
    var receivedOn: String?
    var dueOn: String?
    var body: String?
    var name: String?
    var answer: String?
    var answeredOn: String?
}
