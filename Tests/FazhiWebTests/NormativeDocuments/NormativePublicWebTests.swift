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

/// Documents for the public-side tests, in the demo region: drafted by the city's market regulator (demo-legal's
/// organisation), filed with the city government (in demo-justice's scope). Dates are relative to today, since the
/// application's today is the real one.
struct NormativePublicSamples {
    static let drafter = "呼和浩特市市场监督管理局"
    static let filingBody = "呼和浩特市人民政府"
    static var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    let t: TestApp

    func insert(
        _ title: String, stage: NormativeStage, published: CivilDate? = nil, opens: Int? = nil, closes: Int? = nil,
        change: (inout NormativeFixtures.Document) -> Void = { _ in }
    ) async throws -> UUID {
        var document = NormativeFixtures.Document(
            title: title, drafter: try await t.org(Self.drafter), filingBody: try await t.org(Self.filingBody),
            stage: stage, publishedOn: published)
        document.commentOpensOn = opens.map { Self.today.adding(days: $0) }
        document.commentClosesOn = closes.map { Self.today.adding(days: $0) }
        document.body = "第一条 \(title)的正文。\n第二条 本办法自公布之日起施行。"
        change(&document)
        return try await NormativeFixtures.insert(document, on: t.db)
    }

    /// Removes the demo region's own documents, for tests that count whole lists.
    func withoutDemoDocuments() async throws {
        let sql = t.db as! any SQLDatabase
        try await sql.raw("DELETE FROM normative_events").run()
        try await sql.raw("DELETE FROM normative_documents").run()
    }

    func count(_ table: String) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }
}

@Suite("Normative documents, public side over HTTP: drafts, comments, catalogue")
struct NormativePublicWebTests {
    @Test("open drafts are public with a form; not yet open, moved on and never public are 404; a closed one says so")
    func draftsInPublic() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            let open = try await s.insert("开放中的办法", stage: .publicComment, opens: -5, closes: 10)
            let notYet = try await s.insert("尚未开始的办法", stage: .publicComment, opens: 1, closes: 31)
            let ended = try await s.insert("已截止的办法", stage: .publicComment, opens: -40, closes: -1)
            let movedOn = try await s.insert("已送审的办法", stage: .legalityReview, opens: -40, closes: -10)
            let never = try await s.insert("起草中的办法", stage: .drafting)
            let visitor = t.browser()

            // when
            let list = try await visitor.get("/documents/drafts")
            let page = try await visitor.get("/documents/drafts/\(open)")
            let closed = try await visitor.get("/documents/drafts/\(ended)")

            // then
            #expect(list.status == .ok)
            #expect(list.text.contains("开放中的办法") && list.text.contains("还有10天截止"))
            for hidden in ["尚未开始的办法", "已截止的办法", "已送审的办法", "起草中的办法"] { #expect(!list.text.contains(hidden)) }
            #expect(list.text.contains("征求意见</a>"))
            #expect(page.status == .ok)
            #expect(page.text.contains("开放中的办法的正文") && page.text.contains("name=\"body\""))
            #expect(closed.status == .ok)
            let closedOn = NormativePublicSamples.today.adding(days: -1).iso
            #expect(closed.text.contains("征求意见已于\(closedOn)截止") && !closed.text.contains("name=\"body\""))
            for id in [notYet, movedOn, never, UUID()] {
                #expect(try await visitor.get("/documents/drafts/\(id)").status == .notFound)
                #expect(try await visitor.get("/documents/\(id)").status == .notFound)
            }
            let late = try await visitor.post("/documents/drafts/\(ended)/comments", [("body", "迟到的意见内容")])
            #expect(late.status == .conflict && late.text.contains("征求意见已于\(closedOn)截止"))
            let hidden = try await visitor.post("/documents/drafts/\(never)/comments", [("body", "不应收到的意见")])
            #expect(hidden.status == .notFound)
            #expect(try await s.count("normative_comments") == 0)
        }
    }

    @Test("a comment is thanked with the count; a bad one is shown back beside its field; no CSRF token, no comment")
    func commenting() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            let open = try await s.insert("开放中的办法", stage: .publicComment, opens: -5, closes: 10)
            let visitor = t.browser()
            try await visitor.get("/documents/drafts/\(open)")
            let path = "/documents/drafts/\(open)/comments"

            // when / then: bad input changes nothing
            let bad = try await visitor.post(path, [("body", "不同意"), ("name", String(repeating: "名", count: 41))])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("意见内容至少5个字") && bad.text.contains("姓名不能超过40个字"))
            #expect(bad.text.contains("has-error") && bad.text.contains("不同意"))
            let forged = try await visitor.post(path, [("body", "建议明确适用范围。")], csrf: .some(nil))
            #expect(forged.status == .forbidden)
            #expect(try await s.count("normative_comments") == 0)

            // when / then: two good comments
            let first = try await visitor.post(path, [("body", "建议明确适用范围。"), ("contact", "13800000000")])
            #expect(first.status == .seeOther && first.location == "/documents/drafts/\(open)")
            #expect(try await visitor.get("/documents/drafts/\(open)").text.contains("本草案已收到1条意见"))
            try await visitor.post(path, [("body", "建议增加过渡期条款。"), ("name", "王五")])
            #expect(try await visitor.get("/documents/drafts/\(open)").text.contains("本草案已收到2条意见"))
            #expect(try await s.count("normative_comments") == 2)

            // the drafting body reads them with the contact, newest first; another unit does not find them
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            let comments = try await legal.get("/normative/\(open)/comments")
            #expect(comments.status == .ok)
            #expect(comments.text.contains("共收到 2 条意见") && comments.text.contains("13800000000"))
            let newest = try #require(comments.text.range(of: "建议增加过渡期条款。"))
            let oldest = try #require(comments.text.range(of: "建议明确适用范围。"))
            #expect(newest.lowerBound < oldest.lowerBound)
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            #expect(try await officer.get("/normative/\(open)/comments").status == .notFound)
            #expect(try await t.browser().get("/normative/\(open)/comments").status == .seeOther)
        }
    }

    @Test("one address may send ten comments in ten minutes; the eleventh is a 429 and is not stored")
    func commentFlood() async throws {
        try await TestApp.with { t in
            let s = NormativePublicSamples(t: t)
            let open = try await s.insert("开放中的办法", stage: .publicComment, opens: -5, closes: 10)
            let visitor = t.browser()
            let path = "/documents/drafts/\(open)/comments"
            // A refused form does not count against the address.
            #expect(try await visitor.post(path, [("body", "短")]).status == .unprocessableEntity)
            for n in 1...10 {
                #expect(try await visitor.post(path, [("body", "第\(n)条意见：建议细化条款。")]).status == .seeOther)
            }
            let flooded = try await visitor.post(path, [("body", "第11条意见：建议细化条款。")])
            #expect(flooded.status == .tooManyRequests)
            #expect(flooded.text.contains("提交过于频繁"))
            #expect(try await s.count("normative_comments") == 10)
        }
    }

    @Test("the catalogue shows published documents with status and filing in plain words; drafts and withdrawn are 404")
    func catalogue() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            try await s.withoutDemoDocuments()
            let today = NormativePublicSamples.today
            let filed = try await s.insert(
                "市场监管行政处罚裁量基准", stage: .underReview, published: today.adding(days: -30),
                change: {
                    $0.filedOn = today.adding(days: -20)
                    $0.registeredOn = today.adding(days: -10)
                })
            let unfiled = try await s.insert(
                "市场监管信用修复办法", stage: .published, published: today.adding(days: -3),
                change: {
                    $0.effectiveOn = today.adding(days: 30)
                    $0.filingDue = today.adding(days: 27)
                })
            let withdrawn = try await s.insert("已撤回的办法", stage: .withdrawn)
            let draft = try await s.insert("起草中的办法", stage: .deliberation)
            try await (t.db as! any SQLDatabase).raw(
                "UPDATE normative_documents SET law_work_id = 42 WHERE id = \(bind: filed)"
            ).run()
            let visitor = t.browser()

            // when
            let list = try await visitor.get("/documents")
            let notYet = try await visitor.get("/documents?status=\(LawSearchRequest.encode("尚未生效"))")
            let badFilter = try await visitor.get("/documents?year=20x6")
            let filedPage = try await visitor.get("/documents/\(filed)")
            let unfiledPage = try await visitor.get("/documents/\(unfiled)")

            // then
            #expect(list.status == .ok && list.text.contains("共 2 件"))
            #expect(list.text.contains("市场监管行政处罚裁量基准") && list.text.contains("测政规〔\(today.adding(days: -30).year)〕"))
            #expect(!list.text.contains("已撤回的办法") && !list.text.contains("起草中的办法"))
            #expect(list.text.contains("规范性文件</a>"))
            #expect(notYet.text.contains("市场监管信用修复办法") && !notYet.text.contains("市场监管行政处罚裁量基准"))
            #expect(badFilter.status == .unprocessableEntity && badFilter.text.contains("公布年份「20x6」不正确"))
            #expect(filedPage.status == .ok)
            #expect(filedPage.text.contains("予以备案登记，正在审查") && filedPage.text.contains("/laws/42"))
            #expect(filedPage.text.contains("提出审查建议") && filedPage.text.contains("name=\"documentID\""))
            #expect(filedPage.text.contains("市场监管行政处罚裁量基准的正文"))
            #expect(unfiledPage.text.contains("尚未报送备案（应于\(today.adding(days: 27).iso)前报送）"))
            #expect(unfiledPage.text.contains("尚未生效") && !unfiledPage.text.contains("name=\"documentID\""))
            for id in [withdrawn, draft] {
                #expect(try await visitor.get("/documents/\(id)").status == .notFound)
            }
            #expect(try await visitor.get("/documents/not-an-id").status == .notFound)
        }
    }

    @Test("the quarterly catalogue: registered 30 September is Q3, 1 October Q4; downloads; a bad quarter is a 422")
    func quarterlyCatalogue() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            func registered(_ title: String, _ day: String) async throws {
                _ = try await s.insert(
                    title, stage: .closed, published: CivilDate(iso: "2026-09-01"),
                    change: { $0.registeredOn = CivilDate(iso: day) })
            }
            try await registered("九月末登记的办法", "2026-09-30")
            try await registered("十月初登记的办法", "2026-10-01")
            let visitor = t.browser()

            // when
            let q3 = try await visitor.get("/documents/catalogue?year=2026&quarter=3")
            let q4 = try await visitor.get("/documents/catalogue?year=2026&quarter=4")
            let csv = try await visitor.get("/documents/catalogue.csv?year=2026&quarter=4")
            let xlsx = try await visitor.get("/documents/catalogue.xlsx?year=2026&quarter=3")
            let bad = try await visitor.get("/documents/catalogue?year=2026&quarter=5")
            let badDownload = try await visitor.get("/documents/catalogue.csv?year=abc")
            let current = try await visitor.get("/documents/catalogue")

            // then
            #expect(q3.status == .ok && q3.text.contains("2026年第三季度"))
            #expect(q3.text.contains("九月末登记的办法") && !q3.text.contains("十月初登记的办法"))
            #expect(q4.text.contains("十月初登记的办法") && !q4.text.contains("九月末登记的办法"))
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            #expect(csv.text.contains("十月初登记的办法") && csv.text.contains("2026-10-01") && !csv.text.contains("九月末"))
            #expect(xlsx.status == .ok && xlsx.body.readableBytes > 0)
            #expect(bad.status == .unprocessableEntity && bad.text.contains("季度「5」不正确"))
            #expect(badDownload.status == .unprocessableEntity)
            #expect(
                current.status == .ok
                    && current.text.contains(
                        NormativePublicQuarter(containing: .init(chinaTimeAt: Date().timeIntervalSince1970)).label)
            )
        }
    }

    @Test("the public API: catalogue, quarter, a document, drafts and comments with 201, 404, 409 and 422")
    func publicAPI() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            try await s.withoutDemoDocuments()
            let filed = try await s.insert(
                "市场监管行政处罚裁量基准", stage: .closed, published: CivilDate(iso: "2026-09-01"),
                change: { $0.registeredOn = CivilDate(iso: "2026-09-30") })
            let open = try await s.insert("开放中的办法", stage: .publicComment, opens: -1, closes: 0)
            let ended = try await s.insert("已截止的办法", stage: .publicComment, opens: -40, closes: -1)
            let api = APIClient(app: t.app, token: nil)

            // when / then: reading
            let list = try await api.send(.GET, "/documents")
            #expect(list.status == .ok && list.object?["total"] as? Int == 1)
            let item = try #require((list.object?["items"] as? [[String: Any]])?.first)
            #expect(item["filingStatus"] as? String == "呼和浩特市人民政府备案审查完毕")
            #expect(item["body"] == nil || item["body"] is NSNull)
            #expect(try await api.send(.GET, "/documents?status=nope").status == .unprocessableEntity)
            let one = try await api.send(.GET, "/documents/\(filed)")
            #expect(one.status == .ok && (one.object?["body"] as? String)?.contains("正文") == true)
            #expect(try await api.send(.GET, "/documents/\(open)").status == .notFound)
            let quarter = try await api.send(.GET, "/documents/catalogue?year=2026&quarter=3")
            #expect((quarter.object?["items"] as? [[String: Any]])?.count == 1)
            let badQuarter = try await api.send(.GET, "/documents/catalogue?year=2026&quarter=0")
            #expect(badQuarter.status == .unprocessableEntity && badQuarter.errorFields == ["quarter"])
            let drafts = try await api.send(.GET, "/documents/drafts")
            #expect(drafts.array?.map { $0["title"] as? String } == ["开放中的办法"])
            #expect(drafts.array?.first?["daysLeft"] as? Int == 0)

            // when / then: commenting
            let created = try await api.send(
                .POST, "/documents/drafts/\(open)/comments", json: #"{"body": "建议明确适用范围。", "contact": "x@example.cn"}"#)
            #expect(created.status == .created && created.object?["count"] as? Int == 1)
            let invalid = try await api.send(.POST, "/documents/drafts/\(open)/comments", json: #"{"body": "短"}"#)
            #expect(invalid.status == .unprocessableEntity && invalid.errorFields == ["body"])
            let late = try await api.send(
                .POST, "/documents/drafts/\(ended)/comments", json: #"{"body": "迟到的意见内容"}"#)
            #expect(late.status == .conflict && late.errorCode == "conflict")
            let missing = try await api.send(
                .POST, "/documents/drafts/\(filed)/comments", json: #"{"body": "不应收到的意见"}"#)
            #expect(missing.status == .notFound)
            #expect(try await s.count("normative_comments") == 1)
        }
    }
}

@Suite("Public submission throttle")
struct PublicSubmissionThrottleTests {
    @Test("counts accepted submissions per address in a sliding window")
    func window() throws {
        let throttle = PublicSubmissionThrottle(limit: 2, window: 600)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        try throttle.check("10.0.0.1", now: start)
        throttle.record("10.0.0.1", now: start)
        throttle.record("10.0.0.1", now: start.addingTimeInterval(60))
        #expect(throws: DomainError.self) { try throttle.check("10.0.0.1", now: start.addingTimeInterval(120)) }
        try throttle.check("10.0.0.2", now: start.addingTimeInterval(120))
        // The first submission leaves the window after ten minutes.
        try throttle.check("10.0.0.1", now: start.addingTimeInterval(601))
    }
}
