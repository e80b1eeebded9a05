import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents, public side: the catalogue and the quarterly filing catalogue")
struct NormativePublicCatalogueStoreTests {
    static let today = CivilDate(iso: "2026-11-20")!

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// One published document of `drafter`, filed with the city and registered on `registered` when given.
    @discardableResult
    func published(
        _ title: String, by drafter: Organisation, on published: String, tree: Tree, stage: NormativeStage = .closed,
        registered: String? = nil, change: (inout NormativeFixtures.Document) -> Void = { _ in }, _ store: TestStore
    ) async throws -> UUID {
        var document = NormativeFixtures.Document(
            title: title, drafter: drafter, filingBody: tree.city, stage: stage, publishedOn: day(published))
        document.registeredOn = registered.map(day)
        change(&document)
        return try await NormativeFixtures.insert(document, on: store.db)
    }

    @Test("the catalogue lists published documents only, by title words, drafting body, year and status")
    func filters() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let valid = try await published("测试市市场监管行政处罚裁量基准", by: tree.market, on: "2026-03-01", tree: tree, store)
            let future = try await published(
                "测试市市场监管信用修复办法", by: tree.market, on: "2026-11-01", tree: tree,
                change: { $0.effectiveOn = CivilDate(iso: "2027-01-01") }, store)
            let expired = try await published(
                "测试县农村集体资产管理暂行办法", by: tree.countyMarket, on: "2021-05-01", tree: tree,
                change: { $0.expiresOn = CivilDate(iso: "2026-04-30") }, store)
            let repealed = try await published(
                "测试县市场监管行政处罚程序规定", by: tree.countyMarket, on: "2020-01-01", tree: tree,
                change: {
                    $0.decision = .repeal
                    $0.decidedOn = CivilDate(iso: "2026-06-30")
                }, store)
            let declared = try await published(
                "测试市旧市场管理办法", by: tree.market, on: "2019-01-01", tree: tree,
                change: {
                    $0.decision = .declareExpired
                    $0.decidedOn = CivilDate(iso: "2025-12-31")
                }, store)
            for stage in [NormativeStage.drafting, .publicComment, .registration, .withdrawn] {
                try await NormativeFixtures.insert(
                    .init(title: "测试市市场监管未公布文件", drafter: tree.market, stage: stage), on: store.db)
            }
            let catalogue = NormativePublicCatalogue(db: store.db, today: Self.today)

            // when
            let all = try await catalogue.documents(NormativePublicFilter())

            // then: published only, newest first, and each status filter lists what the rows say
            #expect(all.total == 5)
            #expect(all.rows.map(\.id) == [future, valid, expired, repealed, declared])
            for status in LawStatus.allCases {
                let filtered = try await catalogue.documents(NormativePublicFilter(status: status)).rows.map(\.id)
                #expect(filtered == all.rows.filter { $0.status(on: Self.today) == status }.map(\.id), "\(status)")
            }
            #expect(try await catalogue.documents(.init(status: .valid)).rows.map(\.id) == [valid])
            #expect(try await catalogue.documents(.init(status: .notYetInForce)).rows.map(\.id) == [future])
            #expect(try await catalogue.documents(.init(status: .expired)).rows.map(\.id) == [expired, declared])
            #expect(try await catalogue.documents(.init(status: .repealed)).rows.map(\.id) == [repealed])
            #expect(try await catalogue.documents(.init(words: ["市场监管", "行政处罚"])).rows.map(\.id) == [valid, repealed])
            #expect(try await catalogue.documents(.init(organisationID: tree.countyMarket.id)).total == 2)
            #expect(try await catalogue.documents(.init(year: 2026)).rows.map(\.id) == [future, valid])
            let paged = try await catalogue.documents(.init(limit: 2, offset: 2))
            #expect(paged.total == 5 && paged.rows.map(\.id) == [expired, repealed])
            // (the order is the database's collation of names, which differs between SQLite and PostgreSQL)
            #expect(Set(try await catalogue.draftingBodies().map(\.id)) == [tree.countyMarket.id, tree.market.id])
            // a draft's page is not in the catalogue
            let draft = try await NormativeFixtures.insert(
                .init(title: "草案", drafter: tree.market, stage: .publicComment), on: store.db)
            #expect(await domainError { _ = try await catalogue.document(draft) } == NormativePublicCatalogue.notFound)
            #expect(try await catalogue.document(valid).body.contains("第一条"))
        }
    }

    @Test("the quarterly catalogue takes documents by the day of registration: 30 September is Q3, 1 October Q4")
    func quarterBoundaries() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let september = try await published(
                "九月登记的文件", by: tree.market, on: "2026-09-01", tree: tree, registered: "2026-09-30", store)
            let october = try await published(
                "十月登记的文件", by: tree.market, on: "2026-09-10", tree: tree, stage: .underReview,
                registered: "2026-10-01", store)
            let december = try await published(
                "年末登记的文件", by: tree.county, on: "2026-12-01", tree: tree, registered: "2026-12-31", store)
            try await published("尚未登记的文件", by: tree.market, on: "2026-10-15", tree: tree, stage: .filed, store)
            let catalogue = NormativePublicCatalogue(db: store.db, today: Self.today)

            // when
            let q3 = try await catalogue.catalogue(NormativePublicQuarter(year: 2026, quarter: 3)!)
            let q4 = try await catalogue.catalogue(NormativePublicQuarter(year: 2026, quarter: 4)!)

            // then
            #expect(q3.map(\.id) == [september])
            #expect(q4.map(\.id) == [october, december])
        }
    }

    @Test("a quarter is read from the query, defaults to today's, and says what is wrong with a bad one")
    func readingAQuarter() throws {
        let today = Self.today
        func quarter(_ year: Int, _ quarter: Int) -> NormativePublicQuarter { .init(year: year, quarter: quarter)! }
        #expect(try NormativePublicQuarter.read(year: nil, quarter: nil, today: today) == quarter(2026, 4))
        #expect(try NormativePublicQuarter.read(year: "2025", quarter: "1", today: today) == quarter(2025, 1))
        let q1 = NormativePublicQuarter(year: 2026, quarter: 1)!
        #expect((q1.first.iso, q1.last.iso, q1.label) == ("2026-01-01", "2026-03-31", "2026年第一季度"))
        #expect(q1.previous == quarter(2025, 4))
        #expect(NormativePublicQuarter(year: 2024, quarter: 1)!.last.iso == "2024-03-31")
        #expect(throws: DomainError.self) { try NormativePublicQuarter.read(year: "2026", quarter: "5", today: today) }
        do {
            _ = try NormativePublicQuarter.read(year: "二〇二六", quarter: "0", today: today)
            Issue.record("a bad year and quarter were accepted")
        } catch {
            #expect(error.fields.map(\.field) == ["year", "quarter"])
            #expect(error.fields.first?.message.contains("二〇二六") == true)
        }
    }
}
