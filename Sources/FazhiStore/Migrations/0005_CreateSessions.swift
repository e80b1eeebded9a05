import Fluent

struct CreateSessions: AsyncMigration {
    var name: String { "0005_CreateSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await SQLIndex.create("sessions_user", on: "sessions", columns: ["user_id"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
