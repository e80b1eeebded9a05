import Fluent

/// Complaints and reports about administrative enforcement (投诉举报): the complaints, every step taken on each, and a
/// region's answer period. A complaint carries the handling body's `org_path`, so the scope is one index range as in
/// the rest of enforcement; the body complained about is kept beside it (`body_id`, `body_path`).
struct CreateComplaints: AsyncMigration {
    var name: String { "0019_CreateComplaints" }

    func prepare(on database: any Database) async throws {
        try await database.schema("complaints")
            .id()
            // 「TS20261202-7KQ4M9XA」, and the SHA-256 of the query code (the code itself is shown once, never kept).
            .field("number", .string, .required)
            .field("code_hash", .string, .required)
            .field("source", .string, .required)
            // The feed's own id (12345 工单号): a resend with the same source and id returns the same complaint.
            .field("external_id", .string)
            // The organisation whose token fed it, for the feed to read it back.
            .field("submitter_path", .string)
            .field("kind", .string, .required)
            .field("body_id", .uuid, .required, .references("organisations", "id"))
            .field("body_path", .string, .required)
            // The handling body: the agency (举报) or the supervising justice bureau (投诉), or whom it was reassigned to.
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("narrative", .string, .required)
            .field("decision_number", .string)
            .field("name", .string)
            .field("mobile", .string)
            .field("stage", .string, .required)
            .field("received_on", .string, .required)
            .field("reply_days", .int, .required)
            // The answer period while it runs; empty once answered.
            .field("due_on", .string)
            .field("due_day", .string, .required)
            .field("alerted_due", .string)
            .field("accepted_on", .string)
            .field("answer", .string)
            .field("answered_on", .string)
            .field("rating", .string)
            .field("rating_comment", .string)
            .field("rated_on", .string)
            .field("event_count", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "complaints_number", on: "complaints", columns: ["number"], unique: true, in: database)
        try await SQLIndex.create(
            "complaints_external", on: "complaints", columns: ["source", "external_id"], unique: true, in: database)
        try await SQLIndex.create("complaints_path", on: "complaints", columns: ["org_path"], in: database)
        try await SQLIndex.create("complaints_due", on: "complaints", columns: ["due_on"], in: database)

        try await database.schema("complaint_events")
            .id()
            .field("complaint_id", .uuid, .required, .references("complaints", "id"))
            .field("sequence", .int, .required)
            // `submit`, `feedback`, or a `ComplaintAction`.
            .field("action", .string, .required)
            .field("stage_after", .string, .required)
            .field("text", .string, .required)
            .field("organisation_name", .string, .required)
            .field("author_name", .string, .required)
            .field("on_day", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "complaint_events_order", on: "complaint_events", columns: ["complaint_id", "sequence"], unique: true,
            in: database)

        // A region's answer period; the nearest entry above the handling body applies, else the 参照 default.
        try await database.schema("complaint_policies")
            .id()
            .field("org_path", .string, .required)
            .field("reply_days", .int, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["complaint_policies", "complaint_events", "complaints"] {
            try await database.schema(table).delete()
        }
    }
}
