import Testing

@testable import FazhiCore

@Suite("Law citations: addresses of cited articles")
struct LawCitationTests {
    @Test("an article, a paragraph, an item and an inserted article get their library addresses")
    func addresses() throws {
        // when
        let article = try #require(LawCitation(statute: "中华人民共和国行政处罚法", article: "第六十条"))
        let paragraph = try #require(LawCitation(statute: "中华人民共和国行政复议法", article: "第八十八条第二款"))
        let item = try #require(LawCitation(statute: "某法", article: "第十二条第一款第三项"))
        let inserted = try #require(LawCitation(statute: "某法", article: "第三条之一"))

        // then
        #expect(article.articleEid == "art_60")
        #expect(article.provisionEid == "art_60")
        #expect(paragraph.articleEid == "art_88")
        #expect(paragraph.provisionEid == "art_88__para_2")
        #expect(item.provisionEid == "art_12__para_1__point_3")
        #expect(inserted.articleEid == "art_3-1")
    }

    @Test("a citation in running text: title in 《》, an optional version in brackets, then the article")
    func parsing() throws {
        let cited = try #require(LawCitation(parsing: "《中华人民共和国行政复议法》（2023-09-01）第八十八条第二款"))
        #expect(cited.statute == "中华人民共和国行政复议法")
        #expect(cited.provisionEid == "art_88__para_2")
        #expect(LawCitation(parsing: "行政处罚法第六十条") == nil)
        #expect(LawCitation(statute: "某法", article: "附则") == nil)
        #expect(LawCitation(statute: "某法", article: "第十十条") == nil)
    }

    @Test("titles are looked up with and without 中华人民共和国")
    func titleCandidates() throws {
        let short = try #require(LawCitation(statute: "行政处罚法", article: "第一条"))
        #expect(short.titleCandidates == ["行政处罚法", "中华人民共和国行政处罚法"])
    }

    @Test("every citation the platform's rules make has a readable article")
    func platformCitationsParse() {
        for (use, basis) in PlatformCitations.all {
            #expect(LawCitation(statute: basis.statute, article: basis.article) != nil, "\(use): \(basis.citation)")
        }
    }
}
