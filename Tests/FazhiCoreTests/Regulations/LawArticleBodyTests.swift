import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawArticleBody")
    struct LawArticleBodyTests {
        @Test("each line a paragraph (款), numbered by position")
        func paragraphs() {
            // given
            let text = "养犬人应当遵守本条例。\n\n犬只出户应当束犬链。\n违反前款规定的，予以警告。"
            // when
            let body = LawArticleBody(articleEid: "art_3", text: text)
            // then
            #expect(body.paragraphs.map(\.eid) == ["art_3__para_1", "art_3__para_2", "art_3__para_3"])
            #expect(body.paragraphs.map(\.text) == ["养犬人应当遵守本条例。", "犬只出户应当束犬链。", "违反前款规定的，予以警告。"])
            #expect(body.paragraphs.allSatisfy { $0.items.isEmpty })
        }

        @Test("items (项) belong to the paragraph before them; a later line is a new paragraph")
        func items() throws {
            // given
            let text = "有下列情形之一的，不予登记：\n（一）未满三月龄的；\n(二)未接种疫苗的；\n前款第二项情形消除后，可以重新申请。"
            // when
            let body = LawArticleBody(articleEid: "art_7-1", text: text)
            // then
            #expect(body.paragraphs.count == 2)
            let items = body.paragraphs[0].items
            #expect(items.map(\.eid) == ["art_7-1__para_1__point_1", "art_7-1__para_1__point_2"])
            #expect(items.map(\.number) == ["（一）", "(二)"])
            #expect(items.map(\.text) == ["未满三月龄的；", "未接种疫苗的；"])
            #expect(body.paragraphs[1].eid == "art_7-1__para_2")
            #expect(body.paragraphs[1].text == "前款第二项情形消除后，可以重新申请。")
        }

        @Test("sub-items (目) continue their item instead of counting as paragraphs")
        func subItems() {
            // given
            let text = "本条例所称设施包括：\n（一）公共设施，包括：\n1.道路；\n（2）桥梁；\n（二）其他设施。"
            // when
            let body = LawArticleBody(articleEid: "art_2", text: text)
            // then
            #expect(body.paragraphs.count == 1)
            #expect(body.paragraphs[0].items.map(\.text) == ["公共设施，包括：\n1.道路；\n（2）桥梁；", "其他设施。"])
        }

        @Test("an article that starts with items gets an empty first paragraph")
        func itemsFirst() {
            let body = LawArticleBody(articleEid: "art_9", text: "（一）警告；\n（二）罚款。")
            #expect(body.paragraphs.map(\.text) == [""])
            #expect(body.paragraphs[0].items.map(\.number) == ["（一）", "（二）"])
        }

        @Test("a bracket that is not an item number starts a paragraph")
        func notAnItem() {
            let body = LawArticleBody(articleEid: "art_1", text: "（本条已删除）\n（甲）方应当履行。")
            #expect(body.paragraphs.map(\.text) == ["（本条已删除）", "（甲）方应当履行。"])
        }

        @Test("a provision gives its body; a heading none")
        func fromProvision() {
            let article = LawProvision(
                ordinal: 1, level: .article, eid: "art_1", number: "第一条", heading: nil, text: "甲。\n乙。",
                parentEid: nil)
            let heading = LawProvision(
                ordinal: 0, level: .chapter, eid: "chp_1", number: "第一章", heading: "总则", text: "", parentEid: nil)
            #expect(article.body.paragraphs.count == 2)
            #expect(heading.body.paragraphs.isEmpty)
        }
    }
}
