import FazhiTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Enforcement dashboards over HTTP: the supervision dashboard, its drill-downs, the API, the public statistics")
struct EnforcementDashboardWebTests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }
    var span: String { "from=\(today.year - 1)-01&to=\(StatisticsMonth(today))" }

    @Test("the justice bureau sees its subtree's figures, each a link to what it counts, and the definitions")
    func dashboard() async throws {
        try await TestApp.with { t in
            // given: the demo's synthetic cases; demo-justice supervises 呼和浩特市
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let member = try await t.member("demo-justice")
            let expected = try await EnforcementStatisticsRepository(
                db: t.db as! any SQLDatabase, scope: member.scope, today: today
            ).report(
                from: StatisticsMonth(year: today.year - 1, month: 1), to: StatisticsMonth(today), grouping: .agency)
            #expect(expected.total.tally.filed > 0)
            // when
            let page = try await justice.get("/enforcement/dashboard?\(span)")
            let byMonth = try await justice.get("/enforcement/dashboard?\(span)&by=month")
            let byMatter = try await justice.get("/enforcement/dashboard?\(span)&by=matter")
            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("统计口径") && page.text.contains(#"id="def-filed""#))
            #expect(page.text.contains(">\(expected.total.tally.filed)</a>"))
            #expect(page.text.contains("&figure=filed&from=\(today.year - 1)-01"))
            #expect(page.text.contains(#"<tr class="total"><td><span class="strong">合计</span>"#))
            #expect(page.text.contains("/enforcement?view=overdue"))
            #expect(byMonth.status == .ok && byMonth.text.contains("\(today.year)年\(today.month)月"))
            #expect(byMatter.status == .ok)
            // when: the drill-down of the filed figure of one body
            let line = try #require(expected.lines.first { $0.tally.filed > 0 })
            let drill = try await justice.get(
                "/enforcement?view=all&org=\(line.key)&figure=filed&from=\(today.year - 1)-01&to=\(StatisticsMonth(today))"
            )
            // then
            #expect(drill.status == .ok)
            #expect(drill.text.contains("统计下钻") && drill.text.contains("共\(line.tally.filed)件"))
        }
    }

    @Test("a month that is not one, or a reversed period, is shown beside the field and answered 422")
    func badPeriod() async throws {
        try await TestApp.with { t in
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let bad = try await justice.get("/enforcement/dashboard?from=2026-13&to=2026-11")
            let reversed = try await justice.get("/enforcement/dashboard?from=2026-10&to=2026-01")
            let long = try await justice.get("/enforcement/dashboard?from=2000-01&to=2026-01")
            #expect(bad.status == .unprocessableEntity && bad.text.contains(#"id="f-from-error""#))
            #expect(reversed.status == .unprocessableEntity && reversed.text.contains("截止月份不能早于起始月份"))
            #expect(long.status == .unprocessableEntity && long.text.contains("统计期最长十年"))
            let anonymous = try await t.browser().get("/enforcement/dashboard")
            #expect(anonymous.status == .seeOther || anonymous.status == .unauthorized)
        }
    }

    @Test("the API gives the scope's figures with definitions; an agency's token sees only itself")
    func api() async throws {
        try await TestApp.with { t in
            // given
            let region = APIClient(app: t.app, token: try await t.issueToken(for: "demo-admin").secret)
            let agency = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            // when
            let all = try await region.send(.GET, "/enforcement/statistics?\(span)")
            let own = try await agency.send(.GET, "/enforcement/statistics?\(span)")
            let bad = try await region.send(.GET, "/enforcement/statistics?from=x")
            let anonymous = try await APIClient(app: t.app, token: nil).send(.GET, "/enforcement/statistics")
            // then
            #expect(all.status == .ok)
            let definitions = all.object?["definitions"] as? [[String: Any]] ?? []
            #expect(definitions.count == EnforcementMetric.allCases.count)
            let total = { (response: TestingHTTPResponse) in
                ((response.object?["total"] as? [String: Any])?["figures"] as? [String: Any])?["filed"] as? Double ?? -1
            }
            #expect(total(all) > total(own) && total(own) >= 0)
            #expect((own.object?["lines"] as? [Any])?.count == 1)
            #expect(bad.status == .unprocessableEntity && bad.errorFields == ["from"])
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("the public statistics need no login and show no figure about handling")
    func publicStatistics() async throws {
        try await TestApp.with { t in
            let page = try await t.browser().get("/publicity/statistics?\(span)")
            let json = try await APIClient(app: t.app, token: nil).send(.GET, "/publicity/statistics?\(span)&by=month")
            #expect(page.status == .ok)
            #expect(page.text.contains("行政执法统计") && page.text.contains("处罚决定数") && !page.text.contains("超期案件"))
            #expect(json.status == .ok && json.object?["by"] as? String == "month")
            let figures = (json.object?["total"] as? [String: Any])?["figures"] as? [String: Any] ?? [:]
            #expect(Set(figures.keys) == Set(EnforcementMetric.publicMetrics.map(\.rawValue)))
        }
    }
}
