import FazhiCore
import Fluent
import SQLKit

/// The enforcement statistics (Core's `CaseTally` summed per body, matter and month), a case's outcome column for
/// drilling down from them, an index for counting open alerts, and the public catalogue's search index.
struct CreateEnforcementStatistics: AsyncMigration {
    var name: String { "0022_CreateEnforcementStatistics" }

    func prepare(on database: any Database) async throws {
        try await database.schema("enforcement_case_stats")
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("matter_code", .string, .required)
            .field("month", .string, .required)
            .field("filed", .int64, .required)
            .field("decided", .int64, .required)
            .field("no_penalty", .int64, .required)
            .field("fine_fen", .int64, .required)
            .field("closed", .int64, .required)
            .field("ended", .int64, .required)
            .field("published", .int64, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_case_stats_key", on: "enforcement_case_stats",
            columns: ["organisation_id", "matter_code", "month"], unique: true, in: database)
        try await SQLIndex.create(
            "enforcement_case_stats_path", on: "enforcement_case_stats", columns: ["org_path", "month"], in: database)

        let sql = database as! any SQLDatabase
        // 'penalty' or 'no_penalty' once decided: the dashboard's drill-down tells the two apart without the JSON.
        try await sql.raw("ALTER TABLE enforcement_cases ADD COLUMN outcome TEXT").run()
        try await SQLIndex.create(
            "enforcement_alerts_open", on: "enforcement_alerts", columns: ["closed_at", "organisation_id"],
            in: database)
        try await PublicationSearchIndex.create(on: database)
        try await EnforcementStatistics.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await PublicationSearchIndex.drop(on: sql)
        try await sql.raw("DROP INDEX enforcement_alerts_open").run()
        try await sql.raw("ALTER TABLE enforcement_cases DROP COLUMN outcome").run()
        try await database.schema("enforcement_case_stats").delete()
    }
}
