import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Inspections of enterprises (涉企检查): records, duplicates, scope, the repeated-inspection alert and sweep")
struct InspectionRecordStoreTests {
    static let code = CreditCode.completing("91150100MA0000001")!
    static let other = CreditCode.completing("91150100MA0000002")!

    func repository(
        _ store: TestStore, _ org: Organisation, roles: Set<Role> = [.officer], on day: String = "2026-11-20"
    ) -> EnterpriseInspectionRepository {
        EnterpriseInspectionRepository(db: store.db, scope: Scope(org), today: CivilDate(iso: day)!, roles: roles)
    }

    func record(
        _ id: String, on day: String, code: String = code, officers: [String] = EnforcementFixtures.officers,
        matter: String = "T-INSPECT-1"
    ) -> EnterpriseInspectionInput {
        EnterpriseInspectionInput(
            clientID: id, matterCode: matter, creditCode: code, enterpriseName: "某某食品有限公司", date: day,
            officers: officers, kind: "random", result: "未发现问题")
    }

    func count(_ store: TestStore, _ table: String) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    /// The city's and the county's market agencies registered, the city's certificates renamed with a 「C」.
    func region(_ store: TestStore) async throws -> (tree: Tree, cityOfficers: [String]) {
        let tree = try await Tree.build(in: store)
        try await EnforcementFixtures.register(tree.market, on: store.db)
        try await (store.db as! any SQLDatabase).raw(
            "UPDATE enforcement_certificates SET number = number || 'C' WHERE organisation_id = \(bind: tree.market.id)"
        ).run()
        try await EnforcementFixtures.register(tree.countyMarket, on: store.db)
        return (tree, EnforcementFixtures.officers.map { $0 + "C" })
    }

    @Test func aBatchIsRecordedWithAuditEntriesAndSendingItAgainChangesNothing() async throws {
        try await TestStore.with { store in
            // given
            let (tree, _) = try await region(store)
            let county = repository(store, tree.countyMarket)
            let batch = [record("R-1", on: "2026-11-02"), record("R-2", on: "2026-11-03", code: Self.other)]
            // when
            let first = try await county.record(body: tree.countyMarket.id, batch, source: "api", by: store.actor)
            let audits = try await store.auditCount()
            let again = try await county.record(body: tree.countyMarket.id, batch, source: "api", by: store.actor)
            // then
            #expect(first.allSatisfy { if case .applied = $0 { true } else { false } })
            #expect(again.allSatisfy { if case .duplicate = $0 { true } else { false } })
            #expect(try await count(store, "enterprise_inspections") == 2)
            #expect(try await store.auditCount() == audits)
            #expect(try await store.audit(action: "enforcement.inspection.record").count == 2)
            let listed = try await county.list(.init())
            #expect(listed.total == 2)
            #expect(listed.rows.first?.date.iso == "2026-11-03")
            #expect(try await county.list(.init(words: Self.other)).total == 1)
        }
    }

    @Test func badRecordsAreRefusedAloneWithTheirArticleAndChangeNothing() async throws {
        try await TestStore.with { store in
            // given
            let (tree, cityOfficers) = try await region(store)
            let county = repository(store, tree.countyMarket)
            let before = try await store.auditCount()
            // when: a penalty matter, the city's officers, one officer, a bad credit code
            let outcomes = try await county.record(
                body: tree.countyMarket.id,
                [
                    record("B-1", on: "2026-11-02", matter: EnforcementFixtures.matterCode),
                    record("B-2", on: "2026-11-02", officers: cityOfficers),
                    record("B-3", on: "2026-11-02", officers: [EnforcementFixtures.officers[0]]),
                    record("B-4", on: "2026-11-02", code: "91150100MA00000010"),
                ], source: "api", by: store.actor)
            // then
            let fields = outcomes.map { outcome -> String in
                if case .refused(let error) = outcome { return error.fields.first?.field ?? "" }
                return "applied"
            }
            #expect(fields == ["matterCode", "officers", "officers", "creditCode"])
            #expect(try await count(store, "enterprise_inspections") == 0)
            #expect(try await store.auditCount() == before)
            // and: a reader may not record, a body outside the scope is not found
            await #expect(throws: DomainError.self) {
                try await repository(store, tree.city, roles: [.justice]).record(
                    body: tree.countyMarket.id, [record("B-5", on: "2026-11-02")], source: "page", by: store.actor)
            }
            await #expect(throws: DomainError.notFound("执法主体不存在、未登记或不在您的管辖范围内")) {
                try await county.record(
                    body: tree.market.id, [record("B-6", on: "2026-11-02")], source: "page", by: store.actor)
            }
        }
    }

    @Test func aThirdInspectionWithinThirtyDaysByAnyBodyRaisesOneAlertSeenOverEveryBody() async throws {
        try await TestStore.with { store in
            // given: the city inspects the enterprise twice, the county once, within 30 days (参照: more than two)
            let (tree, cityOfficers) = try await region(store)
            let city = repository(store, tree.market)
            let county = repository(store, tree.countyMarket)
            _ = try await city.record(
                body: tree.market.id,
                [
                    record("C-1", on: "2026-10-25", officers: cityOfficers),
                    record("C-2", on: "2026-11-05", officers: cityOfficers),
                ], source: "api", by: store.actor)
            #expect(try await city.alerts().isEmpty)
            // when
            let third = try await county.record(
                body: tree.countyMarket.id, [record("K-1", on: "2026-11-10")], source: "page", by: store.actor)
            let fourth = try await county.record(
                body: tree.countyMarket.id, [record("K-2", on: "2026-11-12")], source: "page", by: store.actor)
            // then
            guard case .applied(_, let alerts) = third.first else {
                Issue.record("not applied")
                return
            }
            #expect(alerts.count == 1)
            #expect(alerts.first?.inspections.count == 3)
            #expect(alerts.first?.message.contains("超过2次（参照）") == true)
            #expect(alerts.first?.basis.contains("优化营商环境条例") == true)
            if case .applied(_, let more) = fourth.first { #expect(more.isEmpty) }
            #expect(try await count(store, "enforcement_alerts") == 1)
            // and: both bodies' supervisors see it, with the inspections it counted; an unrelated scope does not
            #expect(try await county.alerts().count == 1)
            #expect(try await city.alerts().first?.inspections.map(\.bodyName).contains("测试县市场监管局") == true)
            #expect(try await repository(store, tree.marketUnit).alerts().isEmpty)
            #expect(try await county.list(.init(alerted: true)).total == 1)
            // and: each sees only its own records
            #expect(try await county.list(.init()).total == 2)
            #expect(try await city.list(.init()).total == 2)
            #expect(try await repository(store, tree.city, roles: [.justice]).list(.init()).total == 4)
        }
    }

    @Test func theSweepRaisesWhatAStricterPolicyMakesDueOnceOnly() async throws {
        try await TestStore.with { store in
            // given: two inspections 10 days apart, under the 参照 limit
            let (tree, _) = try await region(store)
            let county = repository(store, tree.countyMarket)
            _ = try await county.record(
                body: tree.countyMarket.id, [record("S-1", on: "2026-11-01"), record("S-2", on: "2026-11-11")],
                source: "api", by: store.actor)
            #expect(try await RepeatedInspectionAlerts.sweep(today: CivilDate(iso: "2026-11-20")!, on: store.db) == 0)
            // when: the city sets one inspection per 30 days
            var policy = EnforcementPolicy.standard
            policy.repeatedInspectionCount = 1
            try await EnforcementPolicies.set(policy, for: tree.city, by: store.actor, on: store.db)
            let first = try await RepeatedInspectionAlerts.sweep(today: CivilDate(iso: "2026-11-20")!, on: store.db)
            let second = try await RepeatedInspectionAlerts.sweep(today: CivilDate(iso: "2026-11-21")!, on: store.db)
            // then
            #expect(first == 1)
            #expect(second == 0)
            let alert = try #require(try await county.alerts().first)
            #expect(!alert.message.contains("参照"))
            #expect(alert.windowFrom.iso == "2026-11-01")
        }
    }

    @Test func thePolicyKeepsTheCountAndTheReplyPeriodAudited() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            var policy = EnforcementPolicy.standard
            policy.repeatedInspectionCount = 3
            policy.repeatedInspectionDays = 90
            policy.supervisionReplyWorkingDays = 20
            // when
            try await EnforcementPolicies.set(policy, for: tree.city, by: store.actor, on: store.db)
            let applied = try await EnforcementPolicies.applied(to: tree.countyMarket.path, on: store.db).policy
            // then
            #expect(applied.repeatedInspection == RepeatedInspectionRule(maximum: 3, days: 90, isDefault: false))
            #expect(applied.supervision == SupervisionPolicy(replyWorkingDays: 20, isDefault: false))
            let audit = try #require(try await store.audit(action: "enforcement.policy").first)
            #expect(audit.after?.contains("\"supervisionReplyWorkingDays\":20") == true)
        }
    }
}
