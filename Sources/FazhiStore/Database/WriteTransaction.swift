import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit

extension Database {
    /// A transaction for a write, retried when SQLite reports the database busy.
    ///
    /// Why: Fluent opens SQLite transactions with a plain (deferred) `BEGIN`. In WAL mode, a transaction that reads
    /// first and then writes fails at once with SQLITE_BUSY when another connection committed in between (SQLite
    /// cannot wait there without risking deadlock). The transaction has then been rolled back, so running it again
    /// from the start is safe and is what SQLite's documentation prescribes. PostgreSQL never reports this, so the
    /// closure runs once there; inside an enclosing transaction it also runs once (the outer one retries).
    ///
    /// The retries are bounded by time, not by count: on a loaded machine (CI runs a thousand tests on two cores, all
    /// queueing their statements in one thread pool) the transaction that holds the lock can wait its turn for
    /// longer than twenty short retries of the other last, and a user would rather wait a few seconds than be told
    /// the write failed.
    public func writeTransaction<T: Sendable>(
        retryingFor budget: Duration = .seconds(30), _ closure: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + budget
        var attempt = 1
        while true {
            do {
                return try await transaction(closure)
            } catch let error as SQLiteError where error.isBusy && !inTransaction && clock.now < deadline {
                attempt += 1
                // A random pause, growing to 100 ms, so that competing writers do not collide again in lockstep.
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...min(100, 4 * attempt))))
            }
        }
    }
}

extension SQLDatabase {
    /// Appended to a SELECT that a write then depends on (a status checked before it changes): PostgreSQL locks the
    /// row, so a second writer waits and reads the new value; SQLite needs nothing, as its second writer is refused
    /// as busy and `writeTransaction` runs it again from the start.
    var forUpdate: SQLQueryString { dialect.name == "postgresql" ? " FOR UPDATE" : "" }

    /// ` INDEXED BY name` on SQLite, nothing on PostgreSQL: for a query whose GROUP BY matches another index's order,
    /// where SQLite's planner (which has no statistics on a range) prefers reading the whole table in that order to
    /// sorting the few rows the range holds. PostgreSQL's planner estimates the range from its statistics.
    func indexedBy(_ name: String) -> SQLQueryString {
        dialect.name == "sqlite" ? " INDEXED BY \(unsafeRaw: name)" : ""
    }
}

extension SQLiteError {
    /// SQLITE_BUSY and its extended codes: another connection holds or has just changed the database.
    var isBusy: Bool {
        switch reason {
        case .busy, .busyInRecovery, .busyInSnapshot, .busyTimeout, .locked: true
        default: false
        }
    }
}
