import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Enforcement alerts over HTTP: raised by a step, listed in scope, closed with a note")
struct EnforcementAlertWebTests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    @Test("a fine outside the benchmark with a reason is recorded, the flash names the alert, justice closes it")
    func raiseAndClose() async throws {
        try await TestApp.with { t in
            // given: a case notified, then decided above the benchmark's range for 一般 with a reason
            let body = try await EnforcementFixture.register(t, CaseWebTests.xincheng, prefix: "XC-")
            let id = try await EnforcementFixture.openCase(t, in: body, reference: "偏离案")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let notified = try await officer.post(
                "/enforcement/\(id)/steps",
                [
                    ("action", "notify"), ("date", today.iso), ("officers", body.officers), ("penalties[]", "fine"),
                    ("fine", "3000"), ("circumstance", "一般"),
                ])
            #expect(notified.status == .seeOther)
            let unreasoned: [(String, String)] = [
                ("action", "decide"), ("date", today.iso), ("outcome", "penalty"), ("penalties[]", "fine"),
                ("fine", "8000"), ("circumstance", "一般"), ("decisionNumber", "新市监罚〔\(today.year)〕9号"),
            ]
            // when: without a reason the step is refused beside the field; with one it is recorded with an alert
            let refused = try await officer.post("/enforcement/\(id)/steps", unreasoned)
            let decided = try await officer.post(
                "/enforcement/\(id)/steps", unreasoned + [("deviationReason", "违法所得较多，情节接近较重")])
            let page = try await officer.get("/enforcement/\(id)")
            // then
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(#"id="f-deviationReason-error""#) && refused.text.contains("超出「一般」情节的裁量幅度"))
            #expect(decided.status == .seeOther)
            #expect(page.text.contains("已记录，并产生预警：偏离裁量基准"))
            #expect(page.text.contains("预警（1）") && page.text.contains("罚款8000元超出「一般」情节的裁量幅度（1000元至5000元）"))

            // when: the officer may read alerts but not close them; the city's justice bureau closes it
            let officerList = try await officer.get("/enforcement/alerts")
            let alertID = try #require(
                try await EnforcementAlertRepository(db: t.db, scope: .system).list(.init()).rows.first?.id)
            let byOfficer = try await officer.post("/enforcement/alerts/\(alertID)/close", [("note", "已核实")])
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let justiceList = try await justice.get("/enforcement/alerts")
            let byRule = try await justice.get("/enforcement/alerts?rule=benchmark.range")
            let otherRule = try await justice.get("/enforcement/alerts?rule=service.late")
            let empty = try await justice.post("/enforcement/alerts/\(alertID)/close", [("note", " ")])
            let closed = try await justice.post("/enforcement/alerts/\(alertID)/close", [("note", "已核实，理由成立")])
            let open = try await justice.get("/enforcement/alerts")
            let again = try await justice.post("/enforcement/alerts/\(alertID)/close", [("note", "再次")])
            let history = try await justice.get("/enforcement/alerts?state=closed")
            // then
            #expect(officerList.text.contains("偏离裁量基准") && officerList.text.contains("偏离案"))
            #expect(!officerList.text.contains("关闭预警"))
            #expect(byOfficer.status == .forbidden)
            #expect(justiceList.text.contains("关闭预警") && justiceList.text.contains("行政处罚法"))
            #expect(byRule.text.contains("偏离案") && !otherRule.text.contains("偏离案"))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(#"id="f-note-\#(alertID)-error""#) && empty.text.contains("请填写处理说明"))
            #expect(closed.status == .seeOther)
            #expect(again.status == .conflict)
            // The demo's own alerts stay open; this one is gone from the open list.
            #expect(open.text.contains("已处理预警。") && !open.text.contains("偏离案"))
            #expect(history.text.contains("已核实，理由成立"))
        }
    }
}
