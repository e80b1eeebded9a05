import Fluent

/// Transfers of suspected crimes to the police (两法衔接, 《行政执法机关移送涉嫌犯罪案件的规定》): one row per transfer with
/// the transferring agency's `org_path` (the scope is one index range, as everywhere in enforcement), the running
/// period (`due_from`/`due_time`, `due_on`/`due_time_on`), and every step, including the procuratorate's opinions.
struct CreateTransfers: AsyncMigration {
    var name: String { "0020_CreateTransfers" }

    func prepare(on database: any Database) async throws {
        try await database.schema("crime_transfers")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("case_id", .uuid, .references("enforcement_cases", "id"))
            .field("subject", .string, .required)
            .field("party", .string, .required)
            .field("offence", .string, .required)
            .field("facts", .string, .required)
            .field("police", .string, .required)
            // JSON array of names: the task group of two or more officers (第五条).
            .field("members", .string, .required)
            .field("stage", .string, .required)
            .field("reported_on", .string, .required)
            .field("transferred_on", .string)
            // The day of the last step: a new step may not be earlier.
            .field("last_step_on", .string, .required)
            // The running period: from `due_from` (at `due_from_time` for hours) to `due_on` (`due_time`); empty when
            // no period runs.
            .field("due_from", .string)
            .field("due_from_time", .string)
            .field("due_on", .string)
            .field("due_time", .string)
            // The `due_on` the sweep last raised an overdue alert for.
            .field("alerted_due", .string)
            .field("event_count", .int, .required)
            .field("opinion_count", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create("crime_transfers_path", on: "crime_transfers", columns: ["org_path"], in: database)
        try await SQLIndex.create("crime_transfers_due", on: "crime_transfers", columns: ["due_on"], in: database)
        try await SQLIndex.create("crime_transfers_case", on: "crime_transfers", columns: ["case_id"], in: database)

        try await database.schema("crime_transfer_events")
            .id()
            .field("transfer_id", .uuid, .required, .references("crime_transfers", "id"))
            .field("sequence", .int, .required)
            // `report`, `opinion` (a procuratorate's), or a `TransferAction`.
            .field("action", .string, .required)
            .field("stage_after", .string, .required)
            .field("on_day", .string, .required)
            .field("on_time", .string)
            .field("document", .string, .required)
            .field("note", .string, .required)
            .field("late", .bool, .required)
            .field("organisation_name", .string, .required)
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "crime_transfer_events_order", on: "crime_transfer_events", columns: ["transfer_id", "sequence"],
            unique: true, in: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["crime_transfer_events", "crime_transfers"] { try await database.schema(table).delete() }
    }
}
