import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Enforcement statistics, the public search and the bulk generator")
struct EnforcementStatisticsTests {
    let today = CivilDate(iso: "2026-11-20")!

    func ingest(_ store: TestStore, _ org: Organisation) -> CaseIngest {
        CaseIngest(
            cases: CaseRepository(
                db: store.db, scope: Scope(org), today: today, roles: [.officer, .legalUnit], calendar: .official))
    }

    /// The statistics table as (body, matter, month) → figures, to compare the running sums with a rebuild.
    func stats(_ store: TestStore) async throws -> [String: [Int64]] {
        var result: [String: [Int64]] = [:]
        for row in try await (store.db as! any SQLDatabase).raw(
            """
            SELECT organisation_id, matter_code, month, filed, decided, no_penalty, fine_fen, closed, ended, published
            FROM enforcement_case_stats
            """
        ).all() {
            let key =
                "\(try row.decode(column: "organisation_id", as: UUID.self)) \(try row.decode(column: "matter_code", as: String.self)) \(try row.decode(column: "month", as: String.self))"
            let figures = try ["filed", "decided", "no_penalty", "fine_fen", "closed", "ended", "published"].map {
                try row.decode(column: $0, as: Int64.self)
            }
            if figures.contains(where: { $0 != 0 }) { result[key] = figures }
        }
        return result
    }

    /// Three cases for the market body: one decided with a fine, served and closed, then published; one decided
    /// not to punish; one still open. And one case of the county's body.
    func record(_ store: TestStore, _ tree: Tree) async throws -> UUID {
        let fine = EnforcementFixtures.step(.decide, on: "2026-10-30") {
            $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.decisionNumber = "测市监罚决〔2026〕1号"
        }
        let notify = EnforcementFixtures.step(.notify, on: "2026-10-15") {
            $0.penalties = ["罚款"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.hearingRight = true
        }
        let none = EnforcementFixtures.step(.decide, on: "2026-11-02") {
            $0.outcome = "none"; $0.note = "首违不罚"
        }
        let outcomes = try await ingest(store, tree.market).ingest(
            body: tree.market.id,
            events: [
                CaseIngestEvent(eventID: "a1", reference: "A", step: EnforcementFixtures.filing(on: "2026-09-08")),
                CaseIngestEvent(eventID: "a2", reference: "A", step: notify),
                CaseIngestEvent(eventID: "a3", reference: "A", step: fine),
                CaseIngestEvent(
                    eventID: "a4", reference: "A",
                    step: EnforcementFixtures.step(.serve, on: "2026-10-31") { $0.serviceMethod = "直接送达" }),
                CaseIngestEvent(
                    eventID: "a5", reference: "A", step: EnforcementFixtures.step(.execute, on: "2026-11-05")),
                CaseIngestEvent(
                    eventID: "a6", reference: "A", step: EnforcementFixtures.step(.close, on: "2026-11-06")),
                CaseIngestEvent(eventID: "b1", reference: "B", step: EnforcementFixtures.filing(on: "2026-10-08")),
                CaseIngestEvent(eventID: "b2", reference: "B", step: none),
                CaseIngestEvent(eventID: "c1", reference: "C", step: EnforcementFixtures.filing(on: "2026-11-03")),
            ], by: store.actor)
        for outcome in outcomes {
            guard case .applied = outcome else {
                Issue.record("\(outcome)")
                throw DomainError.conflict("not applied")
            }
        }
        guard case .applied(let caseID, _, _, _) = outcomes[0] else { throw DomainError.conflict("not applied") }
        _ = try await EnforcementPublicity(db: store.db, scope: Scope(tree.market), today: today, calendar: .official)
            .publish(caseID: caseID, summary: "销售超过保质期的食品", by: store.actor)
        try await EnforcementFixtures.register(tree.countyMarket, prefix: "C", on: store.db)
        var countyFiling = EnforcementFixtures.filing(on: "2026-10-10")
        countyFiling.officers = ["C1501000000001", "C1501000000002"]
        let county = try await ingest(store, tree.countyMarket).ingest(
            body: tree.countyMarket.id, events: [CaseIngestEvent(eventID: "d1", reference: "D", step: countyFiling)],
            by: store.actor)
        guard case .applied = county[0] else { throw DomainError.conflict("\(county)") }
        return caseID
    }

    @Test("the running sums kept by every step and publication equal a rebuild from the facts")
    func runningSumsEqualRebuild() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            _ = try await record(store, tree)
            let running = try await stats(store)
            // when
            let rebuilt = try await EnforcementStatistics.rebuild(on: store.db)
            // then
            #expect(rebuilt == 4)
            #expect(try await stats(store) == running)
            let market = tree.market.id.uuidString
            #expect(running["\(market) \(EnforcementFixtures.matterCode) 2026-09"] == [1, 0, 0, 0, 0, 0, 0])
            #expect(running["\(market) \(EnforcementFixtures.matterCode) 2026-10"] == [1, 1, 0, 6_000_000, 0, 0, 0])
            #expect(running["\(market) \(EnforcementFixtures.matterCode) 2026-11"] == [1, 0, 1, 0, 2, 2, 1])
        }
    }

    @Test("a report counts only the scope: by body with today's figures, by month, by matter")
    func reportInScope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            _ = try await record(store, tree)
            let sql = store.db as! any SQLDatabase
            let from = StatisticsMonth(text: "2026-01")!
            let to = StatisticsMonth(text: "2026-11")!
            // when
            let city = try await EnforcementStatisticsRepository(db: sql, scope: Scope(tree.city), today: today)
                .report(from: from, to: to, grouping: .agency)
            let market = try await EnforcementStatisticsRepository(db: sql, scope: Scope(tree.market), today: today)
                .report(from: from, to: to, grouping: .agency)
            let months = try await EnforcementStatisticsRepository(db: sql, scope: Scope(tree.market), today: today)
                .report(from: StatisticsMonth(text: "2026-10")!, to: to, grouping: .month)
            let matters = try await EnforcementStatisticsRepository(db: sql, scope: Scope(tree.city), today: today)
                .report(from: from, to: to, grouping: .matter)
            // then: the city sees both bodies, the market body only itself
            #expect(Set(city.lines.map(\.label)) == ["测试市市场监管局", "测试县市场监管局"])
            #expect(city.total.tally.filed == 4 && city.total.open == 2)
            #expect(market.lines.count == 1)
            let line = try #require(market.lines.first)
            #expect(
                line.tally == CaseTally(filed: 3, decided: 1, noPenalty: 1, fineFen: 6_000_000, closed: 2, published: 1)
            )
            #expect(line.open == 1 && line.overdue == 0)
            #expect(months.lines.map(\.key) == ["2026-10", "2026-11"])
            #expect(months.lines.map(\.tally.filed) == [1, 1])
            #expect(matters.lines.map(\.key) == [EnforcementFixtures.matterCode])
            #expect(matters.lines.first?.label == "对销售超过保质期的食品的行政处罚")
        }
    }

    @Test("a drill-down lists exactly the cases a figure counts")
    func drillDown() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            _ = try await record(store, tree)
            let cases = CaseRepository(
                db: store.db, scope: Scope(tree.city), today: today, roles: [.justice], calendar: .official)
            let period = { (metric: EnforcementMetric) in
                CountedFigure(
                    metric: metric, from: StatisticsMonth(text: "2026-01")!, to: StatisticsMonth(text: "2026-11")!)
            }
            let filed = try await cases.list(CaseFilter(organisationID: tree.market.id, counted: period(.filed)))
            let decided = try await cases.list(CaseFilter(counted: period(.decided)))
            let noPenalty = try await cases.list(CaseFilter(counted: period(.noPenalty)))
            let published = try await cases.list(CaseFilter(counted: period(.published)))
            let october = try await cases.list(
                CaseFilter(
                    counted: CountedFigure(
                        metric: .filed, from: StatisticsMonth(text: "2026-10")!, to: StatisticsMonth(text: "2026-10")!))
            )
            #expect(filed.total == 3)
            #expect(decided.rows.map(\.reference) == ["A"])
            #expect(noPenalty.rows.map(\.reference) == ["B"])
            #expect(published.rows.map(\.reference) == ["A"])
            #expect(Set(october.rows.map(\.reference)) == ["B", "D"])
        }
    }

    @Test("the public search finds every term, within a year, newest first; withdrawn decisions leave it")
    func publicSearch() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let caseID = try await record(store, tree)
            let catalogue = EnforcementPublicCatalogue(db: store.db as! any SQLDatabase)
            let find = { (text: String, year: Int?) in
                try await catalogue.search(try LawSearchQuery(parsing: text), year: year)
            }
            // then
            #expect(try await find("超市", nil).rows.count == 1)
            #expect(try await find("某某超市 保质期", 2026).total == 1)
            #expect(try await find("测市监罚决〔2026〕1号", nil).total == 1)
            #expect(try await find("超市 药房", nil).total == 0)
            #expect(try await find("超市", 2025).total == 0)
            #expect(try await catalogue.search(nil, year: 2026).total == 1)
            #expect(try await catalogue.search(nil, year: nil).rows.count == 1)
            #expect(throws: DomainError.self) { try LawSearchQuery(parsing: "超") }
            // when
            try await EnforcementPublicity(db: store.db, scope: Scope(tree.market), today: today, calendar: .official)
                .withdraw(caseID: caseID, changedOn: "2026-11-19", reason: "复议撤销", by: store.actor)
            // then
            #expect(try await find("超市", nil).total == 0)
            #expect(try await catalogue.search(nil, year: nil).total == 0)
        }
    }

    @Test("the bulk generator writes cases, publications and sums that a rebuild confirms, for the sweep to find")
    func bulkGenerator() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            // when
            let report = try await EnforcementBulkGenerator.generate(
                count: 600, seed: 7, today: today, calendar: .official, on: store.db)
            let generated = try await stats(store)
            try await EnforcementStatistics.rebuild(on: store.db)
            let raised = try await EnforcementSweep.sweep(today: today, on: store.db)
            // then
            #expect(report.cases == 600 && report.publications > 300)
            #expect(try await stats(store) == generated)
            let sql = store.db as! any SQLDatabase
            let total = try await EnforcementStatisticsRepository(db: sql, scope: Scope(tree.city), today: today)
                .report(from: StatisticsMonth(text: "2016-01")!, to: StatisticsMonth(today), grouping: .agency)
            #expect(total.total.tally.filed == 600)
            let open = try await sql.raw(
                "SELECT COUNT(*) AS n FROM enforcement_cases WHERE stage NOT IN ('closed', 'transferred', 'withdrawn')"
            ).first()!.decode(column: "n", as: Int64.self)
            #expect(total.total.open == open)
            #expect(raised > 0)
            let catalogue = EnforcementPublicCatalogue(db: sql)
            let companies = try await catalogue.search(try LawSearchQuery(parsing: "有限公司"), year: 2025)
            #expect(companies.total > 0)
            #expect(companies.rows.allSatisfy { $0.party.contains("有限公司") && $0.publishedOn.hasPrefix("2025") })
            // Codes are looked up by their 4-grams: a party's credit code, a year, and two codes run together (which
            // no publication holds as one code) find exactly the publications that contain them.
            let sample = try #require(
                try await sql.raw(
                    "SELECT party, decision_number FROM enforcement_publications WHERE party LIKE '%）' LIMIT 1"
                ).first())
            let party = try sample.decode(column: "party", as: String.self)
            let creditCode = String(party.split(separator: "（").last!.dropLast())
            let number = try sample.decode(column: "decision_number", as: String.self)
            let runs = number.split(whereSeparator: { !$0.isASCII || !($0.isLetter || $0.isNumber) }).map(String.init)
            let year = try #require(runs.first { $0.count == 4 && $0.allSatisfy(\.isNumber) })
            for term in [creditCode, year, year + runs.last!] {
                let expected = try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM enforcement_publications WHERE withdrawn_on IS NULL
                      AND lower(party || '|' || matter_name || '|' || body_name || '|' || decision_number)
                          LIKE \(bind: "%" + term.lowercased() + "%")
                    """
                ).first()!.decode(column: "n", as: Int.self)
                let found = try await catalogue.search(try LawSearchQuery(parsing: term), year: nil)
                #expect(found.total == expected, "\(term)")
            }
        }
    }
}
