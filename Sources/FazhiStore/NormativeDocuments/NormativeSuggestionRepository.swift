import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Review suggestions as the filing body (备案审查机关) handles them: the members with the 司法行政 role whose scope
/// holds the suggestion's filing body see them (others: not found) and answer them.
public struct NormativeSuggestionRepository: Sendable {
    let db: any Database
    public let scope: Scope
    public let today: CivilDate
    /// Whether the user holds the role that answers for the filing body.
    public let mayAnswer: Bool

    public init(db: any Database, scope: Scope, today: CivilDate, roles: Set<Role>) {
        self.db = db
        self.scope = scope
        self.today = today
        self.mayAnswer = roles.contains(.justice)
    }

    var sql: any SQLDatabase { db as! any SQLDatabase }

    static let notFound = DomainError.notFound("审查建议不存在，或不在您的管辖范围内")
    static let justiceOnly = DomainError.forbidden("只有备案审查机关的司法行政人员可以处理审查建议")

    var visible: SQLQueryString { scope.root.sqlSubtreeRange("s.filing_path", on: sql) }

    /// The suggestions addressed to the scope: unanswered first, soonest due first; then the answered ones, the
    /// latest answer first. `status` narrows the list; with how many there are in all.
    public func list(status: NormativeSuggestionStatus? = nil, limit: Int = 100, offset: Int = 0) async throws
        -> (rows: [NormativeSuggestionRow], total: Int)
    {
        guard mayAnswer else { throw Self.justiceOnly }
        let only: SQLQueryString = status.map { " AND s.status = \(bind: $0.rawValue)" } ?? ""
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM normative_suggestions s WHERE \(visible)\(only)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        // Within the answered ones the first key is NULL for all, so both databases fall through to the second,
        // whatever their order of NULLs.
        let rows = try await sql.raw(
            """
            \(NormativeSuggestionRow.select) WHERE \(visible)\(only)
            ORDER BY CASE WHEN s.status = 'received' THEN 0 ELSE 1 END,
                     CASE WHEN s.status = 'received' THEN s.due_on END, s.answered_on DESC, s.submitted_at, s.id
            LIMIT \(unsafeRaw: String(max(0, limit))) OFFSET \(unsafeRaw: String(max(0, offset)))
            """
        ).all()
        return (try rows.map(NormativeSuggestionRow.decode), total)
    }

    /// How many unanswered suggestions are overdue today.
    public func overdueCount() async throws -> Int {
        guard mayAnswer else { return 0 }
        return try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM normative_suggestions s
            WHERE \(visible) AND s.status = 'received' AND s.due_on < \(bind: today.iso)
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// One suggestion with who sent it; outside the scope, not found.
    public func suggestion(_ id: UUID) async throws -> NormativeSuggestionRow {
        guard mayAnswer else { throw Self.justiceOnly }
        guard
            let row = try await sql.raw("\(NormativeSuggestionRow.select) WHERE s.id = \(bind: id) AND \(visible)")
                .first()
        else { throw Self.notFound }
        return try NormativeSuggestionRow.decode(row)
    }

    /// Answers a suggestion (once): the answer, today's date and the user are recorded with an audit entry. Refused:
    /// no 司法行政 role (403), outside the scope (404), an answer too short or too long (422), already answered (409).
    @discardableResult
    public func answer(_ id: UUID, _ input: NormativeSuggestionAnswerInput, by actor: Actor) async throws
        -> NormativeSuggestionRow
    {
        let suggestion = try await suggestion(id)
        if let answeredOn = suggestion.tracking.answeredOn { throw Self.answered(answeredOn) }
        let answer = try input.validated()
        let today = today
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            // Two people answering at once: the second finds it answered and is told so; nothing is written.
            let current = try await sql.raw(
                "SELECT status, answered_on FROM normative_suggestions WHERE id = \(bind: id)\(sql.forUpdate)"
            ).first()
            guard try current?.decode(column: "status", as: String.self) == NormativeSuggestionStatus.received.rawValue
            else {
                let day = try current?.decode(column: "answered_on", as: String?.self).flatMap { CivilDate(iso: $0) }
                throw Self.answered(day ?? today)
            }
            try await sql.raw(
                """
                UPDATE normative_suggestions SET status = \(bind: NormativeSuggestionStatus.answered.rawValue),
                       answer = \(bind: answer), answered_on = \(bind: today.iso), answered_by = \(bind: actor.userID)
                WHERE id = \(bind: id)
                """
            ).run()
            let receipt = suggestion.tracking.receipt
            let document = suggestion.tracking.documentID.uuidString
            try await AuditLog.append(
                .of(
                    "normative.suggestion.answer", "normative_suggestion", id: id.uuidString,
                    before: NormativeSuggestionRecord(
                        receipt: receipt, documentID: document, status: NormativeSuggestionStatus.received.rawValue),
                    after: NormativeSuggestionRecord(
                        receipt: receipt, documentID: document, status: NormativeSuggestionStatus.answered.rawValue,
                        answer: answer, answeredOn: today.iso)),
                orgPath: suggestion.filingPath, by: actor, on: tx)
        }
        return try await self.suggestion(id)
    }

    static func answered(_ day: CivilDate) -> DomainError {
        .conflict("该审查建议已于\(day.iso)答复，不能重复答复")
    }
}
