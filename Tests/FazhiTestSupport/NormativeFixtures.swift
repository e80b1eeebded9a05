import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Normative documents written straight into `normative_documents`, for tests of what reads them (the public
/// catalogue, review suggestions, clean-ups, statistics) without walking each one through its whole procedure;
/// the procedure itself is tested through `NormativeRepository`.
public enum NormativeFixtures {
    public struct Document: Sendable {
        public var id = UUID()
        public var kind: NormativeKind = .normativeDocument
        public var title: String
        public var drafter: Organisation
        public var filingBody: Organisation?
        public var stage: NormativeStage
        public var numberCode: String? = "测政规"
        public var numberSequence: Int? = nil
        public var publishedOn: CivilDate? = nil
        public var effectiveOn: CivilDate? = nil
        public var expiresOn: CivilDate? = nil
        public var filingDue: CivilDate? = nil
        public var filedOn: CivilDate? = nil
        public var registeredOn: CivilDate? = nil
        public var reviewedOn: CivilDate? = nil
        public var reviewOutcome: NormativeReviewOutcome? = nil
        public var commentOpensOn: CivilDate? = nil
        public var commentClosesOn: CivilDate? = nil
        public var decision: NormativeCleanupDecision? = nil
        public var decidedOn: CivilDate? = nil
        public var dueOn: CivilDate? = nil
        public var body = "第一条 为了规范测试工作，制定本办法。\n\n第二条 本办法自印发之日起施行。"

        public init(
            title: String, drafter: Organisation, filingBody: Organisation? = nil, stage: NormativeStage,
            publishedOn: CivilDate? = nil
        ) {
            self.title = title
            self.drafter = drafter
            self.filingBody = filingBody
            self.stage = stage
            self.publishedOn = publishedOn
            self.effectiveOn = publishedOn
        }

        /// 「测政规〔2026〕3号」 for a numbered document.
        public var documentNumber: String? {
            guard let numberCode, let numberSequence, let publishedOn else { return nil }
            return "\(numberCode)〔\(publishedOn.year)〕\(numberSequence)号"
        }
    }

    /// Inserts the document as given (no audit entry, no checks) and returns its id.
    @discardableResult
    public static func insert(_ document: Document, on db: any Database) async throws -> UUID {
        let sql = db as! any SQLDatabase
        var document = document
        if document.publishedOn != nil && document.numberSequence == nil {
            let next = try await sql.raw(
                """
                SELECT COALESCE(MAX(number_sequence), 0) + 1 AS n FROM normative_documents
                WHERE number_code = \(bind: document.numberCode) AND number_year = \(bind: document.publishedOn!.year)
                """
            ).first()!.decode(column: "n", as: Int.self)
            document.numberSequence = next
        }
        let now = Date()
        try await sql.insert(into: "normative_documents")
            .columns(
                "id", "kind", "title", "organisation_id", "org_path", "stage", "filing_organisation_id", "filing_path",
                "comment_opens_on", "comment_closes_on", "number_code", "number_year", "number_sequence",
                "document_number", "published_on", "effective_on", "expires_on", "filing_due", "filed_on",
                "supplement_count", "registered_on", "reviewed_on", "review_outcome", "decision", "decided_on",
                "due_on", "created_at", "updated_at", "body"
            )
            .values(
                SQLBind(document.id), SQLBind(document.kind.rawValue), SQLBind(document.title),
                SQLBind(document.drafter.id), SQLBind(document.drafter.path.value), SQLBind(document.stage.rawValue),
                SQLBind(document.filingBody?.id), SQLBind(document.filingBody?.path.value),
                SQLBind(document.commentOpensOn?.iso), SQLBind(document.commentClosesOn?.iso),
                SQLBind(document.publishedOn == nil ? nil : document.numberCode),
                SQLBind(document.publishedOn?.year),
                SQLBind(document.publishedOn == nil ? nil : document.numberSequence),
                SQLBind(document.documentNumber), SQLBind(document.publishedOn?.iso),
                SQLBind(document.effectiveOn?.iso), SQLBind(document.expiresOn?.iso), SQLBind(document.filingDue?.iso),
                SQLBind(document.filedOn?.iso), SQLBind(0), SQLBind(document.registeredOn?.iso),
                SQLBind(document.reviewedOn?.iso), SQLBind(document.reviewOutcome?.rawValue),
                SQLBind(document.decision?.rawValue), SQLBind(document.decidedOn?.iso), SQLBind(document.dueOn?.iso),
                SQLBind(now), SQLBind(now), SQLBind(document.body)
            )
            .run()
        return document.id
    }
}
