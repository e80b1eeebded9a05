import Fluent

struct CreateJobs: AsyncMigration {
    var name: String { "0004_CreateJobs" }

    func prepare(on database: any Database) async throws {
        try await database.schema("jobs")
            .id()
            .field("kind", .string, .required)
            .field("payload", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("max_attempts", .int, .required)
            .field("run_at", .datetime, .required)
            .field("locked_at", .datetime)
            .field("locked_by", .string)
            .field("last_error", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
        try await SQLIndex.create("jobs_status_run_at", on: "jobs", columns: ["status", "run_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("jobs").delete()
    }
}
