import FazhiTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Transfers of suspected crimes (两法衔接) over HTTP: the forms, the procuratorate, the API, the demo")
struct TransferWebTests {
    var today: String { CivilDate(chinaTimeAt: Date().timeIntervalSince1970).iso }

    func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    func report(_ subject: String) -> [(String, String)] {
        [
            ("subject", subject), ("party", "某商行"), ("offence", "销售假冒注册商标的商品罪"), ("facts", "查获假冒白酒二百箱"),
            ("police", "呼和浩特市公安局新城区分局"), ("members", "王海军、李娜"), ("reportedOn", today),
        ]
    }

    @Test("the officer reports, approves and hands over; the procurator reads and records an opinion")
    func walkThroughTheForms() async throws {
        try await TestApp.with { t in
            // given
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let procurator = t.browser()
            try await procurator.signIn("demo-procurator")
            // when: the form, a refused report (one member), a report, a step without its time, two steps
            let form = try await officer.get("/enforcement/transfers/new")
            var one = report("假冒白酒案")
            one[5] = ("members", "王海军")
            let refused = try await officer.post("/enforcement/transfers", one)
            let created = try await officer.post("/enforcement/transfers", report("假冒白酒案"))
            let location = try #require(created.location)
            let noTime = try await officer.post(
                "\(location)/steps", [("action", "approve"), ("date", today), ("time", "")])
            let approved = try await officer.post(
                "\(location)/steps", [("action", "approve"), ("date", today), ("time", "00:01")])
            let handed = try await officer.post(
                "\(location)/steps",
                [("action", "hand_over"), ("date", today), ("time", "00:02"), ("document", "新市监移〔2026〕9号")])
            let officerOpinion = try await officer.post("\(location)/opinions", [("text", "意见")])
            let page = try await officer.get(location)
            let seen = try await procurator.get(location)
            let list = try await procurator.get("/enforcement/transfers?view=all")
            let procuratorStep = try await procurator.post(
                "\(location)/steps", [("action", "receive"), ("date", today)])
            let emptyOpinion = try await procurator.post("\(location)/opinions", [("text", " ")])
            let opinion = try await procurator.post("\(location)/opinions", [("text", "请及时移交涉案物品")])
            let after = try await procurator.get(location)
            // then
            #expect(form.status == .ok && form.text.contains("专案组成员") && form.text.contains("第五条"))
            #expect(refused.status == .unprocessableEntity && refused.text.contains(#"id="f-members-error""#))
            #expect(created.status == .seeOther && location.hasPrefix("/enforcement/transfers/"))
            #expect(noTime.status == .unprocessableEntity && noTime.text.contains(#"id="f-time-error""#))
            #expect(approved.status == .seeOther && handed.status == .seeOther)
            #expect(officerOpinion.status == .forbidden)
            #expect(page.text.contains("已移送待接收") && page.text.contains("新市监移〔2026〕9号"))
            #expect(page.text.contains("公安机关签收回执"))
            #expect(seen.status == .ok && seen.text.contains("假冒白酒案") && seen.text.contains("立案监督意见"))
            #expect(!seen.text.contains(#"action="\#(location)/steps""#))
            #expect(list.text.contains("假冒白酒案"))
            #expect(procuratorStep.status == .forbidden)
            #expect(emptyOpinion.status == .unprocessableEntity && emptyOpinion.text.contains("请填写立案监督意见"))
            #expect(opinion.status == .seeOther)
            #expect(after.text.contains("请及时移交涉案物品") && after.text.contains("检察机关立案监督意见"))
        }
    }

    @Test("the running period is explained on the page with its article")
    func theDeadlineIsExplained() async throws {
        try await TestApp.with { t in
            // given
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let created = try await officer.post("/enforcement/transfers", report("期限说明案"))
            // when
            let page = try await officer.get(try #require(created.location))
            // then
            #expect(page.text.contains("负责人决定是否批准移送") && page.text.contains("期限如何计算"))
            #expect(page.text.contains("行政执法机关移送涉嫌犯罪案件的规定") && page.text.contains("第五条"))
        }
    }

    @Test("the procurator's navigation shows transfers and not the government's internal modules")
    func procuratorNavigation() async throws {
        try await TestApp.with { t in
            // given
            let procurator = t.browser()
            try await procurator.signIn("demo-procurator")
            // when
            let page = try await procurator.get("/enforcement/transfers")
            let plans = try await procurator.get("/enforcement/transfers/new")
            let workbench = try await procurator.get("/workbench")
            // then
            #expect(workbench.status == .ok && workbench.text.contains(#"href="/enforcement/transfers""#))
            #expect(page.status == .ok && page.text.contains(#"href="/enforcement/transfers""#))
            #expect(!page.text.contains(#"href="/plans""#) && !page.text.contains(#"href="/enforcement/supervision""#))
            #expect(!page.text.contains("登记移送报告"))
            #expect(plans.status == .forbidden)
        }
    }

    @Test("the demo's transfers: 新城区's are the procurator's, 呼和浩特市's are not; the sweep raised their alerts")
    func theDemo() async throws {
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-procurator").secret)
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            // when
            let mine = try await api.send(.GET, "/enforcement/transfers?view=all")
            let all = try await justice.send(.GET, "/enforcement/transfers?view=all")
            let overdue = try await justice.send(.GET, "/enforcement/transfers?view=overdue")
            let alerts = try await (t.db as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM enforcement_alerts WHERE rule LIKE 'transfer.%'"
            ).first()!.decode(column: "n", as: Int.self)
            // then
            #expect(mine.object?["total"] as? Int == 3)
            #expect(all.object?["total"] as? Int == 5)
            #expect((overdue.object?["total"] as? Int ?? 0) >= 2)
            #expect(alerts >= 3)
        }
    }

    @Test("the API reports, refuses bad input with its fields, records steps and opinions, and hides other scopes")
    func api() async throws {
        try await TestApp.with { t in
            // given
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let procurator = APIClient(app: t.app, token: try await t.issueToken(for: "demo-procurator").secret)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let body: [String: Any] = [
                "subject": "接口移送案", "party": "某公司", "offence": "非法经营罪", "facts": "事实", "police": "某分局",
                "members": ["甲", "乙"], "reportedOn": today,
            ]
            // when
            let invalid = try await officer.send(
                .POST, "/enforcement/transfers", json: try json(["subject": "", "members": ["甲"], "reportedOn": today]))
            let created = try await officer.send(.POST, "/enforcement/transfers", json: try json(body))
            let id = try #require(created.object?["id"] as? String)
            let step = try await officer.send(
                .POST, "/enforcement/transfers/\(id)/steps",
                json: try json(["action": "reject", "date": today, "note": "证据不足以认定涉嫌犯罪"]))
            let conflict = try await officer.send(
                .POST, "/enforcement/transfers/\(id)/steps",
                json: try json(["action": "approve", "date": today, "time": "09:00"]))
            let opinion = try await procurator.send(
                .POST, "/enforcement/transfers/\(id)/opinions", json: try json(["text": "请说明不批准的理由"]))
            let hidden = try await legal.send(.GET, "/enforcement/transfers/\(id)")
            // then
            #expect(invalid.status == .unprocessableEntity)
            #expect(Set(invalid.errorFields) == ["subject", "party", "offence", "facts", "police", "members"])
            #expect(created.status == .created && created.location == "/api/v1/enforcement/transfers/\(id)")
            #expect(created.object?["stage"] as? String == "reported" && created.object?["dueOn"] is String)
            #expect((created.object?["deadline"] as? [String: Any])?["rule"] as? String == "transfer.approval")
            #expect(step.status == .ok && step.object?["stage"] as? String == "not_approved")
            #expect(conflict.status == .conflict)
            #expect(opinion.status == .ok && opinion.object?["opinions"] as? Int == 1)
            #expect(hidden.status == .notFound)
        }
    }

    @Test("a case links to its transfers and offers the report form")
    func theCaseLinks() async throws {
        try await TestApp.with { t in
            // given: a demo case of 新城区市场监督管理局
            let org = try await t.org("呼和浩特市新城区市场监督管理局")
            let caseID = try #require(
                try await (t.db as! any SQLDatabase).raw(
                    "SELECT id FROM enforcement_cases WHERE organisation_id = \(bind: org.id) ORDER BY filed_on, id LIMIT 1"
                ).first()?.decode(column: "id", as: UUID.self))
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // when
            let casePage = try await officer.get("/enforcement/\(caseID)")
            let form = try await officer.get("/enforcement/transfers/new?case=\(caseID)")
            // then: the demo reported one transfer from this case
            #expect(casePage.text.contains("涉嫌犯罪案件移送（两法衔接）"))
            #expect(casePage.text.contains("某公司生产不符合安全标准食品案"))
            #expect(casePage.text.contains("/enforcement/transfers/new?case=\(caseID)"))
            #expect(form.status == .ok && form.text.contains(#"name="case""#))
        }
    }
}
