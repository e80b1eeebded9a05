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

@Suite("Normative documents: local rules over HTTP")
struct NormativeLocalRulesWebTests {
    static func fields(_ organisation: UUID, statute: String = "呼和浩特市行政规范性文件管理办法", commentDays: String = "30")
        -> [(String, String)]
    {
        [
            ("organisationID", organisation.uuidString), ("statute", statute), ("version", "2024-05-01"),
            ("commentDays", commentDays), ("commentArticle", "第十二条"), ("legalityMinimumWorkdays", "5"),
            ("legalityMaximumWorkdays", "15"), ("legalityArticle", "第十六条"), ("filingDays", "20"),
            ("filingArticle", "第二十五条"), ("suggestionDays", "45"), ("suggestionArticle", "第三十条"),
            ("validityYears", "5"), ("validityArticle", "第三十三条"),
        ]
    }

    func rows(_ t: TestApp) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM normative_local_rules").first()!
            .decode(column: "n", as: Int.self)
    }

    @Test("the page shows the borrowed defaults, refuses bad entries beside the field, and applies saved rules below")
    func page() async throws {
        try await TestApp.with { t in
            // given
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let city = try await t.org("呼和浩特市人民政府")
            // when
            let page = try await justice.get("/normative/rules")
            // then: the member's nearest government, national defaults marked 参照
            #expect(page.status == .ok)
            #expect(page.text.contains("呼和浩特市人民政府适用的期限"))
            #expect(page.text.contains("本级和上级均未录入本地规定") && page.text.contains("badge-warn\">参照"))
            #expect(page.text.contains("《法规规章备案审查条例》（2024-08-30）"))

            // bad entries: 422, errors beside the fields, nothing saved
            var bad = Self.fields(city.id, statute: " ", commentDays: "三十")
            bad.removeAll { $0.0 == "validityYears" }
            let refused = try await justice.post("/normative/rules", bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("请填写规定名称"))
            #expect(refused.text.contains("「三十」不是整数"))
            #expect(refused.text.contains("请填写天数、工作日数或年数"))
            #expect(try await rows(t) == 0)

            // saved: applies here, and below (inherited)
            let saved = try await justice.post("/normative/rules", Self.fields(city.id))
            #expect(saved.status == .seeOther)
            let shown = try await justice.get("/normative/rules?organisation=\(city.id)")
            #expect(shown.text.contains("适用本机构录入的《呼和浩特市行政规范性文件管理办法》（2024-05-01）"))
            #expect(shown.text.contains("《呼和浩特市行政规范性文件管理办法》（2024-05-01）第二十五条"))
            let district = try await t.org("呼和浩特市新城区人民政府")
            let below = try await justice.get("/normative/rules?organisation=\(district.id)")
            #expect(below.text.contains("上级机构「呼和浩特市人民政府」录入的"))
            #expect(try await AuditEntryModel.query(on: t.db).filter(\.$action == "normative.rules.save").count() == 1)
        }
    }

    @Test("other roles get 403, organisations outside the scope 404; nothing changes")
    func access() async throws {
        try await TestApp.with { t in
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let city = try await t.org("呼和浩特市人民政府")
            #expect(try await legal.get("/normative/rules").status == .forbidden)
            #expect(try await legal.post("/normative/rules", Self.fields(city.id)).status == .forbidden)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let erdos = try await t.org("鄂尔多斯市人民政府")
            #expect(try await justice.get("/normative/rules?organisation=\(erdos.id)").status == .notFound)
            #expect(try await justice.post("/normative/rules", Self.fields(erdos.id)).status == .notFound)
            #expect(try await rows(t) == 0)
        }
    }

    @Test("the API reads the policy and replaces the rules, with field errors for bad ones")
    func api() async throws {
        try await TestApp.with { t in
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let city = try await t.org("呼和浩特市人民政府")
            let before = try await api.send(.GET, "/normative/rules")
            #expect(before.status == .ok)
            #expect(before.object?["source"] as? String == "national")
            #expect(
                (before.object?["periods"] as? [[String: Any]])?.allSatisfy { $0["borrowed"] as? Bool == true } == true)
            let rules = """
                {"statute":"呼和浩特市行政规范性文件管理办法","version":"2024-05-01","commentDays":30,"commentArticle":"第十二条",
                 "legalityMinimumWorkdays":5,"legalityMaximumWorkdays":%MAX%,"legalityArticle":"第十六条","filingDays":20,
                 "filingArticle":"第二十五条","suggestionDays":45,"suggestionArticle":"第三十条","validityYears":5,
                 "validityArticle":"第三十三条"}
                """
            let bad = try await api.send(
                .PUT, "/normative/rules/\(city.id)", json: rules.replacingOccurrences(of: "%MAX%", with: "3"))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.errorFields == ["legalityMaximumWorkdays"])
            #expect(try await rows(t) == 0)
            let saved = try await api.send(
                .PUT, "/normative/rules/\(city.id)", json: rules.replacingOccurrences(of: "%MAX%", with: "15"))
            #expect(saved.status == .ok)
            #expect(saved.object?["source"] as? String == "local")
            let erdos = try await t.org("鄂尔多斯市人民政府")
            #expect(try await api.send(.GET, "/normative/rules?organisation=\(erdos.id)").status == .notFound)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            #expect(try await legal.send(.GET, "/normative/rules").status == .forbidden)
        }
    }
}
