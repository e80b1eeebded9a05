import FazhiTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Enforcement supervision (督办) over HTTP: issue from an alert, reply, accept; scope; the API")
struct SupervisionWebTests {
    /// An open alert on 新城区市场监督管理局 (demo-officer's agency, in demo-justice's subtree).
    func alert(_ t: TestApp) async throws -> UUID {
        let org = try await t.org(CaseWebTests.xincheng)
        let id = UUID()
        try await (t.db as! any SQLDatabase).raw(
            """
            INSERT INTO enforcement_alerts
                (id, organisation_id, org_path, key, rule, title, message, basis, severity, raised_on, raised_at)
            VALUES (\(bind: id), \(bind: org.id), \(bind: org.path.value), \(bind: "test:\(id)"), 'stage.overdue',
                    '超期未作出决定', '案件「督办测试案」超期', '《中华人民共和国行政处罚法》第六十条', 'high', '2026-10-01',
                    \(bind: Date()))
            """
        ).run()
        return id
    }

    func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("the bureau issues from an alert, the agency replies, the bureau accepts and the alert is closed")
    func walkThroughTheForms() async throws {
        try await TestApp.with { t in
            // given
            let alertID = try await alert(t)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // when: the alerts page links to the form; an empty notice is refused beside its fields
            let alerts = try await justice.get("/enforcement/alerts")
            let form = try await justice.get("/enforcement/supervision/new?alert=\(alertID)")
            let refused = try await justice.post(
                "/enforcement/supervision",
                [
                    ("alert[]", alertID.uuidString), ("kind", "correction"), ("findings", ""), ("requirement", "纠正"),
                    ("replyDays", "15"),
                ])
            let issued = try await justice.post(
                "/enforcement/supervision",
                [
                    ("alert[]", alertID.uuidString), ("kind", "correction"), ("findings", "案件超期未作出决定"),
                    ("requirement", "立即作出决定并报告"), ("replyDays", "15"),
                ])
            let location = try #require(issued.location)
            let page = try await justice.get(location)
            // then
            #expect(alerts.text.contains("/enforcement/supervision/new?alert=\(alertID)"))
            #expect(form.status == .ok && form.text.contains(CaseWebTests.xincheng) && form.text.contains("河南省行政执法条例"))
            #expect(refused.status == .unprocessableEntity && refused.text.contains(#"id="f-findings-error""#))
            #expect(issued.status == .seeOther)
            #expect(page.text.contains("纠错通知书") && page.text.contains("监督〔") && page.text.contains("期限如何计算"))
            #expect(page.text.contains("督办答复期限（参照）") && !page.text.contains("提交答复"))

            // when: the agency sees it addressed to it and replies; the bureau accepts
            let inbox = try await officer.get("/enforcement/supervision?box=addressed")
            let officerPage = try await officer.get(location)
            let empty = try await officer.post("\(location)/steps", [("action", "reply"), ("text", " ")])
            let replied = try await officer.post("\(location)/steps", [("action", "reply"), ("text", "已作出处罚决定")])
            let early = try await officer.post("\(location)/steps", [("action", "accept")])
            let accepted = try await justice.post("\(location)/steps", [("action", "accept"), ("text", "整改到位")])
            let closed = try await justice.get(location)
            let list = try await justice.get("/enforcement/supervision?box=issued")
            // then
            #expect(inbox.text.contains("纠错通知书") && inbox.text.contains("待答复"))
            #expect(officerPage.text.contains("提交答复") && officerPage.text.contains("整改材料"))
            #expect(empty.status == .unprocessableEntity && empty.text.contains("请填写答复内容（整改情况）"))
            #expect(replied.status == .seeOther)
            #expect(early.status == .forbidden)
            #expect(accepted.status == .seeOther)
            #expect(closed.text.contains("已审查通过并办结") && closed.text.contains("已办结") && closed.text.contains("已作出处罚决定"))
            #expect(closed.text.contains("督办已办结"))
            #expect(list.text.contains("已办结"))
        }
    }

    @Test("an agency outside the notice and a bureau-less department see nothing; the API walks the same steps")
    func scopeAndAPI() async throws {
        try await TestApp.with { t in
            // given: a notice to 新城区市场监督管理局, issued over the API
            let alertID = try await alert(t)
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let before = try await t.snapshot()
            let invalid = try await api.send(
                .POST, "/enforcement/supervision",
                json: try json([
                    "alerts": [alertID.uuidString], "kind": "memo", "findings": "x", "requirement": "y",
                    "replyDays": "0",
                ]))
            let unchanged = try await t.snapshot()
            let created = try await api.send(
                .POST, "/enforcement/supervision",
                json: try json([
                    "alerts": [alertID.uuidString], "kind": "opinion", "findings": "超期", "requirement": "报告",
                    "replyDays": "10",
                ]))
            let id = try #require(created.object?["id"] as? String)
            // when
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let hidden = try await legal.get("/enforcement/supervision/\(id)")
            let officerAPI = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let officerIssue = try await officerAPI.send(
                .POST, "/enforcement/supervision",
                json: try json([
                    "alerts": [alertID.uuidString], "kind": "opinion", "findings": "a", "requirement": "b",
                    "replyDays": "5",
                ]))
            let reply = try await officerAPI.send(
                .POST, "/enforcement/supervision/\(id)/steps", json: try json(["action": "reply", "text": "已整改"]))
            let returned = try await api.send(
                .POST, "/enforcement/supervision/\(id)/steps", json: try json(["action": "return", "text": "请补充材料"]))
            let list = try await api.send(.GET, "/enforcement/supervision?box=issued")
            let detail = try await api.send(.GET, "/enforcement/supervision/\(id)")
            // then
            #expect(invalid.status == .unprocessableEntity && Set(invalid.errorFields) == ["kind", "replyDays"])
            #expect(before == unchanged)
            #expect(created.status == .created && created.location == "/api/v1/enforcement/supervision/\(id)")
            #expect(created.object?["stage"] as? String == "issued" && created.object?["dueOn"] is String)
            #expect(hidden.status == .notFound)
            #expect(officerIssue.status == .forbidden)
            #expect(reply.status == .ok && reply.object?["stage"] as? String == "replied")
            #expect(returned.status == .ok && returned.object?["stage"] as? String == "returned")
            let listed = (list.object?["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(listed.contains(id))
            let events = detail.object?["events"] as? [[String: Any]] ?? []
            #expect(events.map { $0["action"] as? String } == ["issue", "reply", "return"])
            #expect((detail.object?["deadline"] as? [String: Any])?["rule"] as? String == "supervision.reply")
            #expect(detail.object?["alerts"] as? [String] == [alertID.uuidString])
        }
    }

    @Test("a case page offers 督办 to the bureau, and a notice from the case names it")
    func fromACase() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, CaseWebTests.xincheng, prefix: "SV-")
            let caseID = try await EnforcementFixture.openCase(t, in: body, reference: "督办案")
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // when
            let casePage = try await justice.get("/enforcement/\(caseID)")
            let officerCase = try await officer.get("/enforcement/\(caseID)")
            let form = try await justice.get("/enforcement/supervision/new?case=\(caseID)")
            let issued = try await justice.post(
                "/enforcement/supervision",
                [
                    ("case", caseID.uuidString), ("kind", "opinion"), ("findings", "调查取证不规范"), ("requirement", "补正"),
                    ("replyDays", "5"),
                ])
            let page = try await justice.get(try #require(issued.location))
            // then
            #expect(casePage.text.contains("/enforcement/supervision/new?case=\(caseID)"))
            #expect(!officerCase.text.contains("督办本案"))
            #expect(form.status == .ok && form.text.contains("督办案"))
            #expect(issued.status == .seeOther)
            #expect(page.text.contains("监督意见书") && page.text.contains("督办案") && page.text.contains("5个工作日"))
        }
    }
}
