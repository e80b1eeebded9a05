import Fluent

/// Inspections of enterprises (涉企行政检查) and the repeated-inspection alerts over them.
///
/// A record keeps its body's `org_path` (a scope is one index range, as everywhere in enforcement) and the client's
/// id for it, unique per body (a record sent again is recognised). `enterprise_inspection_alerts` links an
/// `enforcement_alerts` row to every inspection it counted, with the enterprise and the window's first day, so the
/// alert is raised once per enterprise per window and any bureau that sees one of the inspections sees the alert.
struct CreateEnterpriseInspections: AsyncMigration {
    var name: String { "0021_CreateEnterpriseInspections" }

    func prepare(on database: any Database) async throws {
        try await database.schema("enterprise_inspections")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("client_id", .string, .required)
            .field("matter_code", .string, .required)
            .field("matter_name", .string, .required)
            .field("credit_code", .string, .required)
            .field("enterprise_name", .string, .required)
            .field("inspected_on", .string, .required)
            .field("officers", .string, .required)
            .field("kind", .string, .required)
            .field("result", .string, .required)
            .field("source", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enterprise_inspections_client", on: "enterprise_inspections", columns: ["organisation_id", "client_id"],
            unique: true, in: database)
        try await SQLIndex.create(
            "enterprise_inspections_code", on: "enterprise_inspections", columns: ["credit_code", "inspected_on"],
            in: database)
        try await SQLIndex.create(
            "enterprise_inspections_path", on: "enterprise_inspections", columns: ["org_path", "inspected_on"],
            in: database)

        try await database.schema("enterprise_inspection_alerts")
            .id()
            .field("alert_id", .uuid, .required, .references("enforcement_alerts", "id"))
            .field("inspection_id", .uuid, .required, .references("enterprise_inspections", "id"))
            .field("credit_code", .string, .required)
            .field("window_from", .string, .required)
            .create()
        try await SQLIndex.create(
            "enterprise_inspection_alerts_inspection", on: "enterprise_inspection_alerts", columns: ["inspection_id"],
            in: database)
        try await SQLIndex.create(
            "enterprise_inspection_alerts_code", on: "enterprise_inspection_alerts",
            columns: ["credit_code", "window_from"], in: database)
        try await SQLIndex.create(
            "enterprise_inspection_alerts_alert", on: "enterprise_inspection_alerts", columns: ["alert_id"],
            in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("enterprise_inspection_alerts").delete()
        try await database.schema("enterprise_inspections").delete()
    }
}
