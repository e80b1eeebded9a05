import Fluent
import SQLKit

/// What ten million cases showed the enforcement indexes lacked: the public catalogue's search index gains the
/// codes' 4-grams (`CodeGrams`; rebuilt from the publications), and the cases' deadline index carries the columns
/// the alert sweep and the dashboard's overdue count read, so both are answered from the index alone.
struct IndexEnforcementForScale: AsyncMigration {
    var name: String { "0023_IndexEnforcementForScale" }

    func prepare(on database: any Database) async throws {
        try await PublicationSearchIndex.rebuild(on: database)
        try await SQLIndex.drop("enforcement_cases_due", in: database)
        try await SQLIndex.create(
            "enforcement_cases_due", on: "enforcement_cases", columns: ["due_on", "alerted_due", "organisation_id"],
            in: database)
    }

    /// Restores the deadline index; the search index keeps its codes (0022's queries never name the column).
    func revert(on database: any Database) async throws {
        try await SQLIndex.drop("enforcement_cases_due", in: database)
        try await SQLIndex.create("enforcement_cases_due", on: "enforcement_cases", columns: ["due_on"], in: database)
    }
}
