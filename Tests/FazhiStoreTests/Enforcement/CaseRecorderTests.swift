import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Enforcement cases: steps, rules of law, audit and alerts")
struct CaseRecorderTests {
    func cases(_ store: TestStore, _ org: Organisation, on day: String, roles: Set<Role> = [.officer, .legalUnit])
        -> CaseRepository
    {
        CaseRepository(db: store.db, scope: Scope(org), today: CivilDate(iso: day)!, roles: roles, calendar: .official)
    }

    func count(_ table: String, _ store: TestStore, where condition: String = "1 = 1") async throws -> Int {
        try await (store.db as! any SQLDatabase).raw(
            "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)"
        )
        .first()!.decode(column: "n", as: Int.self)
    }

    /// Files a case on 2026-10-08 and notifies a fine of 60,000 yuan (一般), hearing right given.
    func notified(_ store: TestStore, _ tree: Tree) async throws -> CaseRow {
        let repository = cases(store, tree.market, on: "2026-10-20")
        let opened = try await repository.open(
            body: tree.market.id, reference: "测市监罚〔2026〕1号", EnforcementFixtures.filing(on: "2026-10-08"),
            by: store.actor)
        _ = try await repository.act(
            on: opened.row.id, EnforcementFixtures.step(.investigate, on: "2026-10-09") { $0.note = "现场检查" },
            by: store.actor)
        return try await repository.act(
            on: opened.row.id,
            EnforcementFixtures.step(.notify, on: "2026-10-15") {
                $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.hearingRight = true
            }, by: store.actor
        ).row
    }

    @Test func aGeneralCaseGoesFromFilingToClosureWithItsDeadlinesAndLedgerEntries() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let notified = try await notified(store, tree)
            #expect(notified.stage == .notified)
            #expect(notified.dueRule == "punishment.decision")
            // 2026-10-08 + 90 days = 2027-01-06, a Wednesday.
            #expect(notified.dueOn == "2027-01-06")
            let repository = cases(store, tree.market, on: "2026-11-20")
            // when
            let decided = try await repository.act(
                on: notified.id,
                EnforcementFixtures.step(.decide, on: "2026-11-02") {
                    $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般";
                    $0.decisionNumber = "测市监罚决〔2026〕1号"
                }, by: store.actor)
            let served = try await repository.act(
                on: notified.id, EnforcementFixtures.step(.serve, on: "2026-11-03") { $0.serviceMethod = "直接送达" },
                by: store.actor)
            _ = try await repository.act(
                on: notified.id, EnforcementFixtures.step(.execute, on: "2026-11-10"), by: store.actor)
            let closed = try await repository.act(
                on: notified.id, EnforcementFixtures.step(.close, on: "2026-11-11"), by: store.actor)
            // then
            #expect(decided.row.stage == .decided && decided.row.dueRule == "punishment.service")
            #expect(decided.row.publicityDue != nil)
            #expect(served.row.dueRule == "punishment.payment")
            #expect(closed.row.stage == .closed && closed.row.dueOn == nil)
            #expect(closed.row.facts.fineFen == 6_000_000)
            let events = try await repository.events(of: notified.id)
            #expect(events.map(\.action) == [.file, .investigate, .notify, .decide, .serve, .execute, .close])
            #expect(try await count("audit_entries", store, where: "action LIKE 'enforcement.case.%'") == 7)
            #expect(try await count("enforcement_alerts", store) == 0)
        }
    }

    @Test func stepsThatBreakAMandatoryRuleAreRefusedWithTheArticleAndChangeNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let repository = cases(store, tree.market, on: "2026-10-20")
            var oneOfficer = EnforcementFixtures.filing(on: "2026-10-08")
            oneOfficer.officers = [EnforcementFixtures.officers[0]]
            var expired = EnforcementFixtures.filing(on: "2026-10-08")
            expired.officers = [EnforcementFixtures.officers[0], EnforcementFixtures.expiredOfficer]
            var unlisted = EnforcementFixtures.filing(on: "2026-10-08")
            unlisted.matterCode = "999"
            var inspection = EnforcementFixtures.filing(on: "2026-10-08")
            inspection.matterCode = "T-INSPECT-1"
            let lapsed = EnforcementFixtures.filing(on: "2026-10-08", violationOn: "2024-10-07")
            // when / then
            for (input, words) in [
                (oneOfficer, "第四十二条"), (expired, "2026-06-30到期"), (unlisted, "不在本机关的权责清单"),
                (inspection, "属于行政检查"), (lapsed, "第三十六条"),
            ] {
                let error = await #expect(throws: DomainError.self) {
                    try await repository.open(body: tree.market.id, reference: nil, input, by: store.actor)
                }
                #expect(error?.message.contains(words) == true, "\(error?.message ?? "")")
            }
            #expect(try await count("enforcement_cases", store) == 0)
            #expect(try await count("enforcement_case_events", store) == 0)
            #expect(try await count("audit_entries", store, where: "action LIKE 'enforcement.%'") == 0)
        }
    }

    @Test func theDecisionChecksTheBenchmarkLegalReviewAndTheHearingRight() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let notified = try await notified(store, tree)
            let repository = cases(store, tree.market, on: "2026-11-20")
            func decide(_ fine: String, reason: String? = nil) -> CaseStepInput {
                EnforcementFixtures.step(.decide, on: "2026-11-02") {
                    $0.penalties = ["罚款"]; $0.fine = fine; $0.circumstance = "一般"; $0.decisionNumber = "测决〔2026〕1号"
                    $0.deviationReason = reason
                }
            }
            // when: 80,000 is outside 一般's 50,000–70,000, without a reason
            let outside = await #expect(throws: DomainError.self) {
                try await repository.act(on: notified.id, decide("80000"), by: store.actor)
            }
            // and: 100,000 for an organisation is a major decision needing legal review
            let major = await #expect(throws: DomainError.self) {
                try await repository.act(on: notified.id, decide("100000", reason: "货值较大"), by: store.actor)
            }
            // and: with a reason, 80,000 is allowed and raises an alert
            let reasoned = try await repository.act(
                on: notified.id, decide("80000", reason: "涉案食品数量较多"), by: store.actor)
            // then
            #expect(outside?.fields.first?.field == "deviationReason")
            #expect(major?.message.contains("第五十八条") == true)
            #expect(reasoned.alerts.map(\.rule) == ["benchmark.range"])
            #expect(try await count("enforcement_alerts", store, where: "rule = 'benchmark.range'") == 1)
        }
    }

    @Test func aNoticeOfAHearingWorthyPenaltyMustGiveTheHearingRight() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let repository = cases(store, tree.market, on: "2026-10-20")
            let opened = try await repository.open(
                body: tree.market.id, reference: nil, EnforcementFixtures.filing(on: "2026-10-08"), by: store.actor)
            // when: 60,000 yuan for an organisation is 较大数额 (≥ 50,000)
            let error = await #expect(throws: DomainError.self) {
                try await repository.act(
                    on: opened.row.id,
                    EnforcementFixtures.step(.notify, on: "2026-10-15") {
                        $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"
                    }, by: store.actor)
            }
            // then
            #expect(error?.fields.first?.field == "hearingRight")
            #expect(try await repository.find(opened.row.id).stage == .investigating)
        }
    }

    @Test func aLateDecisionAndLateServiceAreAllowedAndRaiseAlerts() async throws {
        try await TestStore.with { store in
            // given: filed 2026-10-08, decision limit 2027-01-06
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let notified = try await notified(store, tree)
            let repository = cases(store, tree.market, on: "2027-02-01")
            // when
            let decided = try await repository.act(
                on: notified.id,
                EnforcementFixtures.step(.decide, on: "2027-01-08") {
                    $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.decisionNumber = "测决〔2027〕1号"
                }, by: store.actor)
            let served = try await repository.act(
                on: notified.id, EnforcementFixtures.step(.serve, on: "2027-01-29") { $0.serviceMethod = "邮寄送达" },
                by: store.actor)
            // then
            #expect(decided.alerts.map(\.rule) == ["decision.late"])
            #expect(decided.alerts.first?.basis.article == "第六十条")
            #expect(served.alerts.map(\.rule) == ["service.late"])
        }
    }

    @Test func theSimplifiedProcedureAllowsOnlySmallFinesOnTheSpot() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let repository = cases(store, tree.market, on: "2026-10-20")
            func onTheSpot(_ fine: String) -> CaseStepInput {
                var input = EnforcementFixtures.filing(on: "2026-10-20")
                input.action = CaseAction.decideOnSpot.rawValue
                input.officers = [EnforcementFixtures.officers[0]]
                input.partyKind = PartyKind.person.rawValue
                input.partyName = "张三"
                input.penalties = ["罚款"]
                input.fine = fine
                input.decisionNumber = "当场〔2026〕7号"
                return input
            }
            // when
            let tooMuch = await #expect(throws: DomainError.self) {
                try await repository.open(body: tree.market.id, reference: nil, onTheSpot("300"), by: store.actor)
            }
            let opened = try await repository.open(
                body: tree.market.id, reference: nil, onTheSpot("200"), by: store.actor)
            // then
            #expect(tooMuch?.message.contains("第五十一条") == true)
            #expect(opened.row.stage == .served)
            #expect(opened.row.facts.procedure == .simplified)
            #expect(opened.row.publicityDue == nil)
        }
    }

    @Test func casesOutsideTheScopeAreNotFoundAndTheJusticeBureauSeesItsSubtree() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let notified = try await notified(store, tree)
            // then
            await #expect(throws: DomainError.self) {
                try await cases(store, tree.countyMarket, on: "2026-10-20").find(notified.id)
            }
            await #expect(throws: DomainError.self) {
                try await cases(store, tree.countyMarket, on: "2026-10-20").act(
                    on: notified.id, EnforcementFixtures.step(.investigate, on: "2026-10-20"), by: store.actor)
            }
            // A justice bureau's scope is its government's subtree (`Scope.of(member:roles:)`).
            let supervisor = cases(store, tree.city, on: "2026-10-20", roles: [.justice])
            #expect(try await supervisor.find(notified.id).reference == "测市监罚〔2026〕1号")
            #expect(supervisor.availableActions(for: notified).isEmpty)
            await #expect(throws: DomainError.self) {
                try await supervisor.act(
                    on: notified.id, EnforcementFixtures.step(.investigate, on: "2026-10-20"), by: store.actor)
            }
        }
    }
}
