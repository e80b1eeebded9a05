import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// A 2027 notice as the API takes it: Spring Festival 2027-02-05 to 02-13, working Sunday 02-14.
let notice2027JSON = """
    {"year":2027,"title":"国务院办公厅关于2027年部分节假日安排的通知（测试）","documentNumber":"国办发明电〔2026〕99号",
     "issuedOn":"2026-11-20","holidays":[{"name":"元旦","first":"2027-01-01","last":"2027-01-03"},
     {"name":"春节","first":"2027-02-05","last":"2027-02-13"}],"adjustedWorkdays":[{"date":"2027-02-14","name":"春节"}],
     "reason":"测试"}
    """

@Suite("Deadlines, calendar notices and notifications over HTTP")
struct DeadlineWebTests {
    @Test("the API watches a deadline, explains it, records events and closes it")
    func apiLifecycle() async throws {
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            // when
            let created = try await api.send(
                .POST, "/deadlines", json: #"{"subject":"某公司违法排污案","rule":"punishment.decision","start":"2026-11-11"}"#)
            let id = try #require(created.object?["id"] as? String)
            let event = try await api.send(
                .POST, "/deadlines/\(id)/events", json: #"{"type":"suspend","date":"2026-12-01","note":"等待检测结果"}"#)
            let listed = try await api.send(.GET, "/deadlines")
            let closed = try await api.send(.POST, "/deadlines/\(id)/close")
            let afterClose = try await api.send(.GET, "/deadlines?filter=open")
            // then
            #expect(created.status == .created)
            #expect(created.location == "/api/v1/deadlines/\(id)")
            #expect(created.object?["due"] as? String == "2027-02-09")
            #expect(created.object?["provisional"] as? Bool == true)
            let explanation = created.object?["explanation"] as? [String] ?? []
            #expect(explanation.first?.contains("行政处罚法") == true)
            #expect(event.status == .ok)
            #expect(event.object?["due"] == nil || event.object?["due"] is NSNull)
            #expect((event.object?["events"] as? [[String: Any]])?.first?["label"] as? String == "中止")
            #expect(listed.array?.contains { $0["id"] as? String == id } == true)
            #expect(closed.object?["status"] as? String == "closed")
            #expect(afterClose.array?.contains { $0["id"] as? String == id } == false)
        }
    }

    @Test("bad deadline input gets 422 with fields, unknown ids 404, and nothing is created")
    func apiBadInput() async throws {
        try await TestApp.with { t in
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let before = try await DeadlineModel.query(on: t.db).count()
            let missing = try await api.send(.POST, "/deadlines", json: #"{"rule":"no.such.rule"}"#)
            #expect(missing.status == .unprocessableEntity)
            #expect(Set(missing.errorFields) == ["subject", "ruleID", "start"])
            let badEvent = try await api.send(
                .POST, "/deadlines/\(UUID())/events", json: #"{"type":"suspend","date":"2026-12-01"}"#)
            #expect(badEvent.status == .notFound)
            let badFilter = try await api.send(.GET, "/deadlines?filter=soon")
            #expect(badFilter.status == .unprocessableEntity)
            #expect(try await DeadlineModel.query(on: t.db).count() == before)
        }
    }

    @Test("a deadline of another government is a 404 for a user outside it")
    func apiScope() async throws {
        try await TestApp.with { t in
            // given: demo-legal (呼和浩特) watches a deadline; a user of 鄂尔多斯 asks for it
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let created = try await legal.send(
                .POST, "/deadlines", json: #"{"subject":"呼市案件","rule":"punishment.decision","start":"2026-11-11"}"#)
            let id = try #require(created.object?["id"] as? String)
            try await t.createUser("ordos-officer", in: try await t.org("鄂尔多斯市生态环境局"))
            let outsider = APIClient(app: t.app, token: try await t.issueToken(for: "ordos-officer").secret)
            // when
            let read = try await outsider.send(.GET, "/deadlines/\(id)")
            let write = try await outsider.send(.POST, "/deadlines/\(id)/close")
            let list = try await outsider.send(.GET, "/deadlines?filter=all")
            // then
            #expect(read.status == .notFound)
            #expect(write.status == .notFound)
            #expect(list.array?.isEmpty == true)
            #expect(try await legal.send(.GET, "/deadlines/\(id)").object?["status"] as? String == "open")
        }
    }

    @Test("only the top administrator enters a notice; it recomputes deadlines and notifies their owners")
    func noticeThroughTheAPI() async throws {
        try await TestApp.with { t in
            // given: a deadline ending on 2027-02-09 under the provisional calendar
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let created = try await legal.send(
                .POST, "/deadlines", json: #"{"subject":"呼市案件","rule":"punishment.decision","start":"2026-11-11"}"#)
            let id = try #require(created.object?["id"] as? String)
            try await t.createUser("city-admin", in: try await t.org("呼和浩特市司法局"), roles: [.admin])
            let cityAdmin = APIClient(app: t.app, token: try await t.issueToken(for: "city-admin").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let admin = APIClient(app: t.app, token: try await t.issueToken(for: "demo-admin").secret)
            // when
            let byOfficer = try await officer.send(.POST, "/calendar/notices", json: notice2027JSON)
            let byCityAdmin = try await cityAdmin.send(.POST, "/calendar/notices", json: notice2027JSON)
            let unchanged = try await t.browser().get("/api/v1/calendar/2027")
            let saved = try await admin.send(.POST, "/calendar/notices", json: notice2027JSON)
            // then
            #expect(byOfficer.status == .forbidden)
            #expect(byCityAdmin.status == .forbidden)
            #expect(unchanged.object?["provisional"] as? Bool == true)
            #expect(saved.status == .created)
            #expect(saved.object?["version"] as? Int == 1)
            let moves = saved.object?["moves"] as? [[String: Any]] ?? []
            #expect(moves.first { $0["deadlineID"] as? String == id }?["newDue"] as? String == "2027-02-14")
            let year = try await t.browser().get("/api/v1/calendar/2027")
            #expect(year.object?["provisional"] as? Bool == false)
            #expect(try await legal.send(.GET, "/deadlines/\(id)").object?["due"] as? String == "2027-02-14")
            let notes = try await legal.send(.GET, "/notifications")
            #expect(
                notes.array?.contains {
                    $0["link"] as? String == "/deadlines/\(id)" && $0["kind"] as? String == "deadline.moved"
                } == true)
            let history = try await t.browser().get("/api/v1/calendar/notices")
            #expect(history.array?.first?["documentNumber"] as? String == "国办发明电〔2026〕99号")
        }
    }

    @Test("a malformed notice is a 422 naming the fields, and the calendar stays as it was")
    func badNotice() async throws {
        try await TestApp.with { t in
            let admin = APIClient(app: t.app, token: try await t.issueToken(for: "demo-admin").secret)
            let response = try await admin.send(
                .POST, "/calendar/notices",
                json:
                    #"{"year":2027,"title":"","issuedOn":"2026-11-20","holidays":[{"name":"春节","first":"2027-02-13","last":"2027-02-05"}]}"#
            )
            #expect(response.status == .unprocessableEntity)
            #expect(Set(response.errorFields) == ["title", "holidays"])
            #expect(try await CalendarStore(db: t.db).latestVersion() == 0)
            #expect(t.app.services.calendars.current.version == 0)
        }
    }

    @Test("pages: register a deadline, see its explanation with the provisional mark, record an event")
    func pages() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let me = try await t.user("demo-legal")
            // when: the form with an error, then a valid one
            let form = try await browser.get("/deadlines/new")
            let invalid = try await browser.post(
                "/deadlines",
                [
                    ("subject", ""), ("ruleID", "punishment.decision"), ("start", "2026-13-01"),
                    ("ownerID", me.id.uuidString),
                ])
            let created = try await browser.post(
                "/deadlines",
                [
                    ("subject", "某公司违法排污案"), ("ruleID", "punishment.decision"), ("start", "2026-11-11"),
                    ("ownerID", me.id.uuidString),
                ])
            let location = try #require(created.location)
            let detail = try await browser.get(location)
            let badEvent = try await browser.post(
                location + "/events", [("type", "extend"), ("date", "2026-12-01"), ("amount", "")])
            let event = try await browser.post(
                location + "/events", [("type", "suspend"), ("date", "2026-12-01"), ("note", "等待检测")])
            let list = try await browser.get("/deadlines")
            // then
            #expect(form.status == .ok && form.text.contains("期限规则"))
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("请填写事项名称") && invalid.text.contains("无法识别"))
            #expect(created.status == .seeOther)
            #expect(detail.text.contains("计算说明") && detail.text.contains("暂定") && detail.text.contains("2027-02-09"))
            #expect(detail.text.contains("《中华人民共和国行政处罚法》"))
            #expect(badEvent.status == .unprocessableEntity && badEvent.text.contains("延长事件须给出延长的期限"))
            #expect(event.status == .seeOther)
            #expect(try await browser.get(location).text.contains("等待检测"))
            #expect(list.text.contains("某公司违法排污案") && list.text.contains("中止中"))
        }
    }

    @Test("the calendar admin page saves a typed notice and owners see the move in their notifications")
    func calendarAdminPage() async throws {
        try await TestApp.with { t in
            // given
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let me = try await t.user("demo-legal")
            try await legal.post(
                "/deadlines",
                [
                    ("subject", "呼市案件"), ("ruleID", "punishment.decision"), ("start", "2026-11-11"),
                    ("ownerID", me.id.uuidString),
                ])
            let admin = t.browser()
            try await admin.signIn("demo-admin")
            let fields = [
                ("year", "2027"), ("title", "国务院办公厅关于2027年部分节假日安排的通知"), ("issuedOn", "2026-11-20"),
                ("holidays", "元旦 2027-01-01 至 2027-01-03\n春节 2027年2月5日至2月13日"), ("workdays", "春节 2027-02-14"),
            ]
            // when
            let page = try await admin.get("/admin/calendar")
            let bad = try await admin.post("/admin/calendar", fields.map { $0.0 == "holidays" ? ($0.0, "春节放假九天") : $0 })
            let saved = try await admin.post("/admin/calendar", fields)
            let after = try await admin.get("/admin/calendar")
            let notes = try await legal.get("/notifications")
            let officerPage = try await { () async throws -> TestingHTTPResponse in
                let officer = t.browser()
                try await officer.signIn("demo-officer")
                return try await officer.post("/admin/calendar", fields)
            }()
            // then
            #expect(page.status == .ok && page.text.contains("录入放假通知"))
            #expect(bad.status == .unprocessableEntity && bad.text.contains("第1行"))
            #expect(saved.status == .seeOther)
            #expect(after.text.contains("第1版"))
            #expect(notes.text.contains("期限调整：呼市案件") && notes.text.contains("2027-02-14"))
            #expect(officerPage.status == .forbidden)
            #expect(try await CalendarStore(db: t.db).latestVersion() == 1)
            let audit = try await admin.get("/admin/audit")
            #expect(audit.text.contains("录入放假通知") && audit.text.contains("登记期限"))
        }
    }
}
