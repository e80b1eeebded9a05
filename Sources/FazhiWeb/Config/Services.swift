import FazhiStore
import Prometheus
import Vapor

/// What the handlers need besides the database, built once in `configure`.
struct AppServices: Sendable {
    let config: AppConfig
    let hasher: PasswordHashing
    let metrics: PrometheusCollectorRegistry
    /// The working-day calendar: built-in notices plus those entered by administrators.
    let calendars: CalendarHolder
    /// The evidence log: sequencer, key, origin.
    let ledger: LedgerService
    /// The per-address limit on the public forms (comments, review suggestions).
    let publicSubmissions = PublicSubmissionThrottle()
}

extension Application {
    private struct ServicesKey: StorageKey { typealias Value = AppServices }
    private struct DemoKey: StorageKey { typealias Value = Bool }

    var services: AppServices {
        get { storage[ServicesKey.self]! }
        set { storage[ServicesKey.self] = newValue }
    }

    /// Whether the database holds the demo region; every page then shows a banner.
    public var isDemoData: Bool { isDemo }

    var isDemo: Bool {
        get { storage[DemoKey.self] ?? false }
        set { storage[DemoKey.self] = newValue }
    }
}
