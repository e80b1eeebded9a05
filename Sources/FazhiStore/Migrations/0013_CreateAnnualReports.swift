import Fluent

/// Annual reports (法治政府建设年度报告): one per government and year, holding only what people wrote. The
/// figures are counted from the records whenever the report is opened or exported, so they can never drift from
/// the records they link to.
struct CreateAnnualReports: AsyncMigration {
    var name: String { "0013_CreateAnnualReports" }

    func prepare(on database: any Database) async throws {
        try await database.schema("annual_reports")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("year", .int, .required)
            // The text of each section, by `AnnualReportSection` code, as JSON.
            .field("texts", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "annual_reports_government_year", on: "annual_reports", columns: ["organisation_id", "year"], unique: true,
            in: database)
        try await SQLIndex.create("annual_reports_org_path", on: "annual_reports", columns: ["org_path"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("annual_reports").delete()
    }
}
