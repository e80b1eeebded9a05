import Fluent

/// Holiday notices entered by administrators. Each row is one version of the calendar: the built-in notices
/// plus every row up to that version (a later row for a year replaces an earlier one). Rows are never changed.
struct CreateCalendarNotices: AsyncMigration {
    var name: String { "0006_CreateCalendarNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_notices")
            .id()
            .field("version", .int, .required)
            .field("year", .int, .required)
            .field("notice", .string, .required)
            .field("reason", .string)
            .field("entered_by_id", .uuid)
            .field("entered_by", .string, .required)
            .field("entered_at", .datetime, .required)
            .unique(on: "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_notices").delete()
    }
}
