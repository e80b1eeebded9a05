import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Penalty cases over HTTP: opening, steps, refusals, scope")
struct CaseWebTests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }
    static let xincheng = "呼和浩特市新城区市场监督管理局"
    static let hohhot = "呼和浩特市市场监督管理局"

    /// The fields of opening a case against a company in the fixture's matter.
    func opening(_ body: EnforcementFixture.Body, reference: String) -> [(String, String)] {
        [
            ("action", "file"), ("bodyID", body.organisation.id.uuidString), ("reference", reference),
            ("date", today.iso), ("officers", body.officers), ("matterCode", EnforcementFixture.matterCode),
            ("partyKind", "organisation"), ("partyName", "呼和浩特市某某商贸有限公司"), ("partyAddress", "新城区某路1号"),
            ("violationOn", today.adding(days: -10).iso), ("facts", "销售超过保质期的食品"),
        ]
    }

    @Test("an officer opens a case and walks it through every step of the general procedure with the forms")
    func walk() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, Self.xincheng, prefix: "XC-")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let list = try await officer.get("/enforcement")
            #expect(list.status == .ok)
            #expect(list.text.contains("<h1>行政执法案件</h1>") && list.text.contains(#"href="/enforcement/new""#))
            let new = try await officer.get("/enforcement/new")
            #expect(new.text.contains(Self.xincheng) && new.text.contains("行政处罚法第六十条"))
            let spot = try await officer.get("/enforcement/new?procedure=simplified")
            #expect(spot.text.contains("decide_on_spot") && spot.text.contains("当场处罚决定书编号"))

            // when: 立案
            let opened = try await officer.post("/enforcement", opening(body, reference: "新市监立〔\(today.year)〕1号"))
            #expect(opened.status == .seeOther)
            let path = try #require(opened.location)
            let filed = try await officer.get(path)
            // then
            #expect(filed.text.contains("已立案。案件现处于「调查取证」阶段。"))
            #expect(filed.text.contains("新市监立〔\(today.year)〕1号") && filed.text.contains("呼和浩特市某某商贸有限公司"))
            #expect(filed.text.contains(EnforcementFixture.matterName))
            #expect(filed.text.contains("行政处罚决定期限") && filed.text.contains("期限如何计算"))
            #expect(filed.text.contains(#"<th scope="row">执法主体</th>"#))
            #expect(filed.text.contains(#"name="date" value="\#(today.iso)""#))
            #expect(filed.text.contains("页面录入") && filed.text.contains("XC-1，XC-2"))

            // when: the remaining steps, each through its form
            let steps: [[(String, String)]] = [
                [("action", "investigate"), ("officers", body.officers), ("note", "现场检查，制作笔录")],
                [
                    ("action", "notify"), ("officers", body.officers), ("penalties[]", "fine"), ("fine", "3000"),
                    ("circumstance", "一般"),
                ],
                [
                    ("action", "decide"), ("outcome", "penalty"), ("penalties[]", "fine"), ("fine", "3000"),
                    ("circumstance", "一般"), ("decisionNumber", "新市监罚〔\(today.year)〕1号"),
                ],
                [("action", "serve"), ("officers", body.officers), ("serviceMethod", "直接送达")],
                [("action", "execute"), ("note", "已缴纳罚款")],
                [("action", "close")],
            ]
            for step in steps {
                let response = try await officer.post(path + "/steps", step + [("date", today.iso)])
                #expect(response.status == .seeOther, "\(step[0].1): \(response.text.prefix(2000))")
                if step[0].1 == "decide" {
                    let decided = try await officer.get(path)
                    #expect(decided.text.contains("尚未公示") && decided.text.contains("公示处罚决定"))
                    #expect(decided.text.contains("行政处罚决定书送达期限"))
                }
            }
            let closed = try await officer.get(path)
            // then
            #expect(closed.text.contains("已结案。案件现处于「已结案」阶段。"))
            #expect(closed.text.contains("办理过程（7）"))
            #expect(closed.text.contains("罚款（3000元）") && closed.text.contains("新市监罚〔\(today.year)〕1号"))
            #expect(closed.text.contains("直接送达") && closed.text.contains("本案未产生预警"))
            #expect(!closed.text.contains("当前期限："))
            let all = try await officer.get("/enforcement?view=all")
            #expect(all.text.contains("新市监立〔\(today.year)〕1号") && all.text.contains("已结案"))
            #expect(!(try await officer.get("/enforcement")).text.contains("新市监立〔\(today.year)〕1号"))
            // The demo's synthetic cases have their own events; this case has its seven.
            let recorded = try await (t.db as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM enforcement_case_events WHERE case_id = \(bind: UUID(uuidString: String(path.split(separator: "/").last!))!)"
            ).first()!.decode(column: "n", as: Int.self)
            #expect(recorded == 7)
        }
    }

    @Test("evidence goes with a step as multipart and shows by name and SHA-256")
    func evidence() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, Self.xincheng, prefix: "XC-")
            let id = try await EnforcementFixture.openCase(t, in: body, reference: "证据案")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // when
            let response = try await officer.postMultipart(
                "/enforcement/\(id)/steps",
                fields: [
                    ("action", "investigate"), ("date", today.iso), ("officers", body.officers), ("note", "调取监控"),
                ],
                file: (name: "files[]", filename: "现场笔录.txt", data: Data("现场笔录".utf8)))
            // then
            #expect(response.status == .seeOther)
            let page = try await officer.get("/enforcement/\(id)")
            let sha = EvidenceFile(name: "现场笔录.txt", content: Data("现场笔录".utf8)).sha256
            #expect(page.text.contains("现场笔录.txt") && page.text.contains(sha))
            let file = try await officer.get("/enforcement/\(id)/evidence/\(sha)")
            #expect(file.status == .ok && file.text == "现场笔录")
            // and: a hash the case does not hold, and the file from outside the scope, are 404
            #expect(
                try await officer.get("/enforcement/\(id)/evidence/\(String(repeating: "0", count: 64))").status
                    == .notFound)
            let outsider = t.browser()
            try await outsider.signIn("demo-legal")
            #expect(try await outsider.get("/enforcement/\(id)/evidence/\(sha)").status == .notFound)
        }
    }

    @Test("a refused step shows its messages beside the fields and records nothing")
    func refusals() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, Self.xincheng, prefix: "XC-")
            let id = try await EnforcementFixture.openCase(t, in: body, reference: "拒绝案")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let events = try await EnforcementFixture.count(t, "enforcement_case_events")
            let before = try await t.snapshot()

            // when: a fine chosen without its amount; an officer not registered with the body
            let noAmount = try await officer.post(
                "/enforcement/\(id)/steps",
                [("action", "notify"), ("date", today.iso), ("officers", body.officers), ("penalties[]", "fine")])
            let stranger = try await officer.post(
                "/enforcement/\(id)/steps",
                [("action", "investigate"), ("date", today.iso), ("officers", "XC-1 NOBODY-9"), ("note", "检查")])
            // a step the stage does not allow; a case opened without officers
            let early = try await officer.post("/enforcement/\(id)/steps", [("action", "close"), ("date", today.iso)])
            let unopened = try await officer.post(
                "/enforcement",
                opening(body, reference: "无人案").map { $0.0 == "officers" ? ("officers", "") : $0 })

            // then
            #expect(noAmount.status == .unprocessableEntity)
            #expect(noAmount.text.contains(#"id="f-fine-error""#) && noAmount.text.contains("选择了罚款，请填写罚款金额"))
            #expect(noAmount.text.contains(#"value="fine" checked="checked""#))
            #expect(stranger.status == .unprocessableEntity)
            #expect(
                stranger.text.contains(#"id="f-officers-error""#) && stranger.text.contains("执法证号「NOBODY-9」未在本机关登记"))
            #expect(stranger.text.contains(#"value="XC-1 NOBODY-9""#))
            #expect(early.status == .conflict)
            #expect(early.text.contains("未能办理") && early.text.contains("不能「结案」"))
            #expect(unopened.status == .unprocessableEntity)
            #expect(unopened.text.contains("请填写办案执法人员的执法证号") && unopened.text.contains("无人案"))
            #expect(try await EnforcementFixture.count(t, "enforcement_case_events") == events)
            #expect(try await t.snapshot() == before)
        }
    }

    @Test("a case outside the member's scope is 404 to read and to act on; a reader cannot act")
    func scope() async throws {
        try await TestApp.with { t in
            // given: a case of the city's bureau
            let city = try await EnforcementFixture.register(t, Self.hohhot, prefix: "HS-")
            let id = try await EnforcementFixture.openCase(t, in: city, reference: "市局案")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let before = try await t.snapshot()
            // when
            let read = try await officer.get("/enforcement/\(id)")
            let act = try await officer.post(
                "/enforcement/\(id)/steps",
                [("action", "investigate"), ("date", today.iso), ("officers", city.officers), ("note", "越权")])
            let listed = try await officer.get("/enforcement?view=all")
            let supervised = try await justice.get("/enforcement/\(id)")
            let byJustice = try await justice.post(
                "/enforcement/\(id)/steps",
                [("action", "investigate"), ("date", today.iso), ("officers", city.officers), ("note", "越权")])
            // then
            #expect(read.status == .notFound && read.text.contains("<h1>页面不存在</h1>"))
            #expect(act.status == .notFound)
            #expect(!listed.text.contains("市局案"))
            #expect(supervised.status == .ok && supervised.text.contains("市局案"))
            #expect(!supervised.text.contains(#"action="/enforcement/\#(id)/steps""#))
            #expect(byJustice.status == .forbidden)
            #expect(try await justice.get("/enforcement/new").status == .forbidden)
            #expect(try await t.snapshot() == before)
        }
    }

    @Test("every case page renders: the list's views, both opening forms, each step's form")
    func pages() async throws {
        try await TestApp.with { t in
            // given
            let body = try await EnforcementFixture.register(t, Self.xincheng, prefix: "XC-")
            let id = try await EnforcementFixture.openCase(t, in: body, reference: "页面案")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // The demo's synthetic cases fill the other views; this case is in none of them.
            for path in [
                "/enforcement?view=overdue", "/enforcement?view=unpublished", "/enforcement?stage=closed&view=all",
            ] {
                let response = try await officer.get(path)
                #expect(response.status == .ok && !response.text.contains("页面案"), "\(path)")
            }
            let pages: [(String, String)] = [
                ("/enforcement", "页面案"), ("/enforcement?view=all", "页面案"),
                ("/enforcement?q=%E9%A1%B5%E9%9D%A2", "页面案"), ("/enforcement/new", "立案"),
                ("/enforcement/new?procedure=simplified", "记录当场处罚"), ("/enforcement/\(id)", "调查取证情况"),
                ("/enforcement/\(id)?step=notify", "已告知当事人有要求听证的权利"),
                ("/enforcement/\(id)?step=suspend", "中止的理由"), ("/enforcement/\(id)?step=nonsense", "调查取证情况"),
                ("/enforcement/alerts", "执法预警"), ("/enforcement/alerts?state=closed", "没有已处理预警"),
            ]
            for (path, text) in pages {
                // when
                let response = try await officer.get(path)
                // then
                #expect(response.status == .ok, "\(path)")
                #expect(response.text.contains(text), "\(path)")
                #expect(response.text.contains(#"aria-current="page">行政执法</a>"#), "\(path)")
            }
            #expect(try await officer.get("/enforcement/\(UUID())").status == .notFound)
            #expect(try await officer.get("/enforcement/not-an-id").status == .notFound)
        }
    }
}
