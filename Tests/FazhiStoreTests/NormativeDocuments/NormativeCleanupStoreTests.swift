import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: clean-up campaigns")
struct NormativeCleanupStoreTests {
    static let today = NormativeTestData.today  // 2027-03-10
    typealias D = NormativeTestData

    struct Fixture {
        let tree: Tree
        let office: NormativeCleanupRepository
        let inForce: [UUID]
        let marketDocument: UUID
        let countyDocument: UUID
    }

    func repository(_ store: TestStore, _ org: Organisation, roles: Set<Role> = [.legalUnit])
        -> NormativeCleanupRepository
    {
        NormativeCleanupRepository(db: store.db, scope: Scope(org), today: Self.today, roles: roles)
    }

    /// Documents of every kind the snapshot must tell apart, under the city and outside it.
    func fixture(_ store: TestStore) async throws -> Fixture {
        let tree = try await Tree.build(in: store)
        let market = try await NormativeFixtures.insert(D.published("市场监管局在用办法", by: tree.market), on: store.db)
        let county = try await NormativeFixtures.insert(
            D.published("县市场监管局在用办法", by: tree.countyMarket, expires: "2027-03-01"), on: store.db)
        // expired the day before the campaign starts
        try await NormativeFixtures.insert(
            D.published("已届满的办法", by: tree.market, expires: "2027-02-28"), on: store.db)
        var repealed = D.published("已废止的办法", by: tree.market)
        (repealed.decision, repealed.decidedOn) = (.repeal, D.day("2026-06-01"))
        try await NormativeFixtures.insert(repealed, on: store.db)
        var later = D.published("尚未施行的办法", by: tree.market, on: "2027-02-20")
        later.effectiveOn = D.day("2027-04-01")
        try await NormativeFixtures.insert(later, on: store.db)
        try await NormativeFixtures.insert(
            NormativeFixtures.Document(title: "起草中的办法", drafter: tree.market, stage: .drafting), on: store.db)
        let outside = try await store.org("外市人民政府", kind: .government)
        try await NormativeFixtures.insert(D.published("外市办法", by: outside), on: store.db)
        let office = repository(store, tree.city, roles: [.justice])
        return Fixture(
            tree: tree, office: office, inForce: [market, county], marketDocument: market, countyDocument: county)
    }

    func start(_ store: TestStore, _ f: Fixture) async throws -> NormativeCleanupRow {
        try await f.office.create(
            NormativeCleanupInput(title: "2027年规范性文件清理", basis: "清理通知", startedOn: "2027-03-01", dueOn: "2027-06-30"),
            organiser: f.tree.justice.id, covering: f.tree.city.id, by: store.actor)
    }

    @Test("the snapshot holds exactly the published documents in force on the first day, drafted in the subtree")
    func snapshot() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let campaign = try await start(store, f)
            #expect(campaign.figures.total == 2)
            #expect(campaign.wholeCampaign)
            #expect(Set(try await f.office.items(of: campaign.id).map(\.documentID)) == Set(f.inForce))
            #expect(try await store.audit(action: "normative.cleanup.create").count == 1)
        }
    }

    @Test("bad input and members who do not run clean-ups are refused; nothing is written")
    func refusals() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let bad = await domainError {
                _ = try await f.office.create(
                    NormativeCleanupInput(title: "", startedOn: "2027-03-01", dueOn: "2027-02-01"),
                    organiser: f.tree.justice.id, covering: f.tree.city.id, by: store.actor)
            }
            #expect(Set(bad?.fields.map(\.field) ?? []) == ["title", "dueOn"])
            let legal = await domainError {
                _ = try await repository(store, f.tree.market).create(
                    NormativeCleanupInput(title: "清理", startedOn: "2027-03-01", dueOn: "2027-06-30"),
                    organiser: f.tree.market.id, covering: f.tree.market.id, by: store.actor)
            }
            #expect(legal == NormativeCleanupRepository.officeOnly)
            #expect(try await D.count(store, "SELECT COUNT(*) AS n FROM normative_cleanups") == 0)
            #expect(try await D.count(store, "SELECT COUNT(*) AS n FROM normative_cleanup_items") == 0)
        }
    }

    @Test("each body sees and decides its own items; a decision once made is changed by the office only")
    func decisions() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let campaign = try await start(store, f)
            let items = try await f.office.items(of: campaign.id)
            let marketItem = try #require(items.first { $0.documentID == f.marketDocument })
            let countyItem = try #require(items.first { $0.documentID == f.countyDocument })

            // the market regulator sees its own item only
            let market = repository(store, f.tree.market)
            let seen = try await market.campaign(campaign.id)
            #expect(!seen.wholeCampaign && seen.figures.total == 1)
            #expect(try await market.items(of: campaign.id).map(\.id) == [marketItem.id])
            let hidden = await domainError {
                try await market.decide(countyItem.id, .init(decision: "keep"), by: store.actor)
            }
            #expect(hidden == NormativeCleanupRepository.notFound)
            // a body with no items sees no campaign
            #expect(try await repository(store, f.tree.justice).campaigns().isEmpty)

            // a reason is required for 废止
            let noReason = await domainError {
                try await market.decide(marketItem.id, .init(decision: "repeal"), by: store.actor)
            }
            #expect(noReason?.fields.map(\.field) == ["reason"])
            #expect(try await market.item(marketItem.id).decision == nil)
            // an officer of the body may not decide
            let officer = await domainError {
                try await repository(store, f.tree.market, roles: [.officer]).decide(
                    marketItem.id, .init(decision: "keep"), by: store.actor)
            }
            #expect(officer?.isForbidden == true)

            // the decision: the item and the document change together
            let decided = try await market.decide(
                marketItem.id, .init(decision: "repeal", reason: "上位法已废止"), by: store.actor)
            #expect(decided.decision == .repeal && decided.decidedOn == Self.today)
            let document = try await D.document(store, f.marketDocument)
            #expect(document.decision == .repeal && document.status(on: Self.today) == .repealed)
            #expect(
                try await D.count(
                    store, "SELECT COUNT(*) AS n FROM normative_events WHERE action = 'cleanup_decision'") == 1)
            // changed again by the body: a conflict
            let again = await domainError {
                try await market.decide(marketItem.id, .init(decision: "keep"), by: store.actor)
            }
            #expect(again?.isConflict == true)
            // the office changes it
            let changed = try await f.office.decide(marketItem.id, .init(decision: "keep"), by: store.actor)
            #expect(changed.decision == .keep)
            #expect(try await D.document(store, f.marketDocument).status(on: Self.today) == .valid)
            #expect(try await store.audit(action: "normative.cleanup.decide").count == 2)

            // the figures count the items the lists show
            let figures = try await f.office.figures(of: campaign.id)
            #expect(figures.total == 2 && figures.keep == 1 && figures.decided == 1 && figures.undecided == 1)
            #expect(try await f.office.items(of: campaign.id, .init(decided: false)).map(\.id) == [countyItem.id])
            #expect(try await f.office.items(of: campaign.id, .init(decision: .keep)).map(\.id) == [marketItem.id])
        }
    }
}
