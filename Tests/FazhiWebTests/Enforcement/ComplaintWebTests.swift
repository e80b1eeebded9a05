import FazhiTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Complaints and reports (投诉举报) over HTTP: the public form and status page, the workbench, the 12345 feed")
struct ComplaintWebTests {
    static let cityMarket = "呼和浩特市市场监督管理局"

    func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    func complaints(_ t: TestApp) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM complaints").first()!
            .decode(column: "n", as: Int.self)
    }

    /// The number and code in the flash message shown after a submission.
    func receipt(in html: String) throws -> (number: String, code: String) {
        let number = try #require(html.range(of: #"TS[0-9]{8}-[A-Z0-9]{8}"#, options: .regularExpression))
        let code = try #require(html.range(of: #"查询码 [A-Z0-9]{8}"#, options: .regularExpression))
        return (String(html[number]), String(html[code].dropFirst(4)))
    }

    @Test("a citizen complains without an account, reads the status with the code, and rates the reply")
    func thePublicForm() async throws {
        try await TestApp.with { t in
            // given
            let body = try await t.org(Self.cityMarket)
            let citizen = t.browser()
            let before = try await complaints(t)
            // when: the form lists registered bodies, narrowed by words; a bad complaint is refused beside its fields
            let form = try await citizen.get("/complaints")
            let narrowed = try await citizen.get(
                "/complaints?q=\(Self.cityMarket.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            let refused = try await citizen.post(
                "/complaints",
                [("bodyID", body.id.uuidString), ("kind", "complaint"), ("narrative", "太短"), ("mobile", "123")])
            let unchanged = try await complaints(t)
            let submitted = try await citizen.post(
                "/complaints",
                [
                    ("bodyID", body.id.uuidString), ("kind", "complaint"), ("narrative", "执法人员检查时未出示执法证件，态度粗暴。"),
                    ("name", "张三"), ("mobile", "13900001234"),
                ])
            let location = try #require(submitted.location)
            let shown = try await citizen.get(location)
            let (number, code) = try receipt(in: shown.text)
            let status = try await citizen.get(ComplaintPublicController.statusURL(number: number, code: code))
            let wrong = try await citizen.get(ComplaintPublicController.statusURL(number: number, code: "WRONG234"))
            let public_ = try await citizen.get("/publicity")
            // then
            #expect(form.status == .ok && form.text.contains(Self.cityMarket) && form.text.contains("投诉（执法行为）"))
            #expect(narrowed.status == .ok && !narrowed.text.contains("鄂尔多斯市市场监督管理局"))
            #expect(form.text.contains("鄂尔多斯市市场监督管理局"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(#"id="f-narrative-error""#) && refused.text.contains("手机号码应为以1开头的11位数字"))
            #expect(unchanged == before)
            #expect(submitted.status == .seeOther && location.hasPrefix("/complaints/status?number=TS"))
            #expect(shown.text.contains("呼和浩特市司法局") && shown.text.contains("只显示这一次"))
            #expect(status.status == .ok && status.text.contains("待受理") && status.text.contains("期限如何计算"))
            #expect(status.text.contains("投诉举报答复期限（参照）") && !status.text.contains("13900001234"))
            #expect(wrong.status == .notFound && !wrong.text.contains("执法人员检查时"))
            #expect(public_.text.contains(#"href="/complaints""#))

            // when: the city's justice bureau accepts and replies; the complainant rates the reply once
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let list = try await justice.get("/enforcement/complaints?kind=complaint")
            let id = try await (t.db as! any SQLDatabase).raw(
                "SELECT id FROM complaints WHERE number = \(bind: number)"
            ).first()!.decode(column: "id", as: UUID.self)
            let page = try await justice.get("/enforcement/complaints/\(id)")
            let early = try await justice.post(
                "/enforcement/complaints/\(id)/steps", [("action", "reply"), ("text", "已核实")])
            let accepted = try await justice.post("/enforcement/complaints/\(id)/steps", [("action", "accept")])
            let empty = try await justice.post(
                "/enforcement/complaints/\(id)/steps", [("action", "reply"), ("text", " ")])
            let replied = try await justice.post(
                "/enforcement/complaints/\(id)/steps", [("action", "reply"), ("text", "经核实，已对相关执法人员批评教育。")])
            let answered = try await citizen.get(ComplaintPublicController.statusURL(number: number, code: code))
            let noRating = try await citizen.post(
                "/complaints/feedback", [("number", number), ("code", code), ("rating", "")])
            let rated = try await citizen.post(
                "/complaints/feedback", [("number", number), ("code", code), ("rating", "fair"), ("comment", "处理及时")])
            let again = try await citizen.post(
                "/complaints/feedback", [("number", number), ("code", code), ("rating", "satisfied")])
            let badCode = try await citizen.post(
                "/complaints/feedback", [("number", number), ("code", "WRONG234"), ("rating", "satisfied")])
            let final = try await justice.get("/enforcement/complaints/\(id)")
            // then
            #expect(list.status == .ok && list.text.contains(number) && list.text.contains("待受理"))
            #expect(page.text.contains("13900001234") && page.text.contains("期限如何计算") && page.text.contains("受理"))
            #expect(early.status == .conflict && early.text.contains("不能「答复」"))
            #expect(accepted.status == .seeOther)
            #expect(empty.status == .unprocessableEntity && empty.text.contains("请填写答复内容"))
            #expect(replied.status == .seeOther)
            #expect(answered.text.contains("经核实，已对相关执法人员批评教育。") && answered.text.contains("评价答复"))
            #expect(noRating.status == .unprocessableEntity && noRating.text.contains("请选择满意、基本满意或不满意"))
            #expect(rated.status == .seeOther)
            #expect(again.status == .conflict && again.text.contains("已经评价过"))
            #expect(badCode.status == .notFound)
            #expect(final.text.contains("基本满意") && final.text.contains("处理及时") && final.text.contains("投诉举报人评价"))
        }
    }

    @Test("an agency sees only what is routed to it; a bureau reassigns within its subtree")
    func scopeAndReassignment() async throws {
        try await TestApp.with { t in
            // given: a complaint about the city bureau (to 呼和浩特市司法局) and a report to 新城区市场监督管理局
            let city = try await t.org(Self.cityMarket)
            let xincheng = try await t.org(CaseWebTests.xincheng)
            let desk = ComplaintDesk(
                db: t.db, today: CivilDate(chinaTimeAt: Date().timeIntervalSince1970), calendar: .official)
            let complaint = try await desk.submit(
                ComplaintInput(
                    bodyID: city.id.uuidString, kind: "complaint", narrative: "范围测试：执法人员未出示证件。", name: "王五",
                    mobile: "13900005678"), by: .system("测试")
            ).complaint
            let report = try await desk.submit(
                ComplaintInput(
                    bodyID: xincheng.id.uuidString, kind: "report", narrative: "范围测试：某店无证经营。", anonymous: "1"),
                by: .system("测试")
            ).complaint
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            // when
            let officerList = try await officer.get("/enforcement/complaints")
            let hidden = try await officer.get("/enforcement/complaints/\(complaint.id)")
            let own = try await officer.get("/enforcement/complaints/\(report.id)")
            let officerMove = try await officer.post(
                "/enforcement/complaints/\(report.id)/steps",
                [("action", "reassign"), ("text", "x"), ("target", city.id.uuidString)])
            let noTarget = try await justice.post(
                "/enforcement/complaints/\(complaint.id)/steps", [("action", "reassign"), ("text", "由市场监管局核查")])
            let moved = try await justice.post(
                "/enforcement/complaints/\(complaint.id)/steps",
                [("action", "reassign"), ("text", "由新城区核查"), ("target", xincheng.id.uuidString)])
            let nowVisible = try await officer.get("/enforcement/complaints/\(complaint.id)")
            // then
            #expect(officerList.text.contains(report.number) && !officerList.text.contains(complaint.number))
            #expect(hidden.status == .notFound)
            #expect(own.status == .ok && own.text.contains("匿名举报") && !own.text.contains("转办给"))
            #expect(officerMove.status == .forbidden)
            #expect(noTarget.status == .unprocessableEntity && noTarget.text.contains("请选择转办给哪个机关"))
            #expect(moved.status == .seeOther)
            #expect(nowVisible.status == .ok && nowVisible.text.contains("转呼和浩特市新城区市场监督管理局办理"))
        }
    }

    @Test("the 12345 feed: token auth, field errors, idempotent on its own id, polling by number")
    func theFeed() async throws {
        try await TestApp.with { t in
            // given
            let city = try await t.org(Self.cityMarket)
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let officerAPI = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let anonymous = APIClient(app: t.app, token: nil)
            let complaint: [String: Any] = [
                "externalID": "12345-20261202-0001", "bodyID": city.id.uuidString, "kind": "complaint",
                "narrative": "来电反映执法人员检查时未出示执法证件。", "name": "赵六", "mobile": "13900009999",
            ]
            let before = try await t.snapshot()
            // when
            let invalid = try await api.send(
                .POST, "/complaints",
                json: try json(["externalID": "12345-x", "bodyID": "nobody", "kind": "complaint", "narrative": "短"]))
            let noID = try await api.send(.POST, "/complaints", json: try json(["kind": "report"]))
            let unchanged = try await t.snapshot()
            let unauthenticated = try await anonymous.send(.POST, "/complaints", json: try json(complaint))
            let forbidden = try await officerAPI.send(.POST, "/complaints", json: try json(complaint))
            let created = try await api.send(.POST, "/complaints", json: try json(complaint))
            let afterCreate = try await t.snapshot()
            let resent = try await api.send(.POST, "/complaints", json: try json(complaint))
            let afterResend = try await t.snapshot()
            let number = try #require(created.object?["number"] as? String)
            let polled = try await api.send(.GET, "/complaints/\(number)")
            let hidden = try await officerAPI.send(.GET, "/complaints/\(number)")
            // then
            #expect(invalid.status == .unprocessableEntity)
            #expect(Set(invalid.errorFields) == ["bodyID", "narrative", "name", "mobile"])
            #expect(noID.status == .unprocessableEntity && noID.errorFields == ["externalID"])
            #expect(unchanged == before)
            #expect(unauthenticated.status == .unauthorized)
            #expect(forbidden.status == .forbidden)
            #expect(created.status == .created && created.location == "/api/v1/complaints/\(number)")
            #expect(created.object?["code"] is String && created.object?["source"] as? String == "hotline")
            #expect(created.object?["handler"] as? String == "呼和浩特市司法局")
            #expect(resent.status == .ok && resent.object?["id"] as? String == created.object?["id"] as? String)
            #expect(resent.object?["code"] == nil || resent.object?["code"] is NSNull)
            #expect(afterResend == afterCreate)
            #expect(polled.status == .ok && polled.object?["stage"] as? String == "received")
            #expect(polled.object?["dueOn"] is String && polled.object?["mobile"] == nil)
            #expect(hidden.status == .notFound)
        }
    }
}
