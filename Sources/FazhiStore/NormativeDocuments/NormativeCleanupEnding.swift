import FazhiCore
import Fluent
import Foundation
import SQLKit

/// What an expiry evaluation (有效期届满前评估) and a clean-up decision (清理) both write on a document: its decision
/// and day, its new term (继续有效 after an evaluation), a line in its history, and — when the document is in the law
/// library — the work's repeal or expiry dates, so that the public library shows the same status as the workbench.
enum NormativeCleanupEnding {
    /// The roles that may record a decision for their drafting body: not an enforcement officer (执法人员) alone.
    static let deciders: Set<Role> = [.legalUnit, .justice, .ruleOfLawOffice, .admin]

    /// The history's action for these steps. They are not `NormativeAction`s (they do not move the stage), so their
    /// own stable strings are stored.
    static let expiryAction = "evaluate_expiry"
    static let cleanupAction = "cleanup_decision"

    struct Change: Sendable {
        var document: NormativeDocumentRow
        var decision: NormativeCleanupDecision
        /// The day the decision counts from: the end for 废止/宣布失效, the day of the decision otherwise.
        var decidedOn: CivilDate
        var expiresOn: CivilDate?
        var reason: String?
        var action: String
        var details: [String: String]
    }

    /// Writes `change` inside `tx`; the caller appends the audit entry.
    static func apply(_ change: Change, today: CivilDate, by actor: Actor, on tx: any Database) async throws {
        let sql = tx as! any SQLDatabase
        let document = change.document
        try await sql.raw(
            """
            UPDATE normative_documents SET decision = \(bind: change.decision.rawValue),
                   decided_on = \(bind: change.decidedOn.iso), expires_on = \(bind: change.expiresOn?.iso),
                   updated_at = \(bind: Date())
            WHERE id = \(bind: document.id)
            """
        ).run()
        try await sql.insert(into: "normative_events")
            .columns(
                "id", "document_id", "action", "stage_before", "stage_after", "organisation_id", "author_id",
                "author_name", "at", "on_day", "details", "evidence", "body"
            )
            .values(
                SQLBind(UUID()), SQLBind(document.id), SQLBind(change.action), SQLBind(document.stage.rawValue),
                SQLBind(document.stage.rawValue), SQLBind(document.organisationID), SQLBind(actor.userID),
                SQLBind(actor.name), SQLBind(Date()), SQLBind(today.iso),
                SQLBind(try AuditChange.canonicalJSON(change.details)), SQLBind("[]"), SQLBind(change.reason)
            ).run()
        try await NormativeLibrary.updateStatus(document.id, on: tx)
    }

    /// The document's decision fields in the audit log.
    struct Record: Codable, Equatable {
        var decision: String?
        var decidedOn: String?
        var expiresOn: String?
        var reason: String?
    }

    static func record(_ document: NormativeDocumentRow) -> Record {
        Record(
            decision: document.decision?.rawValue, decidedOn: document.decidedOn?.iso,
            expiresOn: document.expiresOn?.iso)
    }

    /// Whether the document has already stopped being in force on `day` by a decision (废止 or 宣布失效).
    static func ended(_ document: NormativeDocumentRow, on day: CivilDate) -> Bool {
        guard let decision = document.decision, decision.ends, let decidedOn = document.decidedOn else { return false }
        return decidedOn <= day
    }
}
