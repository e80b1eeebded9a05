import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// The search over the fixtures, on SQLite and (with `FAZHI_TEST_POSTGRES_URL`) PostgreSQL: the same expectations on
/// both, which is what "the same results" means.
@Suite("Law library: full-text search")
struct LawSearchTests {
    static let today = CivilDate(iso: "2026-12-01")!

    func titles(
        _ q: String?, _ filters: LawSearchFilters = LawSearchFilters(), today: CivilDate = today, store: TestStore
    ) async throws -> [String] {
        let query = try q.map { try LawSearchQuery(parsing: $0) }
        return try await LawSearch(db: store.db).search(query, filters: filters, today: today).hits.map {
            $0.version.title
        }
    }

    static let law = "中华人民共和国示范处罚法"
    static let regulation = "示范听证程序条例"
    static let local = "北京市示范执法条例"
    static let interpretation = "最高人民法院关于示范案件适用法律若干问题的解释"

    @Test("a two-character term finds every document containing it; title hits, then 效力位阶, come first")
    func substringAndOrder() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)

            // when
            let found = try await titles("处罚", store: store)

            // then: the law's title contains 处罚; the judicial interpretation outranks the local regulation
            #expect(found == [Self.law, Self.interpretation, Self.local])
            #expect(try await titles("听证", store: store) == [Self.regulation, Self.law])
        }
    }

    @Test("several terms must all occur; punctuation splits a term; nothing matches across a line break")
    func termsAndBoundaries() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)

            // then
            #expect(try await titles("听证 处罚", store: store) == [Self.law])
            #expect(try await titles("“听证，处罚”", store: store) == [Self.law])
            #expect(try await titles("非本案调查人员主持", store: store) == [Self.regulation])
            #expect(try await titles("总则第一条", store: store).isEmpty, "the heading and the article are two lines")
            #expect(try await titles("非本案调查人员不主持", store: store).isEmpty)
        }
    }

    @Test("full-width digits in the text are found by ordinary ones")
    func fullWidthDigits() async throws {
        try await TestStore.with { store in
            try await LawFixtures.load(on: store.db)
            #expect(try await titles("2021年1月1日", store: store) == [Self.interpretation])
        }
    }

    @Test("filters: kind, region, issuer, dates, status, history")
    func filters() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)
            try await (store.db as! any SQLDatabase).raw(
                "UPDATE law_works SET issuer = '国务院' WHERE title = \(bind: Self.regulation)"
            ).run()

            // then
            #expect(
                try await titles("听证", LawSearchFilters(kind: .administrativeRegulation), store: store) == [
                    Self.regulation
                ])
            #expect(try await titles("处罚", LawSearchFilters(region: "北京"), store: store) == [Self.local])
            #expect(try await titles(nil, LawSearchFilters(issuer: "国务"), store: store) == [Self.regulation])
            let since2020 = LawSearchFilters(promulgatedFrom: CivilDate(iso: "2020-01-01"))
            #expect(try await titles("听证", since2020, store: store) == [Self.law])
            let until2020 = LawSearchFilters(promulgatedTo: CivilDate(iso: "2020-06-30"))
            #expect(try await titles("示范", until2020, store: store) == [Self.regulation, Self.local])
            let history = LawSearchFilters(includeHistory: true)
            #expect(try await titles("规范行政处罚的设定", history, store: store) == [Self.law, Self.law])
            let amended = LawSearchFilters(status: .amended, includeHistory: true)
            let old = try await LawSearch(db: store.db).search(nil, filters: amended, today: Self.today)
            #expect(old.hits.map(\.version.versionDate.iso) == ["2017-09-01"])
            let notYet = LawSearchFilters(status: .notYetInForce)
            #expect(try await titles("处罚", notYet, today: CivilDate(iso: "2021-03-01")!, store: store) == [Self.law])
        }
    }

    @Test("each hit carries an excerpt of its first article containing the first term")
    func snippets() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)

            // when
            let results = try await LawSearch(db: store.db).search(
                try LawSearchQuery(parsing: "听证 处罚"), today: Self.today)

            // then
            let hit = try #require(results.hits.first)
            #expect(results.total == 1)
            #expect(hit.titleMatches == false)
            #expect(hit.snippetArticle?.eid == "art_3")
            #expect(hit.snippet?.pieces.contains { $0.isMatch && $0.text == "听证" } == true)
        }
    }

    @Test("search within a version lists the articles containing every term, in order")
    func withinVersion() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)

            let version = try await LawFixtures.ids(of: LawFixtures.lawV2, on: store.db).version

            // when
            let matches = try await LawSearch(db: store.db).articles(
                ofVersion: version, matching: try LawSearchQuery(parsing: "行政 机关"))

            // then
            #expect(matches.map(\.provision.eid) == ["art_2", "art_3"])
            #expect(matches[0].pieces.contains { $0.isMatch && $0.text.contains("机关") })
        }
    }

    @Test("paging: totals, pages and a stable order")
    func paging() async throws {
        try await TestStore.with { store in
            try await LawFixtures.load(on: store.db)
            let search = LawSearch(db: store.db)
            let first = try await search.search(nil, perPage: 2, today: Self.today)
            let second = try await search.search(nil, page: 2, perPage: 2, today: Self.today)
            let all = try await search.search(nil, perPage: 10, today: Self.today)
            #expect(first.total == 4)
            #expect(first.pageCount == 2)
            #expect((first.hits + second.hits).map(\.version.id) == all.hits.map(\.version.id))
        }
    }
}
