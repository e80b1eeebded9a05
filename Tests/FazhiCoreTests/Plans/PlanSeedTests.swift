import Foundation
import Testing

@testable import FazhiCore

/// The three real plans in ../shared/seeds. Their expected counts are checks, not the goal: the synthetic plans
/// in the other suites cover each rule on its own.
@Suite(
    "PlanParser on the seed plans",
    .enabled(if: PlanSeeds.available, "../shared/seeds is absent: seed plans not checked"))
struct PlanSeedTests {
    @Test("seed 001, a newspaper reprint: 9 chapters, 32 sections, and the press Q&A set aside")
    func seed001() throws {
        // given
        let document = try PlanSeeds.parse("001")
        // then
        #expect(document.title?.hasPrefix("内蒙古自治区贯彻") == true)
        #expect(document.nodes(.chapter).count == 9)
        #expect(document.nodes(.section).count == 32)
        #expect(document.nodes(.section).map(\.number) == Array(1...32))
        #expect(document.appendix?.kind == .pressQA)
        #expect(document.appendix?.title.hasSuffix("答记者问") == true)
        #expect(!document.allNodes.contains { $0.text.contains("问:") || $0.text.contains("答:") })
        #expect(document.preamble.count == 2)
        #expect(document.closing.isEmpty)
        // the two paragraphs split across lines are joined, and reported
        #expect(document.warnings.filter { $0.kind == .joinedLines }.map(\.line) == [31, 133])
        #expect(document.nodes(.section)[4].text.contains("审议法规草案会议的1个月前提出立法议案"))
    }

    @Test("seed 001: deadlines of every kind in the text, with their dates")
    func seed001Deadlines() throws {
        let document = try PlanSeeds.parse("001")
        let deadlines = document.allNodes.flatMap(\.deadlines)
        let texts = deadlines.map(\.text)
        #expect(texts.contains("2022年4月底前"))
        #expect(texts.contains("2022年年底前"))
        #expect(texts.contains("2025年前"))
        #expect(deadlines.first { $0.text == "2022年4月底前" }?.date == CivilDate(year: 2022, month: 4, day: 30))
        #expect(deadlines.contains { if case .relative(let r) = $0.kind { r.anchor == "行政规范性文件有效期届满" } else { false } })
        #expect(
            deadlines.contains { if case .relative(let r) = $0.kind { r.anchor.hasSuffix("审议法规草案会议") } else { false } })
        #expect(deadlines.contains { if case .recurring(let r) = $0.kind { r.period == .yearly } else { false } })
    }

    @Test("seed 001 names no units: actors of 「……要……」 sentences are suggested")
    func seed001Actors() throws {
        let document = try PlanSeeds.parse("001")
        #expect(document.distinctUnits.isEmpty)
        let actors = Set(document.tasks.flatMap(\.suggestedActors))
        #expect(actors.isSuperset(of: ["各级党委", "各级政府", "主要执行部门"]))
    }

    @Test("seed 002: 5 chapters, 22 sections, 60 items, every item with its units")
    func seed002() throws {
        // given
        let document = try PlanSeeds.parse("002")
        // then
        #expect(document.title == nil)
        #expect(document.preamble.count == 1)
        #expect(document.nodes(.chapter).count == 5)
        #expect(document.nodes(.section).count == 22)
        let items = document.nodes(.item)
        #expect(items.map(\.number) == Array(1...60))
        #expect(items.allSatisfy { !$0.units.isEmpty })
        #expect(document.closing.count == 2)
        #expect(document.warnings.isEmpty)
        // 总体要求 is guidance: no tasks
        #expect(document.nodes[0].isGuidance)
        #expect(document.nodes(.section)[0].title == "指导思想")
        #expect(document.nodes[0].children.allSatisfy { $0.tasks.isEmpty })
    }

    @Test("seed 002: shared prefixes and collective names in the unit lists")
    func seed002Units() throws {
        let document = try PlanSeeds.parse("002")
        let items = document.nodes(.item)
        #expect(
            items[0].units.map(\.name) == ["自治区党委宣传部", "自治区党委依法治区办", "各市", "各县〔区〕"])
        #expect(items[0].units[2].collective == .governments(levels: ["市"], including: []))
        #expect(
            items[11].units.map(\.name) == [
                "自治区司法厅", "自治区党委政法委", "自治区高级法院", "自治区公安厅", "各市", "各县〔区〕", "各乡镇〔街道〕",
            ])
        #expect(
            items[54].units.prefix(3).map(\.name) == ["自治区纪委监委", "自治区党委组织部", "自治区党委政法委"])
        #expect(items[54].units[3].name == "自治区高级法院")
        #expect(items[30].units[1].collective == .departments(of: "区", relevantOnly: true))
    }

    @Test("seed 003: 7 chapters, 20 items, two numbering repairs, 19 distinct units")
    func seed003() throws {
        // given
        let document = try PlanSeeds.parse("003")
        // then
        #expect(document.nodes(.chapter).count == 7)
        let items = document.nodes(.item)
        #expect(items.map(\.number) == Array(1...20))
        let repairs = document.warnings.filter { $0.kind == .missingNumber || $0.kind == .wrongNumber }
        #expect(repairs.map(\.kind) == [.missingNumber, .wrongNumber])
        #expect(repairs.map(\.line) == [3, 16])
        #expect(items[0].printedMarker == nil)
        #expect(items[0].title == "抓好习近平法治思想学习培训")
        #expect(items[10].printedMarker == "1")
        #expect(items[10].title == "规范行政执法行为")
        #expect(document.distinctUnits.count == 19)
        #expect(document.closing.count == 1)
        #expect(document.closing.first?.text.hasPrefix("总之") == true)
    }
}
