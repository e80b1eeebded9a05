import FazhiStore
import NIOConcurrencyHelpers
import NIOCore

/// Who is signed in with a session token, remembered for a few seconds. Resolving a session costs two
/// statements (session with user, then the organisation chain) on every page; a busy official's browser asks
/// for a page and its assets in quick succession, and the workbench benchmark measured the lookups as the
/// largest share of a page.
///
/// Correctness: every write request in this process (any method but GET and HEAD) clears the cache, so a
/// change to users, organisations or sessions made here is seen by the very next request. A change made by
/// another process (a second server, the CLI) is seen within `lifetime`. Entries are dropped at `lifetime`,
/// so the session's idle time is still refreshed (`SessionStore.touch`) on a later lookup.
final class MemberCache: Sendable {
    private struct Entry {
        let member: Accounts.Member
        let storedAt: NIODeadline
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Counts the clears, so that a lookup that started before a write cannot store what it read after the
        /// write cleared the cache.
        var generation = 0
    }

    let lifetime: TimeAmount
    let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(lifetime: TimeAmount = .seconds(3), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The member remembered for `token`, if still fresh.
    func member(for token: String, now: NIODeadline = .now()) -> Accounts.Member? {
        state.withLockedValue { state in
            guard let entry = state.entries[token] else { return nil }
            guard now - entry.storedAt < lifetime else {
                state.entries[token] = nil
                return nil
            }
            return entry.member
        }
    }

    /// The current generation; pass it to `remember` after reading the member from the database.
    var generation: Int { state.withLockedValue { $0.generation } }

    /// Stores `member` unless the cache was cleared since `generation` was read (the member may be stale then).
    func remember(
        _ member: Accounts.Member, for token: String, readAt generation: Int, now: NIODeadline = .now()
    ) {
        state.withLockedValue { state in
            guard state.generation == generation else { return }
            // A full cache is emptied rather than managed: it refills from the database within seconds.
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[token] = Entry(member: member, storedAt: now)
        }
    }

    /// Forgets everything (around any write).
    func removeAll() {
        state.withLockedValue {
            $0.entries.removeAll(keepingCapacity: true)
            $0.generation += 1
        }
    }
}
