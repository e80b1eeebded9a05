import Fluent
import FluentSQLiteDriver
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import FazhiCore
@testable import FazhiStore

@Suite("Concurrent writes on an SQLite file")
struct ConcurrentWriteTests {
    @Test("writers at once: every write succeeds (busy transactions are retried), none is lost")
    func concurrentWritersAllSucceed() async throws {
        // given: a file database in WAL mode, as `serve` uses, with a connection per event loop
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-concurrent-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .error
        do {
            app.databases.use(.sqlite(.file(directory.appendingPathComponent("t.sqlite").path)), as: .sqlite)
            app.migrations.add(FazhiMigrations.all)
            try await app.autoMigrate()
            try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
            let store = TestStore(app: app)
            let tree = try await Tree.build(in: store)
            let owner = try await store.user("owner", in: tree.market)
            let repo = DeadlineRepository(db: app.db, scope: .system)
            for n in 0..<10 {
                _ = try await repo.create(
                    TrackedDeadlineInput(
                        subject: "并发登记 \(n)", ruleID: "punishment.decision", start: CivilDate(iso: "2026-11-11")),
                    defaultOrganisation: tree.market.id, defaultOwner: owner.id, calendar: .builtIn, by: store.actor)
            }
            // when: transactions that read, pause, then write at the same time (the pattern SQLite refuses when another
            // connection committed in between), retried by `writeTransaction`
            let attempts = NIOLockedValueBox(0)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<4 {
                    group.addTask {
                        try await app.db.writeTransaction { tx in
                            attempts.withLockedValue { $0 += 1 }
                            _ = try await DeadlineModel.query(on: tx).count()
                            try await Task.sleep(for: .milliseconds(2))
                            try await (tx as! any SQLDatabase).raw(
                                "UPDATE deadlines SET subject = \(bind: "改 \(n)") WHERE subject = \(bind: "并发登记 \(n)")"
                            ).run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            // then
            #expect(try await DeadlineModel.query(on: app.db).count() == 10)
            #expect(try await store.audit(action: "deadline.create").count == 10)
            #expect(try await DeadlineModel.query(on: app.db).filter(\.$subject ~~ "改").count() == 4)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    @Test("sixteen writers at once on a test's scratch database: each is retried until it is written")
    func concurrentWritersOnTheSharedCache() async throws {
        try await TestStore.with { store in
            // given: the scratch database every test uses, with a connection per event loop (about half of these
            // transactions are refused as busy at least once)
            let tree = try await Tree.build(in: store)
            // when: transactions that read a table, pause, then write it, all at once. The retry budget is the
            // server's patience for one user's request; here it is long because what this test checks is that every
            // refusal is retried, not how soon: under the whole suite the sixteen share two database threads with
            // every other test, and in CI they once needed more than the server's 30 seconds.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<16 {
                    group.addTask {
                        try await store.db.writeTransaction(retryingFor: .seconds(600)) { tx in
                            _ = try await OrganisationModel.query(on: tx).count()
                            try await Task.sleep(for: .milliseconds(2))
                            try await (tx as! any SQLDatabase).raw(
                                "UPDATE organisations SET short_name = \(bind: "改\(n)") WHERE id = \(bind: tree.market.id)"
                            ).run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            // then: none was refused (the group would have thrown), and the last one's name stands
            let name = try await OrganisationModel.find(tree.market.id, on: store.db)?.shortName
            #expect(name?.hasPrefix("改") == true)
        }
    }
}
