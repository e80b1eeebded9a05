import FazhiCore
import Foundation
import SQLKit

/// A normative document (or government rule) as lists and pages show it. The text (`body`) is read only where a
/// page shows it (`NormativeDocumentRow.select(withBody:)`).
public struct NormativeDocumentRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var kind: NormativeKind
    public var title: String
    public var organisationID: UUID
    public var organisationName: String
    public var orgPath: OrgPath
    public var stage: NormativeStage
    public var filingOrganisationID: UUID?
    public var filingOrganisationName: String?
    public var filingPath: OrgPath?
    public var evaluatedOn: CivilDate?
    public var commentOpensOn: CivilDate?
    public var commentClosesOn: CivilDate?
    public var legalitySentOn: CivilDate?
    public var legalityOpinion: LegalityOpinion?
    public var legalityReviewedOn: CivilDate?
    public var deliberationMeeting: String?
    public var deliberatedOn: CivilDate?
    public var numberCode: String?
    public var numberYear: Int?
    public var numberSequence: Int?
    /// 文号 as printed: 「内政规〔2026〕3号」.
    public var documentNumber: String?
    public var publishedOn: CivilDate?
    public var effectiveOn: CivilDate?
    public var expiresOn: CivilDate?
    public var filingDue: CivilDate?
    public var filedOn: CivilDate?
    public var supplementCount: Int
    public var registeredOn: CivilDate?
    public var reviewedOn: CivilDate?
    public var reviewOutcome: NormativeReviewOutcome?
    public var handledOn: CivilDate?
    public var closedOn: CivilDate?
    public var decision: NormativeCleanupDecision?
    public var decidedOn: CivilDate?
    /// The deadline of the step the document is in, and its rule's id.
    public var dueOn: CivilDate?
    public var dueRule: String?
    public var lawWorkID: Int?
    public var createdAt: Date
    public var updatedAt: Date
    /// The text; empty unless read with it.
    public var body: String

    /// 效力状态 on `day`: nil before publication.
    public func status(on day: CivilDate) -> LawStatus? {
        guard stage.isPublished, let effectiveOn else { return nil }
        return LawStatusDates.normative(
            effectiveOn: effectiveOn, expiresOn: expiresOn, endedOn: decidedOn, decision: decision
        ).status(on: day)
    }

    /// Whether the step the document is in has run past its deadline on `day` (a minimum period, such as a
    /// comment period, never does).
    public func isOverdue(on day: CivilDate) -> Bool {
        guard let dueOn, stage != .publicComment else { return false }
        return dueOn < day
    }

    /// 按时报备: filed (报送备案) no later than the filing deadline. Nil while not filed and not yet due.
    public func filedOnTime(today: CivilDate) -> Bool? {
        guard let filingDue else { return nil }
        if let filedOn { return filedOn <= filingDue }
        return filingDue < today ? false : nil
    }

    /// The columns `decode` reads, from `normative_documents d` joined with the drafter `o` and the filing body `fo`.
    public static func select(withBody: Bool) -> SQLQueryString {
        """
        SELECT d.id, d.kind, d.title, d.organisation_id, o.name AS organisation_name, d.org_path, d.stage,
               d.filing_organisation_id, fo.name AS filing_organisation_name, d.filing_path, d.evaluated_on,
               d.comment_opens_on, d.comment_closes_on, d.legality_sent_on, d.legality_opinion, d.legality_reviewed_on,
               d.deliberation_meeting, d.deliberated_on, d.number_code, d.number_year, d.number_sequence,
               d.document_number, d.published_on, d.effective_on, d.expires_on, d.filing_due, d.filed_on,
               d.supplement_count, d.registered_on, d.reviewed_on, d.review_outcome, d.handled_on, d.closed_on,
               d.decision, d.decided_on, d.due_on, d.due_rule, d.law_work_id, d.created_at, d.updated_at,
               \(unsafeRaw: withBody ? "d.body" : "'' AS body")
        FROM normative_documents d
        JOIN organisations o ON o.id = d.organisation_id
        LEFT JOIN organisations fo ON fo.id = d.filing_organisation_id
        """
    }

    public static func decode(_ row: any SQLRow) throws -> NormativeDocumentRow {
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap { CivilDate(iso: $0) }
        }
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        return NormativeDocumentRow(
            id: try row.decode(column: "id", as: UUID.self),
            kind: NormativeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .normativeDocument,
            title: try row.decode(column: "title", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            orgPath: OrgPath(value: try row.decode(column: "org_path", as: String.self)),
            stage: NormativeStage(rawValue: try row.decode(column: "stage", as: String.self)) ?? .drafting,
            filingOrganisationID: try row.decode(column: "filing_organisation_id", as: UUID?.self),
            filingOrganisationName: try text("filing_organisation_name"),
            filingPath: try text("filing_path").map(OrgPath.init(value:)),
            evaluatedOn: try date("evaluated_on"), commentOpensOn: try date("comment_opens_on"),
            commentClosesOn: try date("comment_closes_on"), legalitySentOn: try date("legality_sent_on"),
            legalityOpinion: try text("legality_opinion").flatMap(LegalityOpinion.init(rawValue:)),
            legalityReviewedOn: try date("legality_reviewed_on"), deliberationMeeting: try text("deliberation_meeting"),
            deliberatedOn: try date("deliberated_on"), numberCode: try text("number_code"),
            numberYear: try row.decode(column: "number_year", as: Int?.self),
            numberSequence: try row.decode(column: "number_sequence", as: Int?.self),
            documentNumber: try text("document_number"), publishedOn: try date("published_on"),
            effectiveOn: try date("effective_on"), expiresOn: try date("expires_on"), filingDue: try date("filing_due"),
            filedOn: try date("filed_on"), supplementCount: try row.decode(column: "supplement_count", as: Int.self),
            registeredOn: try date("registered_on"), reviewedOn: try date("reviewed_on"),
            reviewOutcome: try text("review_outcome").flatMap(NormativeReviewOutcome.init(rawValue:)),
            handledOn: try date("handled_on"), closedOn: try date("closed_on"),
            decision: try text("decision").flatMap(NormativeCleanupDecision.init(rawValue:)),
            decidedOn: try date("decided_on"), dueOn: try date("due_on"), dueRule: try text("due_rule"),
            lawWorkID: try row.decode(column: "law_work_id", as: Int?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self),
            body: try row.decode(column: "body", as: String.self))
    }
}

/// One step in a document's history.
public struct NormativeEventRow: Sendable, Equatable, Identifiable {
    public var id: UUID
    /// A `NormativeAction`'s raw value, or a decision taken outside the procedure (an expiry evaluation, a clean-up).
    public var action: String
    public var stageBefore: NormativeStage
    public var stageAfter: NormativeStage
    public var organisationName: String
    public var authorName: String
    public var at: Date
    public var onDay: CivilDate
    /// The step's own fields, as labelled lines (「会议：…」).
    public var details: [String: String]
    public var evidence: [EvidenceFile]
    public var body: String?

    /// The step in Chinese.
    public var actionLabel: String {
        NormativeAction(rawValue: action)?.label ?? Self.otherLabels[action] ?? action
    }

    static let otherLabels = ["evaluate_expiry": "有效期届满前评估", "cleanup_decision": "清理决定"]
}
