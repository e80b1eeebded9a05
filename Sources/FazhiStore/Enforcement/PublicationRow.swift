import FazhiCore
import Foundation
import SQLKit

/// A published penalty decision (执法公示) as the public sees it: personal data already masked when it was written.
public struct PublicationRow: Sendable, Equatable, Codable {
    public var id: UUID
    public var caseID: UUID
    public var bodyName: String
    public var decisionNumber: String
    public var party: String
    public var matterName: String
    public var summary: String
    public var penalties: [String]
    public var fineFen: Int64
    public var decidedOn: String
    public var publishedOn: String
    public var withdrawnOn: String?
    public var withdrawReason: String?

    static let select: SQLQueryString = """
        SELECT id, case_id, body_name, decision_number, party, matter_name, summary, penalties, fine_fen, decided_on,
               published_on, withdrawn_on, withdraw_reason
        FROM enforcement_publications
        """

    static func decode(_ row: any SQLRow) throws -> PublicationRow {
        PublicationRow(
            id: try row.decode(column: "id", as: UUID.self), caseID: try row.decode(column: "case_id", as: UUID.self),
            bodyName: try row.decode(column: "body_name", as: String.self),
            decisionNumber: try row.decode(column: "decision_number", as: String.self),
            party: try row.decode(column: "party", as: String.self),
            matterName: try row.decode(column: "matter_name", as: String.self),
            summary: try row.decode(column: "summary", as: String.self),
            penalties: try JSONDecoder().decode(
                [String].self, from: Data(try row.decode(column: "penalties", as: String.self).utf8)),
            fineFen: try row.decode(column: "fine_fen", as: Int64.self),
            decidedOn: try row.decode(column: "decided_on", as: String.self),
            publishedOn: try row.decode(column: "published_on", as: String.self),
            withdrawnOn: try row.decode(column: "withdrawn_on", as: String?.self),
            withdrawReason: try row.decode(column: "withdraw_reason", as: String?.self))
    }
}
