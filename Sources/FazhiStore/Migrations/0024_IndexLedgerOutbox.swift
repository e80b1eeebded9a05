import Fluent
import SQLKit

/// The ledger's outbox in the order it is drained: audit rows not yet logged, by time. Without it each drain read
/// every pending row (and its recorded values) to sort them and keep the first thousand, so the further the ledger
/// fell behind a burst of writes, the slower it caught up. A partial index holds only the pending rows: a row
/// leaves it when the ledger marks it.
struct IndexLedgerOutbox: AsyncMigration {
    var name: String { "0024_IndexLedgerOutbox" }

    func prepare(on database: any Database) async throws {
        try await SQLIndex.create(
            "audit_entries_pending", on: "audit_entries", columns: ["at", "id"], where: "ledger_index IS NULL",
            in: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndex.drop("audit_entries_pending", in: database)
    }
}
