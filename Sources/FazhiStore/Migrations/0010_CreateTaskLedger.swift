import Fluent

/// The task ledger (任务台账): imported plans, their tree of chapters and items, the tasks with their units, the
/// progress units report, and the names users mapped to organisations once so that the next plan resolves them.
///
/// `org_path` is copied onto plans and task units so that scope checks are a range on one indexed column, like
/// the audit log's, and a task's status and date onto its units so that the dashboard by unit reads one table: the
/// ledger's views read tens of thousands of rows and must not join the tree or the tasks for each.
struct CreateTaskLedger: AsyncMigration {
    var name: String { "0010_CreateTaskLedger" }

    func prepare(on database: any Database) async throws {
        try await database.schema("plans")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("title", .string, .required)
            .field("source_name", .string, .required)
            .field("source_sha256", .string, .required)
            .field("reference_year", .int)
            .field("task_count", .int, .required)
            .field("imported_by", .uuid, .references("users", "id"))
            .field("imported_at", .datetime, .required)
            .create()
        try await SQLIndex.create("plans_org_path", on: "plans", columns: ["org_path"], in: database)

        try await database.schema("plan_items")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("parent_id", .uuid)
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("level", .int, .required)
            .field("number", .int, .required)
            .field("marker", .string, .required)
            .field("title", .string)
            .field("body", .string, .required)
            .field("units_text", .string)
            .field("line", .int, .required)
            .create()
        try await SQLIndex.create("plan_items_plan", on: "plan_items", columns: ["plan_id", "position"], in: database)

        try await database.schema("plan_tasks")
            .id()
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("item_id", .uuid, .required, .references("plan_items", "id"))
            .field("position", .int, .required)
            .field("code", .string, .required)
            .field("body", .string, .required)
            .field("deadline_kind", .string)
            .field("deadline_text", .string)
            .field("due_date", .string)
            .field("status", .string, .required)
            .field("responsible_person", .string)
            .field("progress_count", .int, .required)
            // 「每季度」 and the like: the reporting cycle of standing work (`PlanReportingCycle.stored`).
            .field("cycle", .string)
            // The due date (or period) the plan's office was last told this task is late about.
            .field("escalated_for", .string)
            .field("updated_at", .datetime, .required)
            .field("completed_at", .datetime)
            .create()
        try await SQLIndex.create("plan_tasks_plan", on: "plan_tasks", columns: ["plan_id", "position"], in: database)
        try await SQLIndex.create("plan_tasks_item", on: "plan_tasks", columns: ["item_id", "position"], in: database)
        try await SQLIndex.create(
            "plan_tasks_standing", on: "plan_tasks", columns: ["plan_id", "status", "due_date"], in: database)

        // Keyed by (task, organisation): a unit is assigned a task once, and the key doubles as the index by task
        // (a table of tens of thousands of rows per plan, so each index it does not need is time on every import).
        try await database.schema("plan_task_units")
            .field("task_id", .uuid, .required, .references("plan_tasks", "id"))
            .field("plan_id", .uuid, .required, .references("plans", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("org_path", .string, .required)
            .field("role", .string, .required)
            .field("written", .string, .required)
            // The task's status and date, copied here (and kept in step by every change of them) so that the
            // dashboard by unit counts from this table alone.
            .field("status", .string, .required)
            .field("due_date", .string)
            // The last reminder sent to this unit for this task (「2027-06-30@3」, 「overdue 2027-06-30」,
            // 「cycle 2027-Q2@3」), so that the hourly sweep sends each once.
            .field("reminded_for", .string)
            .compositeIdentifier(over: "task_id", "organisation_id")
            .create()
        // One index for a unit's share of a plan: the plan, then the subtree's path range (a unit's tasks), grouped
        // by unit in path order with each task's status and date (the dashboard), all answered from the index. Two
        // indexes (by path, by unit) cost a large import a third more time.
        try await SQLIndex.create(
            "plan_task_units_unit", on: "plan_task_units",
            columns: ["plan_id", "org_path", "organisation_id", "status", "due_date", "role", "task_id"], in: database)

        try await database.schema("plan_progress")
            .id()
            .field("task_id", .uuid, .required, .references("plan_tasks", "id"))
            .field("organisation_id", .uuid, .required, .references("organisations", "id"))
            .field("author_id", .uuid, .references("users", "id"))
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("evidence", .string, .required)
            .create()
        try await SQLIndex.create("plan_progress_task", on: "plan_progress", columns: ["task_id", "at"], in: database)

        // Evidence files by content: a file attached twice is stored once, and its SHA-256 (in the report, hence in
        // the audit log and the evidence ledger) proves later that the file shown is the file reported.
        try await database.schema("evidence_files")
            .field("sha256", .string, .identifier(auto: false))
            .field("size", .int, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema("plan_unit_mappings")
            .id()
            .field("owner_id", .uuid, .required, .references("organisations", "id"))
            .field("name", .string, .required)
            .field("organisation_id", .uuid, .references("organisations", "id"))
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create(
            "plan_unit_mappings_owner", on: "plan_unit_mappings", columns: ["owner_id", "name"], in: database)
    }

    func revert(on database: any Database) async throws {
        for table in [
            "plan_unit_mappings", "evidence_files", "plan_progress", "plan_task_units", "plan_tasks", "plan_items",
            "plans",
        ] {
            try await database.schema(table).delete()
        }
    }
}
