import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Task ledger reminders")
struct PlanTaskRemindersTests {
    /// The ledger of `ledgerPlanText` for `Tree`, with a user in the justice bureau, one in the county's 依法治办
    /// (who answers for the county government's share) and one in the city's (the plan's office).
    func setUp(_ store: TestStore) async throws -> (tree: Tree, justice: User, county: User, office: User) {
        let tree = try await Tree.build(in: store)
        let countyOffice = try await store.org("测试县依法治县办", under: tree.county, kind: .ruleOfLawOffice)
        let cityOffice = try await store.org("测试市依法治市办", under: tree.city, kind: .ruleOfLawOffice)
        let justice = try await store.user("justice-user", in: tree.justice)
        let county = try await store.user("county-user", in: countyOffice)
        let office = try await store.user("office-user", in: cityOffice)
        _ = try await PlanImport(db: store.db, scope: .system).commit(
            PlanImportRequest(
                document: try PlanParser().parse(ledgerPlanText), sourceName: "要点.txt", sourceSHA256: "-",
                referenceYear: nil, organisationID: tree.city.id, mappings: ["市执法监督协调小组": [tree.justice.id]]),
            by: store.actor)
        return (tree, justice, county, office)
    }

    func kinds(_ store: TestStore, _ user: User) async throws -> [String] {
        try await Notifications(db: store.db, userID: user.id).list().map(\.kind).sorted()
    }

    @Test("due soon, overdue with the office told once, the quarter's report; a second sweep sends nothing")
    func sweep() async throws {
        try await TestStore.with { store in
            let (_, justice, county, office) = try await setUp(store)
            // 2027-06-29: task 1.1 ends 06-30 (one working day), 2.4 ended 2026-12-31, Q2 ends 06-30 for 2.3
            let today = CivilDate(iso: "2027-06-29")!
            let sent = try await PlanTaskReminders.sweep(today: today, calendar: .official, on: store.db)
            #expect(sent == 4)  // 1.1 × justice and county, 2.3 × justice, 2.4 × justice
            #expect(try await kinds(store, justice) == ["plan.due_soon", "plan.due_soon", "plan.overdue"])
            #expect(try await kinds(store, county) == ["plan.due_soon"])
            #expect(try await kinds(store, office) == ["plan.escalated"])
            let again = try await PlanTaskReminders.sweep(today: today, calendar: .official, on: store.db)
            #expect(again == 0)
            #expect(try await kinds(store, justice).count == 3)
        }
    }

    @Test("a done task is not reminded; a report in the period counts, one before it does not")
    func doneAndReported() async throws {
        try await TestStore.with { store in
            let (_, justice, _, _) = try await setUp(store)
            let ledger = TaskLedgerRepository(db: store.db, scope: .system, today: CivilDate(iso: "2027-06-29")!)
            let plan = try #require(try await ledger.plans().first)
            let tasks = try await ledger.tasks(of: plan, PlanTaskFilter()).tasks
            let late = try #require(tasks.first { $0.code == "2.4" })
            _ = try await ledger.report(late.id, PlanProgressInput(body: "已完成。", status: "done"), by: store.actor)
            let sent = try await PlanTaskReminders.sweep(
                today: CivilDate(iso: "2027-06-29")!, calendar: .official, on: store.db)
            #expect(sent == 3)
            #expect(!(try await kinds(store, justice)).contains("plan.overdue"))
            let now = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
            let sql = store.db as! any SQLDatabase
            #expect(try await PlanTaskReminders.reported(late.id, since: now, on: sql))
            #expect(try await !PlanTaskReminders.reported(late.id, since: now.adding(days: 1), on: sql))
        }
    }
}
