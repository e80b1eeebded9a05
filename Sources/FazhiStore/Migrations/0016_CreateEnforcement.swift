import Fluent

/// Administrative enforcement (行政执法): the bodies, their officers and certificates, the powers list with its
/// discretion benchmarks, penalty cases and their steps, alerts, publicity, and a region's thresholds.
///
/// Every table carries the owning body's `org_path`, so the scope is one index range. Days are Beijing days as
/// `YYYY-MM-DD`; money is in fen. A case keeps its established facts as JSON (`facts`, Core's `CaseFacts`) and copies
/// beside it the columns lists, figures and the sweep filter on.
struct CreateEnforcement: AsyncMigration {
    var name: String { "0016_CreateEnforcement" }

    func prepare(on database: any Database) async throws {
        // 执法主体: an organisation registered to enforce, its legal basis and territory; the row's id is the
        // organisation's.
        try await database.schema("enforcement_bodies")
            .id()
            .field("org_path", .string, .required)
            .field("legal_basis", .string, .required)
            .field("territory", .string, .required)
            .field("status", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_bodies_path", on: "enforcement_bodies", columns: ["org_path"], in: database)

        try await database.schema("enforcement_officers")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("name", .string, .required)
            // 执法人员 or 监督人员 (supervision staff hold their own certificates).
            .field("duty", .string, .required)
            .field("user_id", .uuid, .references("users", "id"))
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_officers_path", on: "enforcement_officers", columns: ["org_path"], in: database)

        try await database.schema("enforcement_certificates")
            .id()
            .field("officer_id", .uuid, .required, .references("enforcement_officers", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("number", .string, .required)
            .field("issuer", .string, .required)
            .field("fields", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_to", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_certificates_number", on: "enforcement_certificates", columns: ["number"], unique: true,
            in: database)
        try await SQLIndex.create(
            "enforcement_certificates_body", on: "enforcement_certificates", columns: ["organisation_id", "valid_to"],
            in: database)

        // 权责清单: one row per matter; the benchmark's ranges as JSON (Core's `DiscretionBenchmark`).
        try await database.schema("power_matters")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("legal_basis", .string, .required)
            .field("benchmark", .string, .required)
            .field("no_penalty", .bool, .required)
            .field("light_penalty", .bool, .required)
            .field("active", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "power_matters_code", on: "power_matters", columns: ["organisation_id", "code"], unique: true, in: database)
        try await SQLIndex.create("power_matters_path", on: "power_matters", columns: ["org_path"], in: database)

        try await database.schema("enforcement_cases")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("procedure", .string, .required)
            // The agency's own case reference (its system's id or its 案号), unique per body: events name it.
            .field("reference", .string, .required)
            .field("matter_code", .string, .required)
            .field("matter_name", .string, .required)
            .field("party_kind", .string, .required)
            .field("party_name", .string, .required)
            .field("party_id", .string)
            .field("stage", .string, .required)
            .field("filed_on", .string, .required)
            .field("decided_on", .string)
            .field("closed_on", .string)
            .field("fine_fen", .int64, .required)
            .field("due_on", .string)
            .field("due_rule", .string)
            // The day the decision must be published by, while it is not (执法公示); cleared when published.
            .field("publicity_due", .string)
            // What the sweep last raised an alert for: the `due_on` found overdue, and the late `publicity_due`.
            .field("alerted_due", .string)
            .field("alerted_publicity", .string)
            .field("event_count", .int, .required)
            .field("facts", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_cases_reference", on: "enforcement_cases", columns: ["organisation_id", "reference"],
            unique: true, in: database)
        try await SQLIndex.create(
            "enforcement_cases_path", on: "enforcement_cases", columns: ["org_path", "filed_on"], in: database)
        try await SQLIndex.create("enforcement_cases_due", on: "enforcement_cases", columns: ["due_on"], in: database)
        try await SQLIndex.create(
            "enforcement_cases_publicity", on: "enforcement_cases", columns: ["publicity_due"], in: database)
        try await SQLIndex.create(
            "enforcement_cases_party", on: "enforcement_cases", columns: ["party_id", "filed_on"], in: database)

        // Each step of a case, in order. `client_event_id` is the sending system's id: a repeat is recognised and
        // not applied twice.
        try await database.schema("enforcement_case_events")
            .id()
            .field("case_id", .uuid, .required, .references("enforcement_cases", "id"))
            .field("sequence", .int, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("client_event_id", .string)
            .field("action", .string, .required)
            .field("on_day", .string, .required)
            .field("stage_before", .string)
            .field("stage_after", .string, .required)
            .field("input", .string, .required)
            .field("evidence", .string, .required)
            .field("source", .string, .required)
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "enforcement_case_events_order", on: "enforcement_case_events", columns: ["case_id", "sequence"],
            unique: true, in: database)
        try await SQLIndex.create(
            "enforcement_case_events_client", on: "enforcement_case_events",
            columns: ["organisation_id", "client_event_id"], unique: true, in: database)

        // 预警: raised by a step (`case_event_id`) or by the sweep (`key` names what it found, so it is raised once).
        try await database.schema("enforcement_alerts")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("case_id", .uuid, .references("enforcement_cases", "id"))
            .field("case_event_id", .uuid)
            .field("key", .string)
            .field("rule", .string, .required)
            .field("title", .string, .required)
            .field("message", .string, .required)
            .field("basis", .string, .required)
            .field("severity", .string, .required)
            .field("raised_on", .string, .required)
            .field("raised_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("closed_note", .string)
            .create()
        try await SQLIndex.create(
            "enforcement_alerts_path", on: "enforcement_alerts", columns: ["org_path", "raised_on"], in: database)
        try await SQLIndex.create(
            "enforcement_alerts_key", on: "enforcement_alerts", columns: ["key"], unique: true, in: database)
        try await SQLIndex.create(
            "enforcement_alerts_case", on: "enforcement_alerts", columns: ["case_id"], in: database)

        // 执法公示: what the public sees of a decision, personal data masked when it is written.
        try await database.schema("enforcement_publications")
            .id()
            .field("case_id", .uuid, .required, .references("enforcement_cases", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("body_name", .string, .required)
            .field("decision_number", .string, .required)
            .field("party", .string, .required)
            .field("matter_name", .string, .required)
            .field("summary", .string, .required)
            .field("penalties", .string, .required)
            .field("fine_fen", .int64, .required)
            .field("decided_on", .string, .required)
            .field("published_on", .string, .required)
            .field("withdrawn_on", .string)
            .field("withdraw_reason", .string)
            .create()
        try await SQLIndex.create(
            "enforcement_publications_case", on: "enforcement_publications", columns: ["case_id"], unique: true,
            in: database)
        try await SQLIndex.create(
            "enforcement_publications_day", on: "enforcement_publications", columns: ["published_on"], in: database)

        // A region's thresholds (Core's `EnforcementPolicy`); the nearest organisation above a body wins.
        try await database.schema("enforcement_policies")
            .id()
            .field("org_path", .string, .required)
            .field("policy", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "enforcement_policies", "enforcement_publications", "enforcement_alerts", "enforcement_case_events",
            "enforcement_cases", "power_matters", "enforcement_certificates", "enforcement_officers",
            "enforcement_bodies",
        ] {
            try await database.schema(table).delete()
        }
    }
}
