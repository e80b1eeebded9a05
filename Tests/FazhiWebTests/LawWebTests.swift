import FazhiTestSupport
import Foundation
import FoundationXML
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Law library pages and API")
struct LawWebTests {
    /// `/laws/<work>` of the fixture law, and its two version ids.
    func law(_ t: TestApp) async throws -> (work: Int, v1: Int, v2: Int) {
        try await LawFixtures.load(on: t.db)
        let v1 = try await LawFixtures.ids(of: LawFixtures.lawV1, on: t.db)
        let v2 = try await LawFixtures.ids(of: LawFixtures.lawV2, on: t.db)
        return (v1.work, v1.version, v2.version)
    }

    @Test("the search page needs no login, marks the matches and links each hit's article")
    func searchPage() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)

            // when
            let page = try await t.browser().get("/laws?q=%E5%90%AC%E8%AF%81")  // 听证

            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("共 2 件"))
            #expect(page.text.contains("<mark>听证</mark>"))
            #expect(page.text.contains("href=\"/laws/\(ids.work)/art_3\""))
            #expect(page.text.contains("示范听证程序条例"))
            #expect(page.text.contains("<option value>全部类别</option>"), "an empty choice must submit nothing")
        }
    }

    @Test("a one-character query or a bad date is answered 422 with the message beside its field")
    func searchErrors() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            try await LawFixtures.load(on: t.db)

            // when
            let short = try await t.browser().get("/laws?q=%E6%B3%95")  // 法
            let date = try await t.browser().get("/laws?q=%E5%90%AC%E8%AF%81&from=2020-13-45")
            let api = try await t.browser().get("/api/v1/laws?q=%E6%B3%95")

            // then
            #expect(short.status == .unprocessableEntity)
            #expect(short.text.contains("field-error"))
            #expect(date.status == .unprocessableEntity)
            #expect(date.text.contains("公布日期（起）"))
            #expect(api.status == .unprocessableEntity)
            let error = api.object?["error"] as? [String: Any]
            let fields = error?["fields"] as? [[String: Any]]
            #expect(fields?.first?["field"] as? String == "q")
        }
    }

    @Test("the document page shows the newest text, the version in force on a day, and searches within")
    func documentPage() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)
            let browser = t.browser()

            // when
            let newest = try await browser.get("/laws/\(ids.work)")
            let old = try await browser.get("/laws/\(ids.work)?asOf=2020-01-01")
            let within = try await browser.get("/laws/\(ids.work)?q=%E5%90%AC%E8%AF%81")
            let missing = try await browser.get("/laws/9999")
            let wrongVersion = try await browser.get("/laws/\(ids.work)/versions/999")

            // then
            #expect(newest.status == .ok)
            #expect(newest.text.contains("依照法定程序实施"))
            #expect(newest.text.contains("id=\"art_3\""))
            #expect(newest.text.contains("与上一版本对照"))
            #expect(old.text.contains("在法定职权范围内实施") && !old.text.contains("依照法定程序"))
            #expect(old.text.contains("已修改") == false, "on 2020-01-01 the first version was in force")
            #expect(within.text.contains("「听证」在本文件中：1 条"))
            #expect(missing.status == .notFound)
            #expect(wrongVersion.status == .notFound)
        }
    }

    @Test("an article's stable address shows it on a day, and how it read in every version")
    func articlePage() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)

            // when
            let today = try await t.browser().get("/laws/\(ids.work)/art_2")
            let before = try await t.browser().get("/laws/\(ids.work)/art_2?asOf=2018-01-01")
            let unknown = try await t.browser().get("/laws/\(ids.work)/art_99")

            // then
            #expect(today.status == .ok)
            #expect(today.text.contains("依照法定程序"))
            #expect(today.text.contains("有修改"))
            #expect(before.text.contains("2018-01-01时有效的版本：2017-09-01"))
            #expect(unknown.status == .notFound)
        }
    }

    @Test("comparing two versions pairs articles by content and marks the words that changed")
    func comparePage() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)

            // when
            let page = try await t.browser().get("/laws/\(ids.work)/compare?from=\(ids.v1)&to=\(ids.v2)")
            let api = try await t.browser().get("/api/v1/laws/\(ids.work)/compare?from=\(ids.v1)&to=\(ids.v2)")
            let bad = try await t.browser().get("/laws/\(ids.work)/compare?from=\(ids.v1)&to=abc")

            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("<ins>依照法定程序</ins>"))
            #expect(page.text.contains("新增"))
            let rows = api.object?["rows"] as? [[String: Any]]
            #expect(rows?.contains { $0["change"] as? String == "added" && $0["newEid"] as? String == "art_3" } == true)
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test("the API: search, a work, a version's structure, an article on a day")
    func api() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)
            let browser = t.browser()

            // when
            let search = try await browser.get("/api/v1/laws?q=%E5%A4%84%E7%BD%9A&perPage=2")  // 处罚
            let work = try await browser.get("/api/v1/laws/\(ids.work)")
            let version = try await browser.get("/api/v1/laws/\(ids.work)/versions/\(ids.v2)")
            let article = try await browser.get("/api/v1/laws/\(ids.work)/articles/art_2?asOf=2019-06-01")
            let within = try await browser.get(
                "/api/v1/laws/\(ids.work)/versions/\(ids.v2)/search?q=%E5%90%AC%E8%AF%81")

            // then
            #expect(search.object?["total"] as? Int == 3)
            #expect((search.object?["results"] as? [Any])?.count == 2)
            #expect((work.object?["versions"] as? [Any])?.count == 2)
            let provisions = version.object?["provisions"] as? [[String: Any]]
            let hearing = provisions?.first { $0["eid"] as? String == "art_3" }
            let paragraphs = hearing?["paragraphs"] as? [[String: Any]]
            #expect((paragraphs?.first?["items"] as? [Any])?.count == 2)
            let articleVersion = article.object?["version"] as? [String: Any]
            #expect(articleVersion?["id"] as? Int == ids.v1)
            #expect((within.array)?.count == 1)
        }
    }

    @Test("the Akoma Ntoso export is well-formed XML naming the work and its articles")
    func akomaNtoso() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let ids = try await law(t)

            // when
            let response = try await t.browser().get("/laws/\(ids.work)/versions/\(ids.v2)/akn.xml")

            // then
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "akn+xml")
            let document = try XMLDocument(data: Data(response.text.utf8))
            #expect(try document.nodes(forXPath: "//*[local-name()='article']").count == 4)
            #expect(response.text.contains("eId=\"art_3\""))
        }
    }

    @Test("引用核查 lists every article the platform's rules cite with its verdict, as a page and as JSON")
    func citations() async throws {
        try await TestApp.with(demo: false) { t in
            // given: a library without the statutes the rules cite
            try await LawFixtures.load(on: t.db)

            // when
            let page = try await t.browser().get("/laws/citations")
            let api = try await t.browser().get("/api/v1/laws/citations")

            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("处引用需要核对"))
            #expect(page.text.contains("文件库中未收录"))
            let rows = try #require(api.array)
            #expect(rows.count == PlatformCitations.all.count)
            #expect(rows.allSatisfy { $0["verdict"] as? String == "notInLibrary" && $0["alert"] as? Bool == true })
        }
    }

    @Test("the demo region's library: its regulation in two versions, searchable and comparable")
    func demoLibrary() async throws {
        try await TestApp.with(demo: true) { t in
            // when
            let search = try await t.browser().get(
                "/api/v1/laws?q=%E6%B6%89%E4%BC%81%E8%A1%8C%E6%94%BF%E6%A3%80%E6%9F%A5")  // 涉企行政检查
            let results = try #require(search.object?["results"] as? [[String: Any]])
            let version = try #require(results.first?["version"] as? [String: Any])
            let work = try #require(version["workId"] as? Int)
            let detail = try await t.browser().get("/api/v1/laws/\(work)")

            // then
            #expect(version["title"] as? String == "内蒙古自治区行政执法监督条例")
            #expect((detail.object?["versions"] as? [Any])?.count == 2)
        }
    }

    @Test("a deadline's page links the article its rule cites when the library holds it, and flags a changed one")
    func deadlineBasisLinks() async throws {
        try await TestApp.with { t in
            // given: a made-up text filed as the 行政处罚法 of 2021-01-22, whose 第六十条 is the rule's basis
            let statute = (
                "行政法/行政处罚法(2021-01-22).md",
                """
                # 中华人民共和国行政处罚法

                2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订

                <!-- INFO END -->

                第五十九条 （测试用文本）行政机关依照本法作出行政处罚决定。

                第六十条 （测试用文本）行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定。
                """
            )
            try await LawFixtures.load(on: t.db, [statute])
            let work = try await LawFixtures.ids(of: statute, on: t.db).work
            let browser = t.browser()
            try await browser.signIn("demo-legal")
            let me = try await t.user("demo-legal")

            // when
            let created = try await browser.post(
                "/deadlines",
                [
                    ("subject", "某公司违法排污案"), ("ruleID", "punishment.decision"), ("start", "2026-11-11"),
                    ("ownerID", me.id.uuidString),
                ])
            let detail = try await browser.get(try #require(created.location))

            // then
            #expect(detail.text.contains("法律依据原文："))
            #expect(detail.text.contains("href=\"/laws/\(work)/art_60\""))
            #expect(!detail.text.contains("条文已修改"))

            // when: a later version changes the article
            let amended = (
                "行政法/行政处罚法(2024-06-01).md",
                statute.1.replacingOccurrences(of: "九十日内", with: "六十日内").replacingOccurrences(
                    of: "2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订",
                    with: "2021年1月22日 第十三届全国人民代表大会常务委员会第二十五次会议修订\n2024年6月1日 测试修正")
            )
            try await LawFixtures.load(on: t.db, [statute, amended])

            // then
            #expect(try await browser.get(try #require(created.location)).text.contains("条文已修改"))
        }
    }
}
