import Fluent

/// Watched deadlines, the record of their moves when the calendar changed, and the notifications that tell
/// their owners.
struct CreateDeadlines: AsyncMigration {
    var name: String { "0007_CreateDeadlines" }

    func prepare(on database: any Database) async throws {
        try await database.schema("deadlines")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("owner_id", .uuid, .required, .references("users", "id"))
            .field("subject", .string, .required)
            .field("rule_id", .string, .required)
            .field("start_date", .string, .required)
            .field("start_time", .string)
            .field("events", .string, .required)
            .field("status", .string, .required)
            .field("due_date", .string)
            .field("due_time", .string)
            .field("provisional", .bool, .required)
            .field("calendar_version", .int, .required)
            .field("reminded_due_soon_for", .string)
            .field("reminded_overdue_for", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("closed_at", .datetime)
            .create()
        try await SQLIndex.create(
            "deadlines_status_due", on: "deadlines", columns: ["status", "due_date"], in: database)
        try await SQLIndex.create("deadlines_organisation", on: "deadlines", columns: ["organisation_id"], in: database)
        try await database.schema("deadline_moves")
            .id()
            .field("deadline_id", .uuid, .required, .references("deadlines", "id"))
            .field("at", .datetime, .required)
            .field("calendar_version", .int, .required)
            .field("old_due", .string)
            .field("new_due", .string)
            .field("was_provisional", .bool, .required)
            .field("provisional", .bool, .required)
            .field("reason", .string, .required)
            .create()
        try await SQLIndex.create(
            "deadline_moves_deadline", on: "deadline_moves", columns: ["deadline_id"], in: database)
        try await database.schema("notifications")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await SQLIndex.create(
            "notifications_user", on: "notifications", columns: ["user_id", "created_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
        try await database.schema("deadline_moves").delete()
        try await database.schema("deadlines").delete()
    }
}
