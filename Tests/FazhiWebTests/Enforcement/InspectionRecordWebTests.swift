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

@Suite("Inspections of enterprises (涉企检查) on the pages and the API, and the policy's new settings")
struct InspectionRecordWebTests {
    static let code = CreditCode.completing("91150100MA0000009")!
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    func count(_ t: TestApp) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw(
            "SELECT COUNT(*) AS n FROM enterprise_inspections WHERE client_id NOT LIKE 'DEMO-%'"
        ).first()!
        .decode(column: "n", as: Int.self)
    }

    func fields(client: String, officers: String, code: String = code, body: UUID) -> [(String, String)] {
        [
            ("body", body.uuidString), ("clientId", client), ("matterCode", "T-INSPECT-1"), ("creditCode", code),
            ("enterpriseName", "某某网页企业有限公司"), ("date", today.adding(days: -1).iso), ("officers", officers),
            ("kind", "complaint"), ("result", "责令整改"),
        ]
    }

    @Test("an officer records an inspection on the page; bad fields are shown beside them; a repost is one record")
    func page() async throws {
        try await TestApp.with { t in
            // given
            let body = try await t.member("demo-legal").organisation
            try await EnforcementFixtures.register(body, on: t.db)
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let officers = EnforcementFixtures.officers.joined(separator: "，")
            let before = try await t.snapshot()
            // when
            let form = try await browser.get("/enforcement/inspections")
            let bad = try await browser.post(
                "/enforcement/inspections",
                fields(
                    client: "P-1", officers: EnforcementFixtures.officers[0], code: "91150100MA00000010", body: body.id)
            )
            let afterBad = try await t.snapshot()
            let good = try await browser.post(
                "/enforcement/inspections", fields(client: "P-1", officers: officers, body: body.id))
            let again = try await browser.post(
                "/enforcement/inspections", fields(client: "P-1", officers: officers, body: body.id))
            let list = try await browser.get("/enforcement/inspections?q=\(Self.code)")
            // then
            #expect(form.status == .ok && form.text.contains("<h1>涉企检查</h1>") && form.text.contains("记录一次检查"))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("统一社会信用代码校验位不正确"))
            #expect(bad.text.contains("请填写至少两名执法人员的执法证号"))
            #expect(bad.text.contains(#"value="某某网页企业有限公司""#))
            #expect(afterBad == before)
            #expect(good.status == .seeOther && again.status == .seeOther)
            #expect(try await count(t) == 1)
            #expect(list.text.contains("某某网页企业有限公司") && list.text.contains("投诉举报核查"))
            #expect(list.text.contains("已经提交过"))
        }
    }

    @Test("the API records single and batched inspections idempotently and the third within 30 days alerts")
    func api() async throws {
        try await TestApp.with { t in
            // given
            let body = try await t.member("demo-legal").organisation
            try await EnforcementFixtures.register(body, on: t.db)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            func record(_ id: String, _ offset: Int) -> String {
                #"{"clientId":"\#(id)","matterCode":"T-INSPECT-1","creditCode":"\#(Self.code)","enterpriseName":"某某接口企业有限公司","date":"\#(today.adding(days: -offset).iso)","officers":["\#(EnforcementFixtures.officers[0])","\#(EnforcementFixtures.officers[1])"],"kind":"random","result":"未发现问题"}"#
            }
            // when
            let single = try await legal.send(.POST, "/enforcement/inspections", json: record("A-1", 20))
            let repeated = try await legal.send(.POST, "/enforcement/inspections", json: record("A-1", 20))
            let batch = try await legal.send(
                .POST, "/enforcement/inspections/batch",
                json: #"{"inspections":[\#(record("A-1", 20)),\#(record("A-2", 10)),\#(record("A-3", 2))]}"#)
            let refused = try await legal.send(
                .POST, "/enforcement/inspections",
                json: record("A-4", 1).replacingOccurrences(of: "T-INSPECT-1", with: EnforcementFixtures.matterCode))
            let byJustice = try await justice.send(.GET, "/enforcement/inspections/alerts")
            let listed = try await justice.send(.GET, "/enforcement/inspections?q=\(Self.code)")
            let byOfficer = try await officer.send(.GET, "/enforcement/inspections?q=\(Self.code)")
            let officerAlerts = try await officer.send(.GET, "/enforcement/inspections/alerts")
            let officerWrites = try await officer.send(
                .POST, "/enforcement/inspections", json: #"{"body":"\#(body.id)",\#(record("A-5", 1).dropFirst())"#)
            // then
            #expect(single.status == .created && single.object?["status"] as? String == "applied")
            #expect(repeated.status == .ok && repeated.object?["status"] as? String == "duplicate")
            let results = batch.object?["results"] as? [[String: Any]] ?? []
            #expect(results.map { $0["status"] as? String } == ["duplicate", "applied", "applied"])
            #expect((results.last?["alerts"] as? [[String: Any]])?.count == 1)
            #expect(refused.status == .unprocessableEntity && refused.errorFields == ["matterCode"])
            // The demo region raises an alert of its own in 呼和浩特市; only the alert on this enterprise is the test's.
            let alert = try #require(byJustice.array?.first { $0["creditCode"] as? String == Self.code })
            #expect((alert["inspections"] as? [Any])?.count == 3)
            #expect((alert["message"] as? String)?.contains("超过2次（参照）") == true)
            #expect(listed.object?["total"] as? Int == 3)
            #expect(byOfficer.object?["total"] as? Int == 0)
            #expect(officerAlerts.status == .ok)
            #expect(officerAlerts.array?.contains { $0["creditCode"] as? String == Self.code } == false)
            #expect(officerWrites.status == .notFound)
            #expect(try await count(t) == 3)
        }
    }

    @Test("the policy page sets the inspection count and the reply period within their ranges, audited")
    func policy() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-justice")
            let city = try await t.org("呼和浩特市人民政府")
            let shown = try await browser.get("/enforcement/policy?organisation=\(city.id)")
            var fields: [(String, String)] = [
                ("organisationID", city.id.uuidString), ("hearingFinePerson", "5000"),
                ("hearingFineOrganisation", "50000"), ("legalReviewFinePerson", "10000"),
                ("legalReviewFineOrganisation", "100000"), ("collectiveFinePerson", "50000"),
                ("collectiveFineOrganisation", "500000"), ("majorPenalties[]", "closure"),
                ("publicityWorkingDays", "7"), ("repeatedInspectionDays", "30"), ("repeatedInspectionCount", "0"),
                ("supervisionReplyWorkingDays", "61"),
            ]
            let policyAudits = {
                try await AuditEntryModel.query(on: t.db).filter(\.$action == "enforcement.policy").count()
            }
            let audits = try await policyAudits()
            // when
            let bad = try await browser.post("/enforcement/policy", fields)
            fields[10] = ("repeatedInspectionCount", "3")
            fields[11] = ("supervisionReplyWorkingDays", "20")
            let good = try await browser.post("/enforcement/policy", fields)
            let after = try await browser.get("/enforcement/policy?organisation=\(city.id)")
            let api = try await APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret).send(
                .GET, "/enforcement/policy")
            // then
            #expect(shown.text.contains("同一企业30日内被检查超过2次") && shown.text.contains("参照"))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("预警期内可检查次数应为1到50之间的整数"))
            #expect(bad.text.contains("督办答复期限应为1到60之间的整数"))
            #expect(good.status == .seeOther)
            #expect(try await policyAudits() == audits + 1)
            #expect(after.text.contains("同一企业30日内被检查超过3次") && !after.text.contains(">参照<"))
            let policy = api.object?["policy"] as? [String: Any]
            #expect(policy?["supervisionReplyWorkingDays"] as? Int == 20)
            #expect(policy?["repeatedInspectionCount"] as? Int == 3)
        }
    }

    @Test("the supervision form proposes the region's reply period, marked 参照 only while none is set")
    func supervisionReplyPeriod() async throws {
        try await TestApp.with { t in
            // given
            let alertID = try await SupervisionWebTests().alert(t)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let before = try await justice.get("/enforcement/supervision/new?alert=\(alertID)")
            var policy = EnforcementPolicy.standard
            policy.supervisionReplyWorkingDays = 20
            try await EnforcementPolicies.set(
                policy, for: try await t.org("呼和浩特市人民政府"), by: .system("测试"), on: t.db)
            // when
            let after = try await justice.get("/enforcement/supervision/new?alert=\(alertID)")
            // then
            #expect(before.text.contains(#"name="replyDays" value="15""#) && before.text.contains("默认15个工作日（参照"))
            #expect(after.text.contains(#"name="replyDays" value="20""#))
            #expect(after.text.contains("默认20个工作日（本地区在执法制度参数中规定）"))
        }
    }

    @Test("the demo's inspections show the city's justice bureau one repeated-inspection alert")
    func demo() async throws {
        try await TestApp.with { t in
            // given
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            // when
            let page = try await justice.get("/enforcement/inspections")
            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("涉企重复检查预警（1）"))
            #expect(page.text.contains("呼和浩特市某某乳业有限公司"))
        }
    }
}
