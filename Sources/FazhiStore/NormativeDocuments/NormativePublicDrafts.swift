import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Where a draft stands for the public (公开征求意见).
public enum NormativePublicCommentState: Sendable, Equatable {
    /// Open: comments are taken until `closesOn` (inclusive); `daysLeft` 0 means today is the last day.
    case open(closesOn: CivilDate, daysLeft: Int)
    /// The period is over while the draft is still in its comment stage: the page stays, without the form.
    case ended(closedOn: CivilDate)
    /// Not public: not yet opened, moved on, never put out for comment, published or withdrawn.
    case hidden
}

extension NormativeDocumentRow {
    /// The public side of the comment period on `day`.
    public func publicCommentState(on day: CivilDate) -> NormativePublicCommentState {
        guard stage == .publicComment, let opens = commentOpensOn, let closes = commentClosesOn, opens <= day else {
            return .hidden
        }
        return day <= closes ? .open(closesOn: closes, daysLeft: day.days(to: closes)) : .ended(closedOn: closes)
    }
}

/// The drafts on the public portal for comment, and the comments people send. No scope: the draft's text is public
/// while its period is open; nothing else about it is.
public struct NormativePublicDrafts: Sendable {
    let db: any Database
    public let today: CivilDate

    public init(db: any Database, today: CivilDate) {
        self.db = db
        self.today = today
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    static let notFound = DomainError.notFound("未找到该征求意见稿，或该草案目前未公开征求意见")

    static func ended(_ day: CivilDate) -> DomainError { .conflict("征求意见已于\(day.iso)截止") }

    /// The drafts open for comment today, those closing soonest first.
    public func open() async throws -> [NormativeDocumentRow] {
        try await sql.raw(
            """
            \(NormativeDocumentRow.select(withBody: false))
            WHERE d.stage = \(bind: NormativeStage.publicComment.rawValue)
              AND d.comment_opens_on <= \(bind: today.iso) AND d.comment_closes_on >= \(bind: today.iso)
            ORDER BY d.comment_closes_on, d.title, d.id
            """
        ).all().map(NormativeDocumentRow.decode)
    }

    /// A draft with its text, while it is open or its period has just ended; otherwise not found.
    public func draft(_ id: UUID) async throws -> NormativeDocumentRow {
        guard let draft = try await Self.read(id, on: sql), draft.publicCommentState(on: today) != .hidden else {
            throw Self.notFound
        }
        return draft
    }

    /// How many comments the draft has received.
    public func commentCount(_ id: UUID) async throws -> Int {
        try await Self.count(id, on: sql)
    }

    /// Stores a comment on an open draft with its audit entry, and returns how many the draft has now. Refused: a
    /// draft that is not public (404), a period that is over (409), a comment that breaks the rules (422, nothing
    /// stored).
    @discardableResult
    public func comment(on id: UUID, _ input: NormativePublicCommentInput, by actor: Actor) async throws -> Int {
        let today = today
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Read inside the transaction: the drafter may close the stage at this moment.
            guard let draft = try await Self.read(id, on: sql, locking: true) else { throw Self.notFound }
            switch draft.publicCommentState(on: today) {
            case .hidden: throw Self.notFound
            case .ended(let day): throw Self.ended(day)
            case .open: break
            }
            let valid = try input.validated()
            let commentID = UUID()
            let now = Date()
            try await sql.insert(into: "normative_comments")
                .columns("id", "document_id", "submitted_at", "name", "contact", "body")
                .values(
                    SQLBind(commentID), SQLBind(id), SQLBind(now), SQLBind(valid.name), SQLBind(valid.contact),
                    SQLBind(valid.body)
                )
                .run()
            // The contact stays in the comments table for the drafting body; the audit entry (and so the public
            // evidence log's commitment to it) records what was said, not how to reach the person.
            try await AuditLog.append(
                .of(
                    "normative.comment.submit", "normative_comment", id: commentID.uuidString,
                    before: nil as NormativePublicCommentRecord?,
                    after: NormativePublicCommentRecord(documentID: id.uuidString, body: valid.body, name: valid.name)),
                orgPath: draft.orgPath, by: actor, on: tx)
            return try await Self.count(id, on: sql)
        }
    }

    static func read(_ id: UUID, on sql: any SQLDatabase, locking: Bool = false) async throws -> NormativeDocumentRow? {
        let lock: SQLQueryString = locking ? sql.forUpdate : ""
        // `FOR UPDATE` may not name the outer-joined filing body on PostgreSQL; lock the document's row only.
        let of: SQLQueryString = locking && sql.dialect.name == "postgresql" ? " OF d" : ""
        return try await sql.raw("\(NormativeDocumentRow.select(withBody: true)) WHERE d.id = \(bind: id)\(lock)\(of)")
            .first().map(NormativeDocumentRow.decode)
    }

    static func count(_ id: UUID, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM normative_comments WHERE document_id = \(bind: id)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// A comment in the audit log: what was said and by whom, never the contact.
struct NormativePublicCommentRecord: Codable {
    var documentID: String
    var body: String
    var name: String?
}
