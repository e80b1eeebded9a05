import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: expiry evaluation")
struct NormativeExpiryStoreTests {
    static let today = NormativeTestData.today  // 2027-03-10
    typealias D = NormativeTestData

    func repository(_ store: TestStore, _ org: Organisation, roles: Set<Role> = [.legalUnit])
        -> NormativeExpiryRepository
    {
        NormativeExpiryRepository(db: store.db, scope: Scope(org), today: Self.today, roles: roles)
    }

    @Test("the list holds terms ending within six months or ended without a decision, soonest first, in scope")
    func list() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let ended = try await NormativeFixtures.insert(
                D.published("已届满未评估的办法", by: tree.market, on: "2022-01-01", expires: "2027-01-31"), on: store.db)
            let soon = try await NormativeFixtures.insert(
                D.published("半年内到期的办法", by: tree.marketUnit, expires: "2027-09-09"), on: store.db)
            try await NormativeFixtures.insert(
                D.published("一年后到期的办法", by: tree.market, expires: "2028-03-10"), on: store.db)
            try await NormativeFixtures.insert(
                D.published("县里的办法", by: tree.countyMarket, expires: "2027-04-01"), on: store.db)
            #expect(try await repository(store, tree.market).expiring().map(\.id) == [ended, soon])
            #expect(try await repository(store, tree.marketUnit).expiring().map(\.id) == [soon])
        }
    }

    @Test("继续有效 needs a new term after the old one and within the longest term; it then mirrors to the library")
    func keep() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await NormativeFixtures.insert(
                D.published("市场监管办法", by: tree.market, on: "2022-04-01", expires: "2027-03-31"), on: store.db)
            try await D.linkLawWork(store, document: id)
            let expiry = repository(store, tree.market)
            let audit = try await store.auditCount()
            for (input, field) in [
                (NormativeExpiryInput(decision: "keep"), "expiresOn"),
                (NormativeExpiryInput(decision: "keep", expiresOn: "2027-03-01"), "expiresOn"),
                (NormativeExpiryInput(decision: "keep", expiresOn: "2032-03-11"), "expiresOn"),
                (NormativeExpiryInput(decision: "keep", expiresOn: "2030-02-30"), "expiresOn"),
                (NormativeExpiryInput(decision: "forever"), "decision"),
            ] {
                let error = await domainError { try await expiry.evaluate(id, input, by: store.actor) }
                #expect(error?.fields.map(\.field) == [field], "\(input)")
            }
            #expect(try await store.auditCount() == audit)
            #expect(try await D.document(store, id).decision == nil)

            // when
            let kept = try await expiry.evaluate(
                id, NormativeExpiryInput(decision: "keep", expiresOn: "2032-03-10"), by: store.actor)
            // then
            #expect(kept.decision == .keep && kept.decidedOn == Self.today)
            #expect(kept.expiresOn == D.day("2032-03-10"))
            let work = try await D.lawWork(store)
            #expect(work.repealed == nil && work.expired == "2032-03-11")
            #expect(try await expiry.expiring().isEmpty)
            let events = try await D.count(
                store,
                "SELECT COUNT(*) AS n FROM normative_events WHERE action = 'evaluate_expiry' AND document_id = \(bind: id)"
            )
            #expect(events == 1)
            #expect(try await store.audit(action: "normative.expiry.evaluate").count == 1)
        }
    }

    @Test("废止 from a day not before publication and not after the term; then it is ended and cannot be evaluated")
    func repeal() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await NormativeFixtures.insert(
                D.published("市场监管办法", by: tree.market, on: "2022-04-01", expires: "2027-03-31"), on: store.db)
            try await D.linkLawWork(store, document: id)
            let expiry = repository(store, tree.market)
            for (input, field) in [
                (NormativeExpiryInput(decision: "repeal", endsOn: "2027-03-10"), "reason"),
                (NormativeExpiryInput(decision: "repeal", endsOn: "2021-12-31", reason: "上位法已废止"), "endsOn"),
                (NormativeExpiryInput(decision: "repeal", endsOn: "2027-04-02", reason: "上位法已废止"), "endsOn"),
                (NormativeExpiryInput(decision: "declare_expired", reason: "调整对象已消失"), "endsOn"),
            ] {
                let error = await domainError { try await expiry.evaluate(id, input, by: store.actor) }
                #expect(error?.fields.map(\.field) == [field], "\(input)")
            }
            let repealed = try await expiry.evaluate(
                id, NormativeExpiryInput(decision: "repeal", endsOn: "2027-03-10", reason: "上位法已废止"), by: store.actor)
            #expect(repealed.status(on: Self.today) == .repealed)
            #expect(try await D.lawWork(store).repealed == "2027-03-10")
            #expect(try await expiry.expiring().isEmpty)
            let again = await domainError {
                try await expiry.evaluate(
                    id, NormativeExpiryInput(decision: "keep", expiresOn: "2030-01-01"), by: store.actor)
            }
            #expect(again?.isConflict == true)
        }
    }

    @Test("another body's document is not found; an officer may not decide; nothing changes")
    func access() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await NormativeFixtures.insert(
                D.published("市场监管办法", by: tree.market, expires: "2027-03-31"), on: store.db)
            let input = NormativeExpiryInput(decision: "amend", reason: "需要修改")
            let county = await domainError {
                try await repository(store, tree.countyMarket).evaluate(id, input, by: store.actor)
            }
            #expect(county?.isNotFound == true)
            let officer = await domainError {
                try await repository(store, tree.market, roles: [.officer]).evaluate(id, input, by: store.actor)
            }
            #expect(officer?.isForbidden == true)
            #expect(try await D.document(store, id).decision == nil)
            // a government rule has no term: kept without a date
            var rule = D.published("测试市政府规章", by: tree.market, expires: nil)
            rule.kind = .governmentRule
            let ruleID = try await NormativeFixtures.insert(rule, on: store.db)
            let kept = try await repository(store, tree.market).evaluate(
                ruleID, NormativeExpiryInput(decision: "keep"), by: store.actor)
            #expect(kept.decision == .keep && kept.expiresOn == nil)
        }
    }
}
