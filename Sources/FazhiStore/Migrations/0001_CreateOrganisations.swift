import Fluent

struct CreateOrganisations: AsyncMigration {
    var name: String { "0001_CreateOrganisations" }

    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .id()
            .field("name", .string, .required)
            .field("short_name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references("organisations", "id"))
            .field("path", .string, .required)
            .field("credit_code", .string)
            .field("aliases", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "path")
            .unique(on: "credit_code")
            .create()
        try await SQLIndex.create("organisations_parent", on: "organisations", columns: ["parent_id"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").delete()
    }
}
