import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: statistics")
struct NormativeStatisticsStoreTests {
    static let today = NormativeTestData.today  // 2027-03-10
    typealias D = NormativeTestData

    @Test("each figure counts what its definition says, and its list holds exactly as many documents")
    func figures() async throws {
        try await TestStore.with { store in
            // given: documents of 2026 at the market regulator and the county's
            let tree = try await Tree.build(in: store)
            @discardableResult func insert(
                _ title: String, by org: Organisation, published: String = "2026-03-01",
                _ change: (inout NormativeFixtures.Document) -> Void
            ) async throws -> UUID {
                var document = D.published(title, by: org, filingBody: tree.justice, on: published)
                document.filingDue = D.day(published).adding(days: 30)
                change(&document)
                return try await NormativeFixtures.insert(document, on: store.db)
            }
            // filed on time, reviewed in 2026 with a correction
            try await insert("按时报备的办法", by: tree.market) {
                $0.filedOn = D.day("2026-03-20")
                ($0.reviewedOn, $0.reviewOutcome) = (D.day("2026-05-01"), .correct)
            }
            // filed late
            try await insert("逾期报备的办法", by: tree.market) { $0.filedOn = D.day("2026-04-15") }
            // never filed, deadline passed
            try await insert("未报备的办法", by: tree.market) { $0.stage = .published }
            // published in 2027 by the county government, its filing deadline after today: not yet due
            try await insert("期限未届满的办法", by: tree.county, published: "2027-03-01") { $0.stage = .published }
            // ended in 2026 by a decision, published in 2025, reviewed (approved) in 2026
            try await insert("已废止的办法", by: tree.countyMarket, published: "2025-06-01") {
                ($0.decision, $0.decidedOn) = (.repeal, D.day("2026-09-01"))
                ($0.reviewedOn, $0.reviewOutcome) = (D.day("2026-01-20"), .approved)
            }
            let cleaned = try await insert("清理过的办法", by: tree.countyMarket, published: "2024-01-01") { _ in }
            // decided in two campaigns of 2026: counted once
            let sql = store.db as! any SQLDatabase
            for n in 1...2 {
                let campaign = UUID()
                try await sql.insert(into: "normative_cleanups")
                    .columns("id", "organisation_id", "org_path", "title", "started_on", "due_on", "created_at")
                    .values(
                        SQLBind(campaign), SQLBind(tree.city.id), SQLBind(tree.city.path.value), SQLBind("清理\(n)"),
                        SQLBind("2026-02-01"), SQLBind("2026-06-30"), SQLBind(Date())
                    ).run()
                try await sql.insert(into: "normative_cleanup_items")
                    .columns("id", "cleanup_id", "document_id", "org_path", "decision", "decided_on")
                    .values(
                        SQLBind(UUID()), SQLBind(campaign), SQLBind(cleaned), SQLBind(tree.countyMarket.path.value),
                        SQLBind("keep"), SQLBind("2026-0\(n + 2)-01")
                    ).run()
            }
            let city = NormativeStatisticsRepository(db: store.db, scope: Scope(tree.city), today: Self.today)

            // when
            let statistics = try await city.statistics(year: 2026)

            // then
            let expected: [NormativeStatisticsFigure: Int] = [
                .published: 3, .due: 3, .filed: 2, .filedOnTime: 1, .reviewed: 2, .corrected: 1, .cleaned: 1, .ended: 1,
            ]
            for figure in NormativeStatisticsFigure.allCases {
                #expect(statistics.total.count(figure) == expected[figure], "\(figure)")
                #expect(
                    try await city.records(figure, year: 2026, organisationID: nil).count
                        == statistics.total.count(figure),
                    "\(figure)")
                for row in statistics.rows {
                    #expect(
                        try await city.records(figure, year: 2026, organisationID: row.organisationID).count
                            == row.count(figure), "\(figure) \(row.name)")
                }
            }
            #expect(Set(statistics.rows.map(\.name)) == ["测试市市场监管局", "测试县市场监管局"])
            #expect(statistics.total.onTimeRate.map { ($0 * 10).rounded() } == 333)
            // 2027: the county government's document is not yet due
            let next = try await city.statistics(year: 2027)
            #expect(next.total.count(.published) == 1 && next.total.count(.due) == 0)
            #expect(next.total.onTimeRate == nil)
            // the county's scope sees the county's share only
            let county = NormativeStatisticsRepository(db: store.db, scope: Scope(tree.county), today: Self.today)
            let share = try await county.statistics(year: 2026)
            #expect(share.rows.map(\.name) == ["测试县市场监管局"])
            #expect(share.total.count(.published) == 0 && share.total.count(.ended) == 1)
        }
    }

    @Test("a year must be a whole year")
    func year() throws {
        #expect(try NormativeStatisticsFigure.year(nil, default: 2027) == 2027)
        #expect(try NormativeStatisticsFigure.year(" 2026 ", default: 2027) == 2026)
        for bad in ["abc", "20261", "1900", "2026.5", "-1"] {
            #expect(throws: DomainError.self) { try NormativeStatisticsFigure.year(bad, default: 2027) }
        }
    }
}
