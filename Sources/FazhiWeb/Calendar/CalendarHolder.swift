import FazhiCore
import FazhiStore
import Fluent
import NIOConcurrencyHelpers

/// The calendar in force, shared by every request. Replaced when an administrator saves a notice here, and
/// refreshed by the job worker when another server process saved one (it polls the version number).
final class CalendarHolder: Sendable {
    private let state: NIOLockedValueBox<VersionedCalendar>

    init(_ initial: VersionedCalendar) { state = NIOLockedValueBox(initial) }

    var current: VersionedCalendar { state.withLockedValue { $0 } }

    func replace(with calendar: VersionedCalendar) {
        state.withLockedValue { if calendar.version >= $0.version { $0 = calendar } }
    }

    /// Loads the calendar again if the database holds a newer version.
    func refresh(from db: any Database) async throws {
        let store = CalendarStore(db: db)
        guard try await store.latestVersion() != current.version else { return }
        replace(with: try await store.current())
    }
}
