import Fluent

/// Inspection (督察) and rectification (整改): campaigns run by an office, the findings (问题清单) they feed back to
/// units with a rectification deadline, and every report and decision on a finding.
///
/// `org_path` is copied onto campaigns (the inspecting office) and onto findings (the unit that must rectify) so
/// that both ways of seeing a finding, as its office and as its unit, are a range on one indexed column. Dates a
/// rate compares (`deadline`, `reported_on`, `closed_on`, `raised_on`) are Beijing days as `YYYY-MM-DD`, like the ledger's.
struct CreateInspections: AsyncMigration {
    var name: String { "0011_CreateInspections" }

    func prepare(on database: any Database) async throws {
        try await database.schema("inspection_campaigns")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("title", .string, .required)
            .field("basis", .string)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "inspection_campaigns_org_path", on: "inspection_campaigns", columns: ["org_path", "started_on"],
            in: database)

        try await database.schema("inspection_findings")
            .id()
            .field("campaign_id", .uuid, .required, .references("inspection_campaigns", "id"))
            // The campaign's org_path, so that an office's view of its findings needs no join.
            .field("campaign_path", .string, .required)
            .field("number", .int, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("kind", .string, .required)
            .field("description", .string, .required)
            .field("requirement", .string)
            .field("raised_on", .string, .required)
            .field("deadline", .string, .required)
            .field("status", .string, .required)
            // The day of the unit's last rectification report: a finding reported in time is rectified in time
            // even if the office decides later.
            .field("reported_on", .string)
            .field("closed_on", .string)
            .field("reopened_count", .int, .required)
            .field("extended_count", .int, .required)
            // The last reminder sent for this finding (「2027-03-31@3」, 「overdue 2027-03-31」), so that the hourly
            // sweep sends each once, and a new deadline (延期) is reminded afresh.
            .field("reminded_for", .string)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "inspection_findings_campaign", on: "inspection_findings", columns: ["campaign_id", "number"],
            unique: true, in: database)
        try await SQLIndex.create(
            "inspection_findings_unit", on: "inspection_findings", columns: ["org_path", "status", "deadline"],
            in: database)
        try await SQLIndex.create(
            "inspection_findings_office", on: "inspection_findings", columns: ["campaign_path", "raised_on"],
            in: database)

        try await database.schema("inspection_events")
            .id()
            .field("finding_id", .uuid, .required, .references("inspection_findings", "id"))
            .field("action", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .field("body", .string, .required)
            // For 延期: the new deadline.
            .field("deadline", .string)
            .field("evidence", .string, .required)
            .create()
        try await SQLIndex.create(
            "inspection_events_finding", on: "inspection_events", columns: ["finding_id", "at"], in: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["inspection_events", "inspection_findings", "inspection_campaigns"] {
            try await database.schema(table).delete()
        }
    }
}
