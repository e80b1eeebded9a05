// The per-test database, shared by FazhiStoreTests and FazhiWebTests through this small
// test-support target.
//
// By default every test gets its own SQLite database file (`ScratchSQLite`; the caller migrates it).
// When FAZHI_TEST_POSTGRES_URL is set, e.g. postgres://fazhi:fazhi@127.0.0.1:5432/fazhi_test,
// every test instead gets its own PostgreSQL database, cloned from a template database that
// is created and migrated once per process; the clone is dropped when the test ends.
import FazhiStore
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Vapor

public enum TestDatabase {
    static let environmentKey = "FAZHI_TEST_POSTGRES_URL"

    /// The PostgreSQL server to test against, or nil for SQLite.
    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment[environmentKey], !url.isEmpty else { return nil }
        return url
    }

    /// Where a test's data lives: a new SQLite file, or a fresh, migrated PostgreSQL database.
    public enum Target: Sendable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    /// Runs `body` with a fresh SQLite file, or with a fresh, migrated PostgreSQL database when
    /// `FAZHI_TEST_POSTGRES_URL` is set. Either is removed afterwards in every case.
    public static func with<T>(_ body: (Target) async throws -> T) async throws -> T {
        guard let server = postgresURL else {
            return try await ScratchSQLite.with { try await body(.sqlite(path: $0)) }
        }
        // Swift Testing runs every test (and every argument) at once; the server accepts only so
        // many connections, so at most `slots` tests hold a database at a time.
        await gate.wait()
        do {
            let result = try await withClone(server: server, body)
            await gate.signal()
            return result
        } catch {
            await gate.signal()
            throw error
        }
    }

    static let gate = AsyncGate(
        slots: ProcessInfo.processInfo.environment["FAZHI_TEST_POSTGRES_PARALLEL"].flatMap(Int.init) ?? 6)

    private static func withClone<T>(server: String, _ body: (Target) async throws -> T) async throws -> T {
        let name = "fazhi_t_\(getpid())_\(UUID().uuidString.prefix(8).lowercased())"
        do {
            let template = try await PostgresTemplates.shared.template(server: server)
            try await PostgresAdmin.execute(server: server, "CREATE DATABASE \(name) TEMPLATE \(template)")
        } catch {
            throw readable(error)
        }
        do {
            let result = try await body(.postgres(url: PostgresAdmin.url(server, database: name)))
            try await PostgresAdmin.execute(server: server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            return result
        } catch {
            try? await PostgresAdmin.execute(server: server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            throw TestDatabase.readable(error)
        }
    }

    /// PSQLError hides the server's message from its description; tests want to see it.
    public static func readable(_ error: any Error) -> any Error {
        error is PSQLError ? ReadableError(description: String(reflecting: error)) : error
    }

    struct ReadableError: Error, CustomStringConvertible {
        let description: String
    }
}

/// A counting semaphore for async code.
actor AsyncGate {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int) { free = max(1, slots) }

    func wait() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func signal() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

/// Creates the migrated template database once per process and test module (`fazhi_tpl_<pid>_<module>`), and removes
/// databases left behind by test processes that no longer run.
actor PostgresTemplates {
    static let shared = PostgresTemplates()
    private var task: Task<String, any Error>?

    func template(server: String) async throws -> String {
        if let task { return try await task.value }
        let task = Task { try await Self.create(server: server) }
        self.task = task
        return try await task.value
    }

    private static func create(server: String) async throws -> String {
        try await sweepStale(server: server)
        // One template per test process, shared by every suite in it.
        let name = "fazhi_tpl_\(getpid())"
        try await PostgresAdmin.execute(server: server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        try await PostgresAdmin.execute(server: server, "CREATE DATABASE \(name)")
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            app.databases.use(
                .postgres(configuration: try SQLPostgresConfiguration(url: PostgresAdmin.url(server, database: name))),
                as: .psql)
            app.migrations.add(FazhiMigrations.all)
            try await app.autoMigrate()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return name
    }

    /// Drops `fazhi_tpl_<pid>_…` and `fazhi_t_<pid>_…` databases whose process has ended.
    private static func sweepStale(server: String) async throws {
        let names = try await PostgresAdmin.databaseNames(server: server)
        for name in names where name.hasPrefix("fazhi_tpl_") || name.hasPrefix("fazhi_t_") {
            let parts = name.split(separator: "_")
            guard parts.count >= 3, let pid = Int32(parts[2]), pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
            try? await PostgresAdmin.execute(server: server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
}

/// Administrative statements (CREATE/DROP DATABASE) through the server's `postgres` database.
enum PostgresAdmin {
    /// `url` with its database name replaced.
    static func url(_ url: String, database: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + database
        return components.string!
    }

    static func withMaintenance<T>(server: String, _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            app.databases.use(
                .postgres(configuration: try SQLPostgresConfiguration(url: url(server, database: "postgres"))),
                as: .psql)
            let result = try await body(app.db as! any SQLDatabase)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func execute(server: String, _ statement: String) async throws {
        try await withMaintenance(server: server) { sql in try await sql.raw("\(unsafeRaw: statement)").run() }
    }

    static func databaseNames(server: String) async throws -> [String] {
        try await withMaintenance(server: server) { sql in
            try await sql.raw("SELECT datname FROM pg_database").all().map {
                try $0.decode(column: "datname", as: String.self)
            }
        }
    }
}
