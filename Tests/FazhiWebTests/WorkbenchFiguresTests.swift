import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// The workbench's one statement must say what the repositories say, on both databases.
@Suite("Workbench figures 工作台")
struct WorkbenchFiguresTests {
    private func figures(_ t: TestApp, _ username: String, until: CivilDate) async throws -> WorkbenchFigures {
        let member = try await t.member(username)
        return try await WorkbenchFigures.of(
            member.scope, userID: member.user.id, until: until, withJobs: member.user.has(.admin),
            withAudit: member.user.has(.admin) || member.user.has(.justice), on: t.db as! any SQLDatabase)
    }

    @Test("on SQLite the newest audit entries are read backwards through the time index, never gathered and sorted")
    func recentChangesUseTheTimeIndex() async throws {
        try await TestApp.with(demo: false) { t in
            let sql = t.db as! any SQLDatabase
            guard sql.dialect.name == "sqlite" else { return }
            // A region's scope: with a long constant prefix SQLite's planner takes the LIKE for a selective filter
            let region = Scope(root: OrgPath(value: "/\(UUID().uuidString.lowercased())/"))
            let statement = WorkbenchFigures.statement(
                region, userID: UUID(), until: CivilDate(year: 2026, month: 1, day: 1)!, withJobs: true,
                withAudit: true, limit: 8, on: sql)
            let plan = try await sql.raw("EXPLAIN QUERY PLAN " + statement).all()
                .map { try $0.decode(column: "detail", as: String.self) }
            #expect(plan.contains { $0.contains("SCAN audit_entries USING INDEX audit_entries_at") })
            #expect(!plan.contains { $0 == "SCAN audit_entries" })
        }
    }

    @Test("an administrator's counts, newest audit entries and job queue match the repositories")
    func administrator() async throws {
        try await TestApp.with { t in
            let member = try await t.member("demo-admin")
            let figures = try await figures(t, "demo-admin", until: CivilDate(year: 2026, month: 1, day: 1)!)
            let organisations = try await OrganisationRepository(db: t.db, scope: member.scope).list()
            let audit = try await AuditRepository(db: t.db, scope: member.scope).list(page: 1, perPage: 8)
            #expect(figures.organisations == organisations.count)
            #expect(figures.users == DemoRegion.users.count)
            #expect(figures.recentChanges?.map(\.id) == audit.entries.map(\.id))
            #expect(figures.recentChanges?.first?.actorName == audit.entries.first?.actorName)
            let jobs = try #require(figures.jobs)
            #expect(Set(jobs.keys).isSuperset(of: ["queued", "running", "done", "failed"]))
            #expect(jobs.values.reduce(0, +) == (try await JobModel.query(on: t.db).count()))
        }
    }

    @Test("an officer sees neither audit nor jobs, and exactly their own open deadlines due by the horizon, in order")
    func officer() async throws {
        try await TestApp.with { t in
            for username in ["demo-officer", "demo-legal"] {
                let member = try await t.member(username)
                let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
                for until in [
                    CivilDate(year: 2000, month: 1, day: 1)!, today.adding(days: 20), today.adding(days: 400),
                ] {
                    let figures = try await figures(t, username, until: until)
                    let expected = try await DeadlineRepository(db: t.db, scope: member.scope)
                        .list(.open, today: today, until: until)
                        .map(\.deadline)
                        .filter { $0.ownerID == member.user.id && $0.due.map { $0 <= until } == true }
                    #expect(figures.attention.map(\.id) == expected.prefix(8).map(\.id), "\(username) until \(until)")
                    #expect(figures.attention.map(\.subject) == expected.prefix(8).map(\.subject))
                    if username == "demo-officer" {
                        #expect(figures.jobs == nil && figures.recentChanges == nil)
                    }
                }
            }
        }
    }
}
