import FazhiTestSupport
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Testing
import Vapor

// Repositories on a fresh database per test (see TestDatabase.swift).
@testable import FazhiCore
@testable import FazhiStore

/// A fresh, migrated database with the handles the repositories need.
struct TestStore {
    let app: Application
    var db: any Database { app.db }
    let hasher = PasswordHashing.bcrypt(cost: 4)
    let actor = Actor.system("测试")

    /// Runs `body` on its own database; the application is shut down in every case.
    static func with<T>(_ body: (TestStore) async throws -> T) async throws -> T {
        try await TestDatabase.with { target in
            let app = try await Application.make(.testing)
            app.logger.logLevel = .warning
            do {
                switch target {
                case .postgres(let url):
                    app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
                case .sqlite(let path):
                    // A long wait for a connection: all tests share two database threads, and under the whole suite
                    // a transaction can wait its turn there for longer than the pool's default 10 seconds.
                    app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(120)), as: .sqlite)
                    try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
                }
                app.migrations.add(FazhiMigrations.all)
                try await app.autoMigrate()
                let result = try await body(TestStore(app: app))
                try await app.asyncShutdown()
                return result
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        }
    }

    var systemOrgs: OrganisationRepository { OrganisationRepository(db: db, scope: .system) }
    func orgs(in scope: Scope) -> OrganisationRepository { OrganisationRepository(db: db, scope: scope) }
    func users(in scope: Scope) -> UserRepository { UserRepository(db: db, scope: scope, hasher: hasher) }
    var accounts: Accounts { Accounts(db: db, hasher: hasher) }

    /// Creates an organisation with the system scope.
    @discardableResult
    func org(
        _ name: String, under parent: Organisation? = nil, kind: OrgKind = .department, creditCode: String? = nil
    ) async throws -> Organisation {
        try await systemOrgs.create(
            ValidOrganisationInput(
                name: name, shortName: name, kind: kind, parentID: parent?.id, creditCode: creditCode, aliases: []),
            by: actor)
    }

    /// Creates a user with the system scope.
    @discardableResult
    func user(
        _ username: String, in org: Organisation, roles: Set<Role> = [.officer], password: String = TestStore.password
    )
        async throws -> User
    {
        try await users(in: .system).create(
            ValidUserInput(
                username: username, displayName: "用户\(username)", organisationID: org.id, roles: roles,
                password: password),
            by: actor)
    }

    static let password = "secret-pass-2026"

    func auditCount() async throws -> Int { try await AuditEntryModel.query(on: db).count() }
    func orgCount() async throws -> Int { try await OrganisationModel.query(on: db).count() }
    func userCount() async throws -> Int { try await UserModel.query(on: db).count() }
    func audit(action: String) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: db).filter(\.$action == action).all()
    }
}

/// A small tree used by most store tests:
///
///     city 测试市人民政府 (government)
///     ├── justice 测试市司法局 (justice bureau)
///     ├── market 测试市市场监管局 (enforcement agency)
///     │   └── marketUnit 测试市市场监管局稽查支队
///     │       └── marketTeam 稽查一大队
///     └── county 测试县人民政府 (government)
///         └── countyMarket 测试县市场监管局
struct Tree {
    let city, justice, market, marketUnit, marketTeam, county, countyMarket: Organisation

    static func build(in store: TestStore) async throws -> Tree {
        let city = try await store.org("测试市人民政府", kind: .government)
        let justice = try await store.org("测试市司法局", under: city, kind: .justiceBureau)
        let market = try await store.org("测试市市场监管局", under: city, kind: .enforcementAgency)
        let marketUnit = try await store.org("测试市市场监管局稽查支队", under: market, kind: .enforcementAgency)
        let marketTeam = try await store.org("稽查一大队", under: marketUnit, kind: .enforcementAgency)
        let county = try await store.org("测试县人民政府", under: city, kind: .government)
        let countyMarket = try await store.org("测试县市场监管局", under: county, kind: .enforcementAgency)
        return Tree(
            city: city, justice: justice, market: market, marketUnit: marketUnit, marketTeam: marketTeam,
            county: county,
            countyMarket: countyMarket)
    }
}

/// A valid credit code built from a number (check character computed).
func creditCode(_ n: Int) -> String {
    let digits = String(n)
    return CreditCode.completing("91150100" + String(repeating: "0", count: 9 - digits.count) + digits)!
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

extension Scope {
    init(_ org: Organisation) { self.init(root: org.path) }
}

/// The error a throwing call produced, if it was a DomainError.
func domainError(_ body: () async throws -> Void) async -> DomainError? {
    do {
        try await body()
        return nil
    } catch let error as DomainError {
        return error
    } catch {
        Issue.record("expected a DomainError, got \(String(reflecting: error))")
        return nil
    }
}
