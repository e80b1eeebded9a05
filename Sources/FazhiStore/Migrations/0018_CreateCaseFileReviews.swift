import Fluent

/// Case-file review (案卷评查): campaigns organised by a justice bureau over its subtree, and the files they drew.
///
/// A campaign records its seed, the eligible case ids per agency (the published list the draw is verified against),
/// the sample rule and the standard as JSON; a file keeps the agency's `org_path`, so agencies' views are one index
/// range, its prefill and item results as JSON (Core's `ReviewPrefill`, `ReviewItemResult`) and the score beside them.
struct CreateCaseFileReviews: AsyncMigration {
    var name: String { "0018_CreateCaseFileReviews" }

    func prepare(on database: any Database) async throws {
        try await database.schema("review_campaigns")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("scope_path", .string, .required)
            .field("name", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("sample_rule", .string, .required)
            .field("seed", .string, .required)
            .field("eligible", .string, .required)
            .field("standard", .string, .required)
            .field("status", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("published_at", .datetime)
            .create()
        try await SQLIndex.create(
            "review_campaigns_scope", on: "review_campaigns", columns: ["scope_path"], in: database)

        try await database.schema("review_files")
            .id()
            .field("campaign_id", .uuid, .required, .references("review_campaigns", "id"))
            .field("case_id", .uuid, .required, .references("enforcement_cases", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("position", .int, .required)
            .field("stage", .string, .required)
            .field("reviewer_id", .uuid)
            .field("reviewer_name", .string)
            .field("prefill", .string, .required)
            .field("results", .string, .required)
            .field("vetoed", .bool, .required)
            .field("score", .int)
            .field("grade", .string)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "review_files_campaign", on: "review_files", columns: ["campaign_id", "org_path"], in: database)
        try await SQLIndex.create(
            "review_files_case", on: "review_files", columns: ["campaign_id", "case_id"], unique: true, in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("review_files").delete()
        try await database.schema("review_campaigns").delete()
    }
}
