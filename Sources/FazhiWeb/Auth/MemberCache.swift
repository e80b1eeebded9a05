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

    let lifetime: TimeAmount
    let capacity: Int
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    init(lifetime: TimeAmount = .seconds(3), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The member remembered for `token`, if still fresh.
    func member(for token: String, now: NIODeadline = .now()) -> Accounts.Member? {
        entries.withLockedValue { entries in
            guard let entry = entries[token] else { return nil }
            guard now - entry.storedAt < lifetime else {
                entries[token] = nil
                return nil
            }
            return entry.member
        }
    }

    func remember(_ member: Accounts.Member, for token: String, now: NIODeadline = .now()) {
        entries.withLockedValue { entries in
            // A full cache is emptied rather than managed: it refills from the database within seconds.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(member: member, storedAt: now)
        }
    }

    /// Forgets everything (after any write).
    func removeAll() { entries.withLockedValue { $0.removeAll(keepingCapacity: true) } }
}
