import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Normative documents: statistics over HTTP")
struct NormativeStatisticsWebTests {
    /// This year's documents: two at the city's regulator (one filed on time, one never filed and late), one at the
    /// district's.
    func documents(_ t: TestApp, year: Int) async throws {
        func insert(_ title: String, _ org: String, filed: Bool) async throws {
            let published = CivilDate(year: year, month: 1, day: 10)!
            var document = NormativeFixtures.Document(
                title: title, drafter: try await t.org(org), stage: filed ? .closed : .published,
                publishedOn: published)
            document.filingDue = published.adding(days: 30)
            document.filedOn = filed ? published.adding(days: 20) : nil
            try await NormativeFixtures.insert(document, on: t.db)
        }
        try await insert("按时报备的办法", "呼和浩特市市场监督管理局", filed: true)
        try await insert("未报备的办法", "呼和浩特市市场监督管理局", filed: false)
        try await insert("新城区的办法", "呼和浩特市新城区市场监督管理局", filed: true)
    }

    @Test("every figure leads to as many documents, definitions are stated, the table exports; a bad year is refused")
    func table() async throws {
        try await TestApp.with { t in
            let year = CivilDate(chinaTimeAt: Date().timeIntervalSince1970).year
            // Only this test's documents: the demo region's own would add to the counts.
            try await (t.db as! any SQLDatabase).raw("DELETE FROM normative_events").run()
            try await (t.db as! any SQLDatabase).raw("DELETE FROM normative_documents").run()
            try await documents(t, year: year)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let page = try await justice.get("/normative/statistics?year=\(year)")
            #expect(page.status == .ok)
            #expect(page.text.contains("呼和浩特市市场监督管理局") && page.text.contains("呼和浩特市新城区市场监督管理局"))
            #expect(page.text.contains(NormativeStatisticsFigure.onTimeRateDefinition))
            #expect(page.text.contains("50.0%"))  // the city regulator: 1 of 2 on time
            for figure in NormativeStatisticsFigure.allCases {
                #expect(page.text.contains(figure.definition))
            }
            // the city regulator's figures: lists of as many documents, linked from the table
            let city = try await t.org("呼和浩特市市场监督管理局")
            for (figure, count) in [(NormativeStatisticsFigure.published, 2), (.due, 2), (.filedOnTime, 1)] {
                let href = NormativeStatisticsPages.recordsLink(figure, year: year, organisation: city.id)
                #expect(
                    page.text.contains(href.replacingOccurrences(of: "&", with: "&amp;")) || page.text.contains(href))
                let list = try await justice.get(href)
                #expect(list.status == .ok)
                #expect(list.text.contains("共\(count)件"), "\(figure)")
            }
            // the total row through the API equals the drill-down
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let statistics = try await api.send(.GET, "/normative/statistics?year=\(year)")
            let total = try #require((statistics.object?["total"] as? [String: Any])?["counts"] as? [String: Int])
            #expect(total["published"] == 3 && total["due"] == 3 && total["filed_on_time"] == 2)
            for figure in NormativeStatisticsFigure.allCases {
                let records = try await api.send(
                    .GET, "/normative/statistics/records?figure=\(figure.rawValue)&year=\(year)")
                #expect(records.array?.count == total[figure.rawValue], "\(figure)")
            }
            // a year that is not one
            let bad = try await justice.get("/normative/statistics?year=abc")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("年份「abc」无效"))
            let badAPI = try await api.send(.GET, "/normative/statistics?year=20261")
            #expect(badAPI.status == .unprocessableEntity && badAPI.errorFields == ["year"])
            #expect(
                try await api.send(.GET, "/normative/statistics/records?figure=nonsense&year=\(year)").status
                    == .unprocessableEntity)
            // exports
            let csv = try await justice.get("/normative/statistics/export.csv?year=\(year)")
            #expect(csv.text.contains("按时报备率") && csv.text.contains("呼和浩特市市场监督管理局"))
            let xlsx = try await justice.get("/normative/statistics/export.xlsx?year=\(year)")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }

    @Test("a member sees the figures of their subtree only; another subtree's body is not found")
    func scope() async throws {
        try await TestApp.with { t in
            let year = CivilDate(chinaTimeAt: Date().timeIntervalSince1970).year
            // Only this test's documents: the demo region's own would add to the counts.
            try await (t.db as! any SQLDatabase).raw("DELETE FROM normative_events").run()
            try await (t.db as! any SQLDatabase).raw("DELETE FROM normative_documents").run()
            try await documents(t, year: year)
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let page = try await officer.get("/normative/statistics?year=\(year)")
            #expect(page.text.contains("呼和浩特市新城区市场监督管理局"))
            #expect(!page.text.contains(">呼和浩特市市场监督管理局<"))
            let city = try await t.org("呼和浩特市市场监督管理局")
            #expect(
                try await officer.get(
                    "/normative/statistics/records?figure=published&year=\(year)&organisation=\(city.id)"
                )
                .status == .notFound)
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let statistics = try await api.send(.GET, "/normative/statistics?year=\(year)")
            let total = (statistics.object?["total"] as? [String: Any])?["counts"] as? [String: Int]
            #expect(total?["published"] == 1)
        }
    }
}
