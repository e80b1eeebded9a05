import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawFileParser: kind, region, issuer and work key from the path and history")
    struct LawWorkKeyTests {
        let text = "# 中华人民共和国示例法\n2017年9月1日 第十二届全国人民代表大会常务委员会第二十九次会议修正\n<!-- INFO END -->\n第一条 甲。"

        @Test("two versions of a law share a work key; the 法律部门 folder is the category and not part of it")
        func versions() throws {
            // when
            let old = try parseLaw(text, path: "行政法/示例法(2017-09-01).md")
            let new = try parseLaw(text, path: "诉讼与非诉讼程序法/示例法(2023-09-01).md")
            // then
            #expect(old.workKey == new.workKey)
            #expect(old.workKey == "法律||中华人民共和国示例法")
            #expect(old.category == "行政法")
            #expect(new.category == "诉讼与非诉讼程序法")
            #expect(old.kind == .law)
            #expect(old.issuer == "全国人民代表大会常务委员会")
        }

        @Test("spacing and bracket widths do not split a work; subtitle, kind and region do")
        func normalisation() {
            let plain = LawWorkKey.make(kind: .law, region: nil, title: "示例法(修正案)", subtitle: nil)
            #expect(plain == LawWorkKey.make(kind: .law, region: nil, title: "示例法 （修正案）", subtitle: nil))
            #expect(plain == "法律||示例法（修正案）")
            #expect(LawWorkKey.make(kind: .law, region: nil, title: "示例法典", subtitle: "合同编") == "法律||示例法典|合同编")
            #expect(
                LawWorkKey.make(kind: .localRegulation, region: "北京", title: "示例条例", subtitle: nil)
                    != LawWorkKey.make(kind: .localRegulation, region: "上海", title: "示例条例", subtitle: nil))
        }

        @Test(
            "folders name the kind",
            arguments: [
                ("宪法/示例.md", "宪法"), ("宪法相关法/示例.md", "法律"), ("民法典/示例.md", "法律"), ("刑法/示例.md", "法律"),
                ("行政法规/示例.md", "行政法规"), ("司法解释/示例.md", "司法解释"), ("部门规章/公安部/示例.md", "部门规章"),
                ("DLC/北京地方法规/地方性法规/北京/示例.md", "地方性法规"), ("案例/劳动人事/示例.md", "案例"), ("其他/示例.md", "其他"),
                ("地方政府规章/示例.md", "地方政府规章"), ("军事法规/示例.md", "军事法规"),
            ])
        func kinds(path: String, kind: String) throws {
            let file = try parseLaw(text, path: path)
            #expect(file.kind.rawValue == kind)
        }

        @Test("region and issuer of local regulations: the adopting city's congress, else the province's")
        func local() throws {
            // given
            let city =
                "# 示例市条例\n2018年12月26日 示例市第十九届人民代表大会常务委员会第十七次会议通过\n2019年2月12日 山东省第十三届人民代表大会常务委员会第十次会议批准\n<!-- INFO END -->\n第一条 甲。"
            let bare = "# 示例条例\n<!-- INFO END -->\n第一条 甲。"
            // when
            let cityFile = try parseLaw(city, path: "DLC/山东地方法规/地方性法规/山东/示例市条例(2019-02-28).md")
            let bareFile = try parseLaw(bare, path: "DLC/北京地方法规/地方性法规/北京/示例条例(2019-02-28).md")
            // then
            #expect(cityFile.region == "山东")
            #expect(cityFile.issuer == "示例市人民代表大会常务委员会")
            #expect(cityFile.workKey == "地方性法规|山东|示例市条例")
            #expect(bareFile.issuer == "北京市人民代表大会常务委员会")
        }

        @Test("issuers of national documents")
        func national() throws {
            let npc = "# 甲\n1996年3月17日 第八届全国人民代表大会第四次会议通过\n<!-- INFO END -->\n第一条 甲。"
            let court = "# 最高人民法院、最高人民检察院关于示例的解释\n<!-- INFO END -->\n第一条 甲。"
            let military = "# 乙\n2000年7月24日 中华人民共和国国务院、中华人民共和国中央军事委员会令第288号公布\n<!-- INFO END -->\n第一条 甲。"
            #expect(try parseLaw(npc, path: "行政法/甲.md").issuer == "全国人民代表大会")
            #expect(try parseLaw(court, path: "司法解释/丙.md").issuer == "最高人民法院、最高人民检察院")
            #expect(try parseLaw(npc, path: "行政法规/甲.md").issuer == "国务院")
            #expect(try parseLaw(military, path: "行政法规/乙.md").issuer == "国务院、中央军事委员会")
            #expect(try parseLaw(npc, path: "案例/主题/甲.md").issuer == nil)
        }
    }
}
