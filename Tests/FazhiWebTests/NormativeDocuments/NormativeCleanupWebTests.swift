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

@Suite("Normative documents: clean-up and expiry evaluation over HTTP")
struct NormativeCleanupWebTests {
    static let cityMarket = "呼和浩特市市场监督管理局"
    static let districtMarket = "呼和浩特市新城区市场监督管理局"
    static let erdosMarket = "鄂尔多斯市市场监督管理局"

    struct Documents {
        let city, district, erdos: UUID
    }

    /// One published document in force at the city's and the district's regulator, and one in 鄂尔多斯.
    func documents(_ t: TestApp, expires: CivilDate? = nil) async throws -> Documents {
        func insert(_ title: String, _ org: String) async throws -> UUID {
            var document = NormativeFixtures.Document(
                title: title, drafter: try await t.org(org), stage: .closed, publishedOn: CivilDate(iso: "2025-01-15")!)
            document.expiresOn = expires
            return try await NormativeFixtures.insert(document, on: t.db)
        }
        return Documents(
            city: try await insert("市级市场监管办法", Self.cityMarket),
            district: try await insert("新城区市场监管办法", Self.districtMarket),
            erdos: try await insert("鄂尔多斯市场监管办法", Self.erdosMarket))
    }

    func item(_ t: TestApp, of document: UUID) async throws -> UUID {
        try #require(
            try await (t.db as! any SQLDatabase).raw(
                "SELECT id FROM normative_cleanup_items WHERE document_id = \(bind: document)"
            ).first()
        ).decode(column: "id", as: UUID.self)
    }

    func decision(_ t: TestApp, _ document: UUID) async throws -> String? {
        try await (t.db as! any SQLDatabase).raw(
            "SELECT decision FROM normative_documents WHERE id = \(bind: document)"
        ).first()!.decode(column: "decision", as: String?.self)
    }

    func count(_ t: TestApp, _ table: String) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test("the office starts a clean-up of its subtree; each body decides its own; the office alone changes a decision")
    func campaign() async throws {
        try await TestApp.with { t in
            // given
            let docs = try await documents(t)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            // bad dates and a role that does not run clean-ups are refused; nothing is written
            let bad = try await justice.post(
                "/normative/cleanups", [("title", "清理"), ("startedOn", "2026-03-01"), ("dueOn", "2026-02-01")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("完成期限不能早于开始日期"))
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            let forbidden = try await officer.post(
                "/normative/cleanups", [("title", "清理"), ("startedOn", "2026-03-01"), ("dueOn", "2026-06-01")])
            #expect(forbidden.status == .forbidden)
            #expect(try await count(t, "normative_cleanups") == 0)

            // when
            let created = try await justice.post(
                "/normative/cleanups",
                [("title", "2026年规范性文件清理"), ("basis", "清理通知"), ("startedOn", "2026-03-01"), ("dueOn", "2026-06-30")])
            // then: the city's subtree only
            #expect(created.status == .seeOther)
            let path = try #require(created.location)
            let page = try await justice.get(path)
            #expect(page.text.contains("市级市场监管办法") && page.text.contains("新城区市场监管办法"))
            #expect(!page.text.contains("鄂尔多斯市场监管办法"))
            #expect(page.text.contains("清理文件数"))
            let cityItem = try await item(t, of: docs.city)
            let districtItem = try await item(t, of: docs.district)

            // the city regulator sees its own document only, cannot touch the district's
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let own = try await legal.get(path)
            #expect(own.text.contains("市级市场监管办法") && !own.text.contains("新城区市场监管办法"))
            let before = try await t.snapshot()
            #expect(
                try await legal.post("/normative/cleanups/items/\(districtItem)/decision", [("decision", "keep")])
                    .status
                    == .notFound)
            // the district's officer sees its item but may not decide
            #expect(try await officer.get("/normative/cleanups/items/\(districtItem)").status == .ok)
            #expect(
                try await officer.post("/normative/cleanups/items/\(districtItem)/decision", [("decision", "keep")])
                    .status == .forbidden)
            // 废止 without a reason
            let noReason = try await legal.post(
                "/normative/cleanups/items/\(cityItem)/decision", [("decision", "repeal"), ("reason", "")])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("废止须说明理由"))
            #expect(try await t.snapshot() == before)
            #expect(try await decision(t, docs.city) == nil)

            // decided; a second decision by the body is a conflict; the office changes it
            let decided = try await legal.post(
                "/normative/cleanups/items/\(cityItem)/decision", [("decision", "repeal"), ("reason", "上位法已废止")])
            #expect(decided.status == .seeOther)
            #expect(try await decision(t, docs.city) == "repeal")
            #expect(
                try await legal.post("/normative/cleanups/items/\(cityItem)/decision", [("decision", "keep")]).status
                    == .conflict)
            #expect(
                try await justice.post("/normative/cleanups/items/\(cityItem)/decision", [("decision", "keep")]).status
                    == .seeOther)
            #expect(try await decision(t, docs.city) == "keep")

            // the figures link to lists of as many items; the export opens in Excel
            let undecided = try await justice.get(path + "?decided=no")
            #expect(undecided.text.contains("共1件") && undecided.text.contains("新城区市场监管办法"))
            let csv = try await justice.get(path + "/export.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.text.contains("市级市场监管办法") && csv.text.contains("继续有效"))
            let xlsx = try await justice.get(path + "/export.xlsx")
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }

    @Test("the API lists, starts, shows and decides, scoped the same way")
    func api() async throws {
        try await TestApp.with { t in
            let docs = try await documents(t)
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let created = try await justice.send(
                .POST, "/normative/cleanups",
                json: #"{"title":"API清理","startedOn":"2026-03-01","dueOn":"2026-06-30"}"#)
            #expect(created.status == .created)
            let id = try #require(created.object?["id"] as? String)
            #expect((created.object?["figures"] as? [String: Any])?["total"] as? Int == 2)
            let bad = try await justice.send(
                .POST, "/normative/cleanups", json: #"{"title":"","startedOn":"2026-03-01","dueOn":"x"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(Set(bad.errorFields) == ["title", "dueOn"])
            let districtItem = try await item(t, of: docs.district)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            #expect(
                try await legal.send(
                    .POST, "/normative/cleanups/items/\(districtItem)/decision", json: #"{"decision":"keep"}"#
                ).status == .notFound)
            let decided = try await justice.send(
                .POST, "/normative/cleanups/items/\(districtItem)/decision",
                json: #"{"decision":"declare_expired","reason":"调整对象已消失"}"#)
            #expect(decided.status == .ok)
            #expect(decided.object?["decision"] as? String == "declare_expired")
            let shown = try await legal.send(.GET, "/normative/cleanups/\(id)")
            #expect((shown.object?["items"] as? [[String: Any]])?.count == 1)
            #expect(try await legal.send(.GET, "/normative/cleanups").array?.count == 1)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            #expect(
                try await officer.send(
                    .POST, "/normative/cleanups", json: #"{"title":"x","startedOn":"2026-03-01","dueOn":"2026-06-30"}"#
                ).status == .forbidden)
        }
    }

    @Test("the drafting body evaluates a document before its term ends; impossible dates are refused")
    func expiry() async throws {
        try await TestApp.with { t in
            let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
            let docs = try await documents(t, expires: today.adding(days: 30))
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let list = try await legal.get("/normative/expiring")
            #expect(list.status == .ok)
            #expect(list.text.contains("市级市场监管办法") && list.text.contains("剩余30日"))
            #expect(!list.text.contains("新城区市场监管办法"))
            let tooLong = try await legal.post(
                "/normative/\(docs.city)/expiry", [("decision", "keep"), ("expiresOn", today.addingMonths(121).iso)])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("有效期自今日起不能超过5年"))
            #expect(try await decision(t, docs.city) == nil)
            let kept = try await legal.post(
                "/normative/\(docs.city)/expiry", [("decision", "keep"), ("expiresOn", today.addingMonths(24).iso)])
            #expect(kept.status == .seeOther)
            #expect(try await decision(t, docs.city) == "keep")
            #expect(try await legal.get("/normative/\(docs.city)/expiry").text.contains("继续有效"))
            // another body's document
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get("/normative/\(docs.city)/expiry").status == .notFound)
            #expect(
                try await officer.post("/normative/\(docs.city)/expiry", [("decision", "amend"), ("reason", "x")])
                    .status
                    == .notFound)
        }
    }
}
