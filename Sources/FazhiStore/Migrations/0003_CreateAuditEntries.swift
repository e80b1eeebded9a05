import Fluent

struct CreateAuditEntries: AsyncMigration {
    var name: String { "0003_CreateAuditEntries" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("org_path", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("request_id", .string)
            .create()
        try await SQLIndex.create("audit_entries_at", on: "audit_entries", columns: ["at"], in: database)
        try await SQLIndex.create("audit_entries_org_path", on: "audit_entries", columns: ["org_path"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
