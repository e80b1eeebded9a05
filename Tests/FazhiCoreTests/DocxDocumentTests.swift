import Foundation
import Testing

@testable import FazhiCore

/// The parts are read back through `XLSXArchive`, the importer's package reader: a .docx is the same kind of
/// package (a ZIP of XML parts tied together by relationships) as an .xlsx.
@Suite("DocxDocument: Word export")
struct DocxDocumentTests {
    let created = Date(timeIntervalSince1970: 1_767_601_800)  // 2026-01-05 08:30:00 UTC
    let report = DocxDocument(
        title: "某县人民政府2025年度法治政府建设情况报告",
        blocks: [
            .heading("一、主要举措和成效", level: 1),
            .heading("（一）深入推进依法行政", level: 2),
            .paragraph("全年共办理行政复议案件123件。"),
            .formattedParagraph([.plain("按期办结率"), .bold("98.5%"), .plain("。")]),
            .heading("1. 行政执法", level: 3),
            .table(headers: ["单位", "件数", "按期率"], rows: [["司法局", "12", "100%"], ["公安局", "7"]]),
            .note("注：按期率为按期办结件数除以办结件数。"),
            .pageBreak,
            .heading("二、存在的不足", level: 1),
        ])

    @Test("every part is in the package, well-formed, and named in the content types and relationships")
    func parts() throws {
        // when
        let archive = try XLSXArchive(try report.data(created: created))
        // then
        let paths = [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "docProps/core.xml",
            "docProps/app.xml",
        ]
        for path in paths { #expect(try archive.element(path).name != "", "\(path)") }
        let overrides = try archive.element("[Content_Types].xml").all("Override").compactMap {
            $0.attributes["PartName"]
        }
        #expect(
            Set(overrides)
                == Set(paths.filter { !$0.hasSuffix(".rels") && $0 != "[Content_Types].xml" }.map { "/" + $0 }))
        let targets = try archive.relationships(of: "word/document.xml").map(\.path)
        #expect(targets == ["word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml"])
        #expect(
            try archive.relationships(of: "").map(\.path) == [
                "word/document.xml", "docProps/core.xml", "docProps/app.xml",
            ])
    }

    @Test("the text reads back through our own .docx reader, in order: title, headings, paragraphs, cells, note")
    func readsBack() throws {
        // when
        let text = try PlanDocx.text(of: try report.data(created: created))
        // then
        #expect(
            text.components(separatedBy: "\n") == [
                "某县人民政府2025年度法治政府建设情况报告", "一、主要举措和成效", "（一）深入推进依法行政", "全年共办理行政复议案件123件。",
                "按期办结率98.5%。", "1. 行政执法", "单位", "件数", "按期率", "司法局", "12", "100%", "公安局", "7", "",
                "注：按期率为按期办结件数除以办结件数。", "", "", "二、存在的不足",
            ])
    }

    @Test("each block points at its named style; headings outside 1…3 are set as the nearest level")
    func styles() throws {
        // given
        let document = DocxDocument(
            title: "标题", blocks: [.heading("零", level: 0), .heading("四", level: 4), .note("注"), .paragraph("正文")])
        // when
        let body = try XLSXArchive(try document.data(created: created)).element("word/document.xml")
        // then
        let styles = body.all("w:p").map { $0.first("w:pStyle")?.attributes["w:val"] }
        #expect(styles == ["Title", "Heading1", "Heading3", "Note", "Normal"])
    }

    @Test("styles.xml defines the official-document styles with Chinese fonts, sizes and fixed 28 pt lines")
    func styleSheet() throws {
        // when
        let archive = try XLSXArchive(try report.data(created: created))
        let styles = try archive.element("word/styles.xml").all("w:style")
        func style(_ id: String) throws -> XMLElementTree {
            try #require(styles.first { $0.attributes["w:styleId"] == id }, "\(id)")
        }
        func font(_ id: String) throws -> String? { try style(id).first("w:rFonts")?.attributes["w:eastAsia"] }
        func size(_ id: String) throws -> String? { try style(id).first("w:sz")?.attributes["w:val"] }
        // then
        #expect(try font("Title") == "方正小标宋简体" && size("Title") == "44")
        #expect(try style("Title").first("w:jc")?.attributes["w:val"] == "center")
        #expect(try font("Heading1") == "黑体" && font("Heading2") == "楷体_GB2312" && font("Heading3") == "仿宋_GB2312")
        #expect(try style("Heading3").first("w:b")?.attributes.isEmpty == true, "level 3 is bold")
        #expect(try style("Heading1").first("w:outlineLvl")?.attributes["w:val"] == "0")
        #expect(try font("Normal") == "仿宋_GB2312" && size("Normal") == "32")
        let spacing = try #require(try style("Normal").first("w:spacing"))
        #expect(spacing.attributes["w:line"] == "560" && spacing.attributes["w:lineRule"] == "exact")
        #expect(try style("Normal").first("w:ind")?.attributes["w:firstLineChars"] == "200")
        #expect(try size("TableText") == "24" && size("Note") == "24")
        #expect(try style("Note").first("w:color") != nil)
        let fonts = try archive.element("word/fontTable.xml").all("w:font")
        #expect(fonts.first { $0.attributes["w:name"] == "方正小标宋简体" }?.first("w:altName")?.attributes["w:val"] == "宋体")
        #expect(try archive.element("word/styles.xml").first("w:lang")?.attributes["w:eastAsia"] == "zh-CN")
    }

    @Test("the page is A4 with the standard's margins and a page number in the footer")
    func page() throws {
        // when
        let archive = try XLSXArchive(try report.data(created: created))
        let section = try #require(try archive.element("word/document.xml").first("w:sectPr"))
        // then
        #expect(section.first("w:pgSz")?.attributes == ["w:w": "11906", "w:h": "16838"])
        let margins = try #require(section.first("w:pgMar")).attributes
        #expect(margins["w:top"] == "2098" && margins["w:bottom"] == "1984")
        #expect(margins["w:left"] == "1587" && margins["w:right"] == "1474")
        #expect(try archive.element("word/footer1.xml").first("w:instrText")?.text == " PAGE ")
    }

    @Test("a table spans the text block, repeats its header row, has borders and pads short rows")
    func table() throws {
        // when
        let body = try XLSXArchive(try report.data(created: created)).element("word/document.xml")
        let table = try #require(body.first("w:tbl"))
        // then
        let rows = table.all("w:tr")
        #expect(rows.map { $0.first("w:tblHeader") != nil } == [true, false, false])
        #expect(rows.map { $0.all("w:tc").count } == [3, 3, 3])
        #expect(table.first("w:tblBorders")?.children.count == 6)
        let grid = table.all("w:gridCol").compactMap { Int($0.attributes["w:w"] ?? "") }
        #expect(grid.count == 3 && grid.reduce(0, +) <= DocxPage.textWidth)
        #expect(rows[0].first("w:b") != nil, "the header row is bold")
        let empty = DocxDocument(title: "", blocks: [.table(headers: [], rows: [[]])])
        #expect(try XLSXArchive(try empty.data(created: created)).element("word/document.xml").first("w:tbl") == nil)
    }

    @Test("markup is escaped, characters XML forbids are dropped, line breaks and tabs are kept")
    func escaping() throws {
        // given
        let document = DocxDocument(
            title: "<报告> & \"附件\"", blocks: [.paragraph("a\u{1}b\u{0}c\u{FFFE}"), .paragraph("第一行\r\n第二行\n\t第三行")])
        // when
        let data = try document.data(created: created)
        let archive = try XLSXArchive(data)
        // then
        let xml = String(decoding: try archive.data("word/document.xml"), as: UTF8.self)
        #expect(xml.contains("&lt;报告&gt; &amp; &quot;附件&quot;"))
        #expect(xml.contains("第一行</w:t><w:br/><w:t xml:space=\"preserve\">第二行</w:t><w:br/><w:tab/>"))
        #expect(try PlanDocx.text(of: data) == "<报告> & \"附件\"\nabc\n第一行\n第二行\n\t第三行")
        #expect(try archive.element("docProps/core.xml").first("dc:title")?.text == "<报告> & \"附件\"")
    }

    @Test("an empty document is still a valid .docx")
    func empty() throws {
        // when
        let data = try DocxDocument(title: "").data(created: created)
        // then
        #expect(try PlanDocx.text(of: data) == "")
        let body = try #require(try XLSXArchive(data).element("word/document.xml").first("w:body"))
        #expect(body.children.map(\.name) == ["w:sectPr"])
    }

    @Test("the same document gives the same bytes; the time of creation is in the properties only")
    func deterministic() throws {
        // when
        let first = try report.data(created: created)
        let later = try report.data(created: created.addingTimeInterval(86_400))
        // then
        #expect(try report.data(created: created) == first)
        let (a, b) = (try XLSXArchive(first), try XLSXArchive(later))
        for (path, _) in DocxPackage.parts(of: report, created: created) where path != "docProps/core.xml" {
            #expect(try a.data(path) == b.data(path), "\(path)")
        }
        let core = try a.element("docProps/core.xml")
        #expect(core.first("dcterms:created")?.text == "2026-01-05T08:30:00Z")
        #expect(try b.element("docProps/core.xml").first("dcterms:created")?.text == "2026-01-06T08:30:00Z")
        #expect(DocxPackage.w3cdtf(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }
}
