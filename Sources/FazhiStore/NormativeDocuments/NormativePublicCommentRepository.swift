import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A comment the public sent on a draft, as the drafting body reads it (with the contact, to ask back).
public struct NormativePublicCommentRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var submittedAt: Date
    public var name: String?
    public var contact: String?
    public var body: String
}

/// The comments on a document, for the drafting body: members whose scope holds the drafter's organisation.
public struct NormativePublicCommentRepository: Sendable {
    let db: any Database
    public let scope: Scope

    public init(db: any Database, scope: Scope) {
        self.db = db
        self.scope = scope
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    static let notFound = DomainError.notFound("规范性文件不存在，或不在您的管辖范围内")

    /// The document (without its text) and its comments, newest first; a document outside the scope is not found.
    public func comments(of id: UUID) async throws -> (
        document: NormativeDocumentRow, comments: [NormativePublicCommentRow]
    ) {
        let document = try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE d.id = \(bind: id) AND \(scope.root.sqlSubtreeRange("d.org_path", on: sql))
            """
        ).first()
        guard let document else { throw Self.notFound }
        let rows = try await sql.raw(
            """
            SELECT id, submitted_at, name, contact, body FROM normative_comments WHERE document_id = \(bind: id)
            ORDER BY submitted_at DESC, id
            """
        ).all()
        return (
            try NormativeDocumentRow.decode(document),
            try rows.map { row in
                NormativePublicCommentRow(
                    id: try row.decode(column: "id", as: UUID.self),
                    submittedAt: try row.decode(column: "submitted_at", as: Date.self),
                    name: try row.decode(column: "name", as: String?.self),
                    contact: try row.decode(column: "contact", as: String?.self),
                    body: try row.decode(column: "body", as: String.self))
            }
        )
    }
}
