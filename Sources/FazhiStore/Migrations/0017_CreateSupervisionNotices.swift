import Fluent

/// Enforcement supervision (督办): the notices a justice bureau sends an agency, the alerts each was issued from, and
/// every step taken on it. A notice carries the addressed agency's `org_path`, so the scope is one index range, as
/// for the rest of enforcement; `supervisor_scope` is the government whose justice bureau handles it now (the
/// issuer's, or the one above after an escalation).
struct CreateSupervisionNotices: AsyncMigration {
    var name: String { "0017_CreateSupervisionNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema("supervision_notices")
            .id()
            // 「呼和浩特市司法局监督〔2026〕3号」: drawn per issuing bureau and year.
            .field("number", .string, .required)
            .field("year", .int, .required)
            .field("serial", .int, .required)
            .field("kind", .string, .required)
            .field("issuer_id", .uuid, .required, .references("organisations", "id"))
            .field("issuer_scope", .string, .required)
            .field("supervisor_id", .uuid, .required, .references("organisations", "id"))
            .field("supervisor_scope", .string, .required)
            // The addressed agency.
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("case_id", .uuid, .references("enforcement_cases", "id"))
            .field("findings", .string, .required)
            .field("requirement", .string, .required)
            .field("reply_days", .int, .required)
            .field("stage", .string, .required)
            .field("issued_on", .string, .required)
            // The running reply period: from `due_from` (issue, return or escalation) to `due_on`; empty while the
            // bureau has the reply.
            .field("due_from", .string)
            .field("due_on", .string)
            // The `due_on` the sweep last raised an overdue alert for.
            .field("alerted_due", .string)
            .field("replied_on", .string)
            .field("closed_on", .string)
            .field("event_count", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "supervision_notices_number", on: "supervision_notices", columns: ["issuer_id", "year", "serial"],
            unique: true, in: database)
        try await SQLIndex.create(
            "supervision_notices_path", on: "supervision_notices", columns: ["org_path"], in: database)
        try await SQLIndex.create(
            "supervision_notices_due", on: "supervision_notices", columns: ["due_on"], in: database)

        try await database.schema("supervision_notice_alerts")
            .id()
            .field("notice_id", .uuid, .required, .references("supervision_notices", "id"))
            .field("alert_id", .uuid, .required, .references("enforcement_alerts", "id"))
            .create()
        try await SQLIndex.create(
            "supervision_notice_alerts_pair", on: "supervision_notice_alerts", columns: ["notice_id", "alert_id"],
            unique: true, in: database)
        try await SQLIndex.create(
            "supervision_notice_alerts_alert", on: "supervision_notice_alerts", columns: ["alert_id"], in: database)

        try await database.schema("supervision_notice_events")
            .id()
            .field("notice_id", .uuid, .required, .references("supervision_notices", "id"))
            .field("sequence", .int, .required)
            // `issue`, or a `SupervisionAction`.
            .field("action", .string, .required)
            .field("stage_after", .string, .required)
            .field("text", .string, .required)
            .field("files", .string, .required)
            .field("organisation_name", .string, .required)
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("on_day", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "supervision_notice_events_order", on: "supervision_notice_events", columns: ["notice_id", "sequence"],
            unique: true, in: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["supervision_notice_events", "supervision_notice_alerts", "supervision_notices"] {
            try await database.schema(table).delete()
        }
    }
}
