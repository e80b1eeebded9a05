import Foundation
import Testing

@testable import FazhiCore

@Suite("AkomaNtoso: FRBR metadata, dates and history")
struct AkomaNtosoMetadataTests {
    let article = AkomaNtosoSamples.article(0, "art_1", "第一条", "为了规范行政处罚，制定本法。")

    @Test("work, expression and manifestation URIs: the year of first enactment, the work id, zho@version date")
    func uris() throws {
        // given
        let metadata = AkomaNtosoSamples.metadata()

        // when
        let root = try AkomaNtosoSamples.parse(metadata, provisions: [article])

        // then
        let act = try #require(root.first("act"))
        #expect(root.attributes["xmlns"] == "http://docs.oasis-open.org/legaldocml/ns/akn/3.0")
        #expect(act.attributes["name"] == "law")
        let work = try #require(root.first("FRBRWork"))
        #expect(work.first("FRBRthis")?.attributes["value"] == "/akn/cn/act/law/2017/12/!main")
        #expect(work.first("FRBRuri")?.attributes["value"] == "/akn/cn/act/law/2017/12")
        #expect(work.first("FRBRdate")?.attributes["date"] == "2017-09-01")
        #expect(work.first("FRBRcountry")?.attributes["value"] == "cn")
        #expect(work.first("FRBRsubtype")?.attributes["value"] == "law")
        #expect(work.first("FRBRnumber")?.attributes["value"] == "12")
        let expression = try #require(root.first("FRBRExpression"))
        #expect(expression.first("FRBRthis")?.attributes["value"] == "/akn/cn/act/law/2017/12/zho@2021-01-22/!main")
        #expect(expression.first("FRBRuri")?.attributes["value"] == "/akn/cn/act/law/2017/12/zho@2021-01-22")
        #expect(expression.first("FRBRdate")?.attributes["date"] == "2021-01-22")
        #expect(expression.first("FRBRlanguage")?.attributes["language"] == "zho")
        let manifestation = try #require(root.first("FRBRManifestation"))
        #expect(manifestation.first("FRBRthis")?.attributes["value"] == "/akn/cn/act/law/2017/12/zho@2021-01-22/!main")
    }

    @Test("document types and subtypes per kind; unknown kinds are generic docs")
    func kinds() {
        // given
        let kinds: [LawKind] = [
            .constitution, .law, .administrativeRegulation, .judicialInterpretation, .localRegulation,
            .departmentalRule, .localGovernmentRule, .normativeDocument, .caseReport, .other,
            LawKind(rawValue: "党内法规"),
        ]

        // when
        let types = kinds.map { AkomaNtoso.DocumentType($0) }

        // then
        #expect(types.map(\.element) == Array(repeating: "act", count: 8) + ["doc", "doc", "doc"])
        #expect(
            types.map(\.subtype) == [
                "constitution", "law", "administrative-regulation", "judicial-interpretation", "local-regulation",
                "departmental-rule", "local-government-rule", "normative-document", "case-report", "other", "other",
            ])
    }

    @Test("a region with an ISO 3166-2:CN code is the URI's locality; its name stays in a TLCLocation")
    func region() throws {
        // given
        var metadata = AkomaNtosoSamples.metadata()
        metadata.kind = .localRegulation
        metadata.region = "北京"
        var unknownPlace = metadata
        unknownPlace.region = "某地"

        // when
        let beijing = try AkomaNtosoSamples.parse(metadata, provisions: [article])
        let elsewhere = try AkomaNtosoSamples.parse(unknownPlace, provisions: [article])

        // then
        #expect(beijing.first("FRBRuri")?.attributes["value"] == "/akn/cn-bj/act/local-regulation/2017/12")
        #expect(beijing.first("FRBRcountry")?.attributes["value"] == "cn-bj")
        #expect(beijing.first("TLCLocation")?.attributes["showAs"] == "北京")
        #expect(elsewhere.first("FRBRuri")?.attributes["value"] == "/akn/cn/act/local-regulation/2017/12")
        #expect(elsewhere.first("TLCLocation")?.attributes["showAs"] == "某地")
        #expect(AkomaNtoso.locality(of: "广东省深圳市") == "gd")
        #expect(AkomaNtoso.locality(of: "内蒙古自治区") == "nm")
    }

    @Test("history lines are lifecycle events; the effective date starts the in-force period")
    func lifecycle() throws {
        // given
        let metadata = AkomaNtosoSamples.metadata()

        // when
        let root = try AkomaNtosoSamples.parse(metadata, provisions: [article])

        // then
        #expect(root.first("act")?.attributes["contains"] == "singleVersion")
        let events = try #require(root.first("lifecycle")).all("eventRef")
        #expect(events.map { $0.attributes["date"] } == ["2017-09-01", "2021-01-22", "2021-07-15"])
        #expect(events.map { $0.attributes["type"] } == ["generation", "amendment", nil])
        let tlcEvents = Dictionary(uniqueKeysWithValues: root.all("TLCEvent").map { ("#" + $0.attributes["eId"]!, $0) })
        #expect(
            events.map { tlcEvents[$0.attributes["refersTo"]!]?.attributes["showAs"] } == [
                "第十二届全国人民代表大会常务委员会第二十九次会议通过", "第十三届全国人民代表大会常务委员会第二十五次会议修订",
                "自2021年7月15日起施行",
            ])
        let start = try #require(root.first("timeInterval")?.attributes["start"])
        #expect(start == "#" + (events.last?.attributes["eId"] ?? ""))
    }

    @Test("a history line that says when the text took effect is the in-force event, and no version is amended")
    func statedEffectiveDate() throws {
        // given
        var metadata = AkomaNtosoSamples.metadata()
        metadata.history = [
            LawHistoryEvent(date: AkomaNtosoSamples.date(2020, 5, 28), text: "第十三届全国人民代表大会第三次会议通过"),
            LawHistoryEvent(date: AkomaNtosoSamples.date(2021, 1, 1), text: "施行"),
        ]
        metadata.effectiveOn = AkomaNtosoSamples.date(2021, 1, 1)

        // when
        let root = try AkomaNtosoSamples.parse(metadata, provisions: [article])

        // then
        #expect(root.first("act")?.attributes["contains"] == nil)
        let events = root.all("eventRef")
        #expect(events.map { $0.attributes["eId"] } == ["lifecycle_1", "lifecycle_2"])
        #expect(root.first("timeInterval")?.attributes["start"] == "#lifecycle_2")
        #expect(root.first("FRBRWork")?.first("FRBRdate")?.attributes["date"] == "2020-05-28")
    }

    @Test("each of joint issuers is an author; the 文号 and subtitle are aliases and printed in the preface")
    func authorsAndAliases() throws {
        // given
        var metadata = AkomaNtosoSamples.metadata()
        metadata.kind = .judicialInterpretation
        metadata.issuer = "最高人民法院、最高人民检察院"
        metadata.documentNumber = "法释〔2021〕11号"
        metadata.subtitle = "（二）"

        // when
        let root = try AkomaNtosoSamples.parse(metadata, provisions: [article])

        // then
        let authors = try #require(root.first("FRBRWork")).all("FRBRauthor").map { $0.attributes["href"] }
        #expect(authors == ["#issuer_1", "#issuer_2"])
        #expect(root.all("TLCOrganization").compactMap { $0.attributes["showAs"] } == ["Fazhi", "最高人民法院", "最高人民检察院"])
        let aliases = root.all("FRBRalias").map { ($0.attributes["name"] ?? "") + "=" + ($0.attributes["value"] ?? "") }
        #expect(aliases == ["title=中华人民共和国示范处罚法", "subtitle=（二）", "documentNumber=法释〔2021〕11号"])
        #expect(root.first("docNumber")?.text == "法释〔2021〕11号")
        #expect(root.all("docDate").map { $0.attributes["date"] } == ["2017-09-01", "2021-01-22"])
    }
}
