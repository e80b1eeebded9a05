import Fluent

/// Normative documents (行政规范性文件) and government rules through their life: drafting to filing review, public
/// comment, review suggestions from citizens, expiry evaluation and clean-up, and the local rules on their periods.
///
/// `org_path` is the drafting body's path and `filing_path` the filing body's (备案审查机关), copied onto the row so
/// that "the drafting body sees its documents, the filing body those filed with it" is two index ranges, as for
/// inspections. Days are Beijing days as `YYYY-MM-DD`. `due_on`/`due_rule` are the deadline of the step the document
/// is in (none when nothing runs), kept in step by every action so that lists and reminders query one column.
struct CreateNormativeDocuments: AsyncMigration {
    var name: String { "0015_CreateNormativeDocuments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("normative_documents")
            .id()
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("stage", .string, .required)
            .field("filing_organisation_id", .uuid, .references("organisations", "id"))
            .field("filing_path", .string)
            .field("evaluated_on", .string)
            .field("comment_opens_on", .string)
            .field("comment_closes_on", .string)
            .field("legality_sent_on", .string)
            .field("legality_opinion", .string)
            .field("legality_reviewed_on", .string)
            .field("deliberation_meeting", .string)
            .field("deliberated_on", .string)
            // 统一编号: the issuer code (「内政规」), year and sequence, unique together; `document_number` is the
            // number as printed (「内政规〔2026〕3号」).
            .field("number_code", .string)
            .field("number_year", .int)
            .field("number_sequence", .int)
            .field("document_number", .string)
            .field("published_on", .string)
            .field("effective_on", .string)
            .field("expires_on", .string)
            .field("filing_due", .string)
            .field("filed_on", .string)
            .field("supplement_count", .int, .required)
            .field("registered_on", .string)
            .field("reviewed_on", .string)
            .field("review_outcome", .string)
            .field("handled_on", .string)
            .field("closed_on", .string)
            // The last expiry evaluation or clean-up decision, and its day (废止 and 宣布失效 end the document then).
            .field("decision", .string)
            .field("decided_on", .string)
            .field("due_on", .string)
            .field("due_rule", .string)
            .field("reminded_for", .string)
            .field("expiry_reminded_for", .string)
            // The document's entry in the law library once published, so that the public query finds it.
            .field("law_work_id", .int64)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("body", .string, .required)
            .create()
        try await SQLIndex.create(
            "normative_documents_number", on: "normative_documents",
            columns: ["number_code", "number_year", "number_sequence"], unique: true, in: database)
        try await SQLIndex.create(
            "normative_documents_drafter", on: "normative_documents", columns: ["org_path", "stage"], in: database)
        try await SQLIndex.create(
            "normative_documents_filing", on: "normative_documents", columns: ["filing_path", "stage"], in: database)
        try await SQLIndex.create(
            "normative_documents_published", on: "normative_documents", columns: ["published_on"], in: database)
        try await SQLIndex.create(
            "normative_documents_due", on: "normative_documents", columns: ["due_on"], in: database)

        try await database.schema("normative_events")
            .id()
            .field("document_id", .uuid, .required, .references("normative_documents", "id"))
            .field("action", .string, .required)
            .field("stage_before", .string, .required)
            .field("stage_after", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .field("on_day", .string, .required)
            // The step's own fields (a meeting's name, an outcome, dates) as canonical JSON.
            .field("details", .string, .required)
            .field("evidence", .string, .required)
            .field("body", .string)
            .create()
        try await SQLIndex.create(
            "normative_events_document", on: "normative_events", columns: ["document_id", "at"], in: database)

        // Comments from the public on a draft (公开征求意见).
        try await database.schema("normative_comments")
            .id()
            .field("document_id", .uuid, .required, .references("normative_documents", "id"))
            .field("submitted_at", .datetime, .required)
            .field("name", .string)
            .field("contact", .string)
            .field("body", .string, .required)
            .create()
        try await SQLIndex.create(
            "normative_comments_document", on: "normative_comments", columns: ["document_id", "submitted_at"],
            in: database)

        // Review suggestions (审查建议) from anyone against a published document, tracked by receipt number.
        try await database.schema("normative_suggestions")
            .id()
            .field("receipt", .string, .required)
            .field("document_id", .uuid, .required, .references("normative_documents", "id"))
            // The filing body's path at submission: the body that must answer.
            .field("filing_path", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("received_on", .string, .required)
            .field("due_on", .string, .required)
            .field("name", .string)
            .field("contact", .string)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("answer", .string)
            .field("answered_on", .string)
            .field("answered_by", .uuid, .references("users", "id"))
            .field("reminded_for", .string)
            .unique(on: "receipt")
            .create()
        try await SQLIndex.create(
            "normative_suggestions_filing", on: "normative_suggestions", columns: ["filing_path", "status", "due_on"],
            in: database)

        // Clean-up campaigns (清理) and their documents, with each document's decision.
        try await database.schema("normative_cleanups")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("title", .string, .required)
            .field("basis", .string)
            .field("started_on", .string, .required)
            .field("due_on", .string, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("normative_cleanup_items")
            .id()
            .field("cleanup_id", .uuid, .required, .references("normative_cleanups", "id"))
            .field("document_id", .uuid, .required, .references("normative_documents", "id"))
            // The document's drafting body's path, so that each body sees and decides its own share.
            .field("org_path", .string, .required)
            .field("decision", .string)
            .field("reason", .string)
            .field("decided_on", .string)
            .field("decided_by", .uuid, .references("users", "id"))
            .create()
        try await SQLIndex.create(
            "normative_cleanup_items_unique", on: "normative_cleanup_items", columns: ["cleanup_id", "document_id"],
            unique: true, in: database)
        try await SQLIndex.create(
            "normative_cleanup_items_org", on: "normative_cleanup_items", columns: ["org_path", "decision"],
            in: database)

        // A region's own rules on normative documents (`NormativeLocalRules`), one row per organisation that set them.
        try await database.schema("normative_local_rules")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("rules", .string, .required)
            .field("updated_by", .uuid, .references("users", "id"))
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "normative_local_rules", "normative_cleanup_items", "normative_cleanups", "normative_suggestions",
            "normative_comments", "normative_events", "normative_documents",
        ] {
            try await database.schema(table).delete()
        }
    }
}
