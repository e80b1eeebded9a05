import Fluent

/// Assessment (考核): indicator systems, rounds that score units against one, each unit's part of a round, and each
/// unit's entries (self-assessment, evidence, the reviewer's decision) on the round's scoring indicators.
///
/// A system is kept as one JSON document (`IndicatorSystem`): it is edited and imported as a whole and validated as
/// a whole. A round copies the system when it starts, so that editing the system later cannot change the rules of
/// a round already under way. Automatic scores are not stored: they follow from the platform's records, counted
/// when asked for, so a figure always drills down to the records it counts.
struct CreateAssessments: AsyncMigration {
    var name: String { "0012_CreateAssessments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_systems")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("name", .string, .required)
            .field("definition", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "indicator_systems_org_path", on: "indicator_systems", columns: ["org_path"], in: database)

        try await database.schema("assessment_rounds")
            .id()
            .field("system_id", .uuid, .required, .references("indicator_systems", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("title", .string, .required)
            .field("period_first", .string, .required)
            .field("period_last", .string, .required)
            .field("status", .string, .required)
            .field("definition", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "assessment_rounds_org_path", on: "assessment_rounds", columns: ["org_path"], in: database)

        try await database.schema("assessment_units")
            .field("round_id", .uuid, .required, .references("assessment_rounds", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("status", .string, .required)
            .field("submitted_at", .datetime)
            .field("reviewed_at", .datetime)
            .compositeIdentifier(over: "round_id", "organisation_id")
            .create()
        try await SQLIndex.create(
            "assessment_units_org_path", on: "assessment_units", columns: ["org_path"], in: database)

        try await database.schema("assessment_entries")
            .field("round_id", .uuid, .required, .references("assessment_rounds", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("code", .string, .required)
            // Points in hundredths, as `Points` keeps them: exact sums, no binary fractions.
            .field("self_points", .int)
            .field("self_comment", .string)
            .field("evidence", .string, .required)
            .field("review", .string)
            .field("reviewer_name", .string)
            .field("updated_at", .datetime, .required)
            .compositeIdentifier(over: "round_id", "organisation_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["assessment_entries", "assessment_units", "assessment_rounds", "indicator_systems"] {
            try await database.schema(table).delete()
        }
    }
}
