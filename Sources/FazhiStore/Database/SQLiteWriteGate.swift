import Fluent
import Foundation
import SQLKit

/// Lets one large SQLite write transaction of this process run at a time, the others waiting their turn here
/// (suspended, first come first served) instead of in SQLite.
///
/// Why: SQLiteNIO's busy handler retries at once, without sleeping, so a connection waiting for the write lock spins
/// on a core; with several data-exchange batches and the ledger's commits at once, the waiters took the CPU the
/// writer needed (profiled: more than a third of the time in `btreeBeginTrans` and `fcntl`). Used by the writers that
/// come in bursts (`CaseRecorder`, `LedgerSequencer`); their closures use only the transaction's own handle, so
/// holding the gate cannot wait on itself. PostgreSQL needs no gate and gets none.
public actor SQLiteWriteGate {
    static let shared = SQLiteWriteGate()

    /// On for a server's database file (`configure` turns it on); off for the tests' scratch databases, one per test,
    /// which a process-wide gate would make wait on each other.
    public static let enabled = Switch()

    public final class Switch: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        public var isOn: Bool { lock.withLock { on } }
        public func set(_ value: Bool) { lock.withLock { on = value } }
    }

    private var held = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Waits for the gate when `db` is SQLite; returns whether it was taken, to give to `leave`.
    nonisolated static func enter(_ db: any Database) async -> Bool {
        guard enabled.isOn, (db as? any SQLDatabase)?.dialect.name == "sqlite" else { return false }
        await shared.acquire()
        return true
    }

    /// Gives the gate to the next writer, if `entered` says it was taken.
    nonisolated static func leave(_ entered: Bool) async {
        if entered { await shared.release() }
    }

    private func acquire() async {
        guard held else {
            held = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { held = false } else { waiting.removeFirst().resume() }
    }
}
