import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Normative documents over HTTP: drafting, registration, filing, review")
struct NormativeWebTests {
    func count(_ t: TestApp, _ table: String) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    /// Moves a document to `stage` as if the earlier steps had been taken on earlier days (the date rules make the
    /// real steps take weeks; they are tested in the store suite).
    func move(_ t: TestApp, _ path: String, to stage: NormativeStage, deliberatedOn: CivilDate) async throws {
        let id = UUID(uuidString: String(path.split(separator: "/").last!))!
        try await (t.db as! any SQLDatabase).raw(
            """
            UPDATE normative_documents SET stage = \(bind: stage.rawValue), deliberated_on = \(bind: deliberatedOn.iso)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    @Test("a legal officer drafts, registers and files; the city's justice bureau reviews; others see nothing")
    func draftToReview() async throws {
        try await TestApp.with { t in
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            #expect(try await legal.get("/normative").text.contains("起草新文件"))
            #expect(try await legal.get("/normative/new").status == .ok)
            // Bad input: no title; a binary file as the text. Nothing is stored.
            let documents = try await count(t, "normative_documents")
            let untitled = try await legal.post(
                "/normative", [("kind", "normative_document"), ("title", ""), ("body", "正文")])
            #expect(untitled.status == .unprocessableEntity)
            #expect(untitled.text.contains("请填写文件名称"))
            let binary = try await legal.postMultipart(
                "/normative", fields: [("kind", "normative_document"), ("title", "测试文件")],
                file: (name: "file", filename: "扫描件.pdf", data: Data("%PDF-1.7\n\u{0}\u{1}".utf8)))
            #expect(binary.status == .unprocessableEntity)
            #expect(binary.text.contains("扫描件.pdf") && binary.text.contains("无法读取"))
            #expect(try await count(t, "normative_documents") == documents)

            let created = try await legal.post(
                "/normative",
                [
                    ("kind", "normative_document"), ("title", "呼和浩特市市场监管行政裁量权基准适用规定"),
                    ("body", "第一条 为了规范行政裁量权的行使，制定本规定。\n第二条 本规定自印发之日起施行。"),
                ])
            #expect(created.status == .seeOther)
            let path = try #require(created.location)
            let draft = try await legal.get(path)
            #expect(draft.text.contains("起草中") && draft.text.contains("完成起草，进入评估论证"))

            #expect(try await legal.post(path + "/steps", [("action", "finish_draft")]).status == .seeOther)
            let noConclusion = try await legal.post(path + "/steps", [("action", "record_evaluation"), ("body", "")])
            #expect(noConclusion.status == .unprocessableEntity)
            #expect(noConclusion.text.contains("请填写评估论证结论"))
            #expect(
                try await legal.post(path + "/steps", [("action", "record_evaluation"), ("body", "确有必要")]).status
                    == .seeOther)
            let short = try await legal.post(
                path + "/steps",
                [("action", "open_comment"), ("opensOn", today.iso), ("closesOn", today.adding(days: 5).iso)])
            #expect(short.status == .unprocessableEntity)
            #expect(short.text.contains("规章制定程序条例") && short.text.contains("截止日期不能早于"))

            // Registration, as after deliberation yesterday: a number, the filing deadline, the library entry.
            try await move(t, path, to: .registration, deliberatedOn: today.adding(days: -1))
            let registered = try await legal.post(
                path + "/steps",
                [
                    ("action", "register"), ("numberCode", "呼市监测规"), ("publishedOn", today.iso),
                    ("effectiveOn", today.iso), ("expiresOn", today.addingMonths(24).iso),
                ])
            #expect(registered.status == .seeOther)
            let published = try await legal.get(path)
            #expect(published.text.contains("呼市监测规〔\(today.year)〕1号"))
            #expect(published.text.contains("报送备案期限") && published.text.contains("期限如何计算"))
            // Row headers are real header cells (Plot's TableRow would wrap them in a td).
            #expect(published.text.contains(#"<th scope="row">文号</th>"#) && !published.text.contains("<td><th"))
            let library = try #require(
                published.text.range(of: #"/laws/[0-9]+"#, options: .regularExpression).map {
                    String(published.text[$0])
                })
            #expect(try await t.browser().get(library).text.contains("呼和浩特市市场监管行政裁量权基准适用规定"))

            // Filing with a file; the district's officer sees nothing of it.
            let filed = try await legal.postMultipart(
                path + "/steps", fields: [("action", "submit_filing"), ("body", "报送备案")],
                file: (name: "files[]", filename: "备案报告.txt", data: Data("备案报告".utf8)))
            #expect(filed.status == .seeOther)
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get(path).status == .notFound)
            #expect(try await officer.post(path + "/steps", [("action", "register_filing")]).status == .notFound)
            // The legal officer cannot register its own filing; the city's justice bureau does.
            #expect(try await legal.post(path + "/steps", [("action", "register_filing")]).status == .forbidden)
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            #expect(try await justice.get("/normative?view=review").text.contains("呼和浩特市市场监管行政裁量权基准适用规定"))
            #expect(try await justice.post(path + "/steps", [("action", "register_filing")]).status == .seeOther)
            #expect(try await justice.post(path + "/steps", [("action", "register_filing")]).status == .conflict)
            let review = try await justice.get(path)
            #expect(review.text.contains("备案审查中") && review.text.contains("作出审查结论"))
            let evidence = try #require(
                review.text.range(of: #"/evidence/[0-9a-f]{64}"#, options: .regularExpression).map {
                    path + String(review.text[$0])
                })
            #expect(try await justice.get(evidence).body.string == "备案报告")
            #expect(try await officer.get(evidence).status == .notFound)
        }
    }

    @Test("the API creates a draft, takes steps and refuses bad ones with field names")
    func api() async throws {
        try await TestApp.with { t in
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let created = try await legal.send(
                .POST, "/normative",
                json: #"{"kind":"normative_document","title":"接口起草的文件","body":"第一条 测试。"}"#)
            #expect(created.status == .created)
            let id = try #require(created.object?["id"] as? String)
            #expect((created.object?["actions"] as? [String])?.contains("finish_draft") == true)
            let unknown = try await legal.send(.POST, "/normative/\(id)/steps", json: #"{"action":"publish_now"}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.errorFields == ["action"])
            let wrongStage = try await legal.send(.POST, "/normative/\(id)/steps", json: #"{"action":"register"}"#)
            #expect(wrongStage.status == .conflict)
            let finished = try await legal.send(.POST, "/normative/\(id)/steps", json: #"{"action":"finish_draft"}"#)
            #expect(finished.object?["stage"] as? String == "evaluation")
            #expect((finished.object?["events"] as? [Any])?.count == 1)
            #expect(try await officer.send(.GET, "/normative/\(id)").status == .notFound)
            let badKind = try await legal.send(.GET, "/normative?kind=decree")
            #expect(badKind.status == .unprocessableEntity)
            let list = try await legal.send(.GET, "/normative?q=%E6%8E%A5%E5%8F%A3")
            #expect(list.object?["total"] as? Int == 1)
            let malformed = try await legal.send(.POST, "/normative", json: #"{"kind":"normative_document""#)
            #expect(malformed.status == .badRequest)
        }
    }

    @Test("the demo region's documents went through the real steps: one reviewed, one open for comment, one late")
    func demo() async throws {
        try await TestApp.with { t in
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let review = try await justice.get("/normative?view=review")
            #expect(review.text.contains("轻微违法行为不予行政处罚清单") && review.text.contains("审查完毕"))
            let overdue = try await justice.get("/normative?view=overdue")
            #expect(overdue.text.contains("新城区行政执法公示办法") && overdue.text.contains("已逾期"))
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let list = try await legal.get("/normative")
            #expect(list.text.contains("征求意见中") && list.text.contains("合法性审核中"))
            #expect(!list.text.contains("新城区行政执法公示办法"))
        }
    }
}
