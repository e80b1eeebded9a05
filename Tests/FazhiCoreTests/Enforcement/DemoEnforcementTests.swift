import Foundation
import Testing

@testable import FazhiCore

@Suite("Demo enforcement data")
struct DemoEnforcementTests {
    static func names(_ seed: OrgSeed) -> [String] { [seed.name] + seed.children.flatMap(names) }

    @Test("every demo body is an organisation of the demo region, with four officers and unique certificate numbers")
    func bodies() {
        // given
        let organisations = Set(Self.names(DemoRegion.tree))
        // when
        let numbers = DemoEnforcement.bodies.indices.flatMap { DemoEnforcement.officers($0).map(\.certificateNumber) }
        // then
        #expect(DemoEnforcement.bodies.allSatisfy { organisations.contains($0.organisation) })
        #expect(DemoEnforcement.bodies.count == 15)
        #expect(Set(numbers).count == numbers.count)
        #expect(numbers.allSatisfy { $0.count == 14 && $0.allSatisfy(\.isNumber) })
        #expect(DemoEnforcement.officers(1).map(\.certificateNumber).first == "15010020260001")
        #expect(DemoEnforcement.officers(2).map(\.certificateNumber).first == "15010020261001")
        #expect(DemoEnforcement.officers(0).map(\.term) == [.valid, .expired, .expiring, .valid])
    }

    @Test("every demo matter passes validation again, with an inspection and a licence matter per kind of body")
    func matters() throws {
        for kind in [DemoEnforcement.Kind.market, .comprehensive] {
            // given
            let matters = DemoEnforcement.matters(kind)
            // when
            let again = try matters.map { matter in
                try PowerMatterInput(
                    code: matter.code, name: matter.name, kind: matter.kind.rawValue, legalBasis: matter.legalBasis,
                    ranges: matter.benchmark.ranges.map {
                        .init(
                            circumstance: $0.circumstance, description: $0.description,
                            minimum: String($0.minimumFen / 100), maximum: String($0.maximumFen / 100))
                    }, noPenalty: matter.noPenalty, lightPenalty: matter.lightPenalty
                ).validated()
            }
            // then
            #expect(again == matters)
            #expect(Set(matters.map(\.code)).count == matters.count)
            #expect((6...10).contains(matters.filter { $0.kind == .penalty }.count))
            #expect(matters.filter { $0.kind == .inspection }.count == 1)
            #expect(matters.filter { $0.kind == .licence }.count == 1)
            #expect(matters.contains(where: \.noPenalty) && matters.contains(where: \.lightPenalty))
        }
    }

    /// 《…》第N条[第M款] of each demo matter.
    static var citations: [(law: String, article: String, paragraph: Int?)] {
        let pattern = /《([^》]+)》(第[零一二三四五六七八九十百]+条)(?:第([一二三四五六七八九十])款)?/
        let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        return (DemoEnforcement.matters(.market) + DemoEnforcement.matters(.comprehensive)).compactMap { matter in
            guard let match = matter.legalBasis.firstMatch(of: pattern) else { return nil }
            return (String(match.1), String(match.2), match.3.flatMap { $0.first.flatMap { numerals[$0] } })
        }
    }

    @Test(
        "every article the demo matters cite is in the corpus of laws, with the paragraph it names",
        .enabled(
            if: LawCorpusFixture.available, "../shared/corpus/laws is absent: the demo's citations are not checked"))
    func citationsExist() throws {
        // given
        let root = try #require(LawCorpusFixture.directory)
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
            $0.hasSuffix(".md")
        }
        #expect(Self.citations.count == 21)
        for citation in Self.citations {
            // when: the newest file whose title is the law's
            let short = citation.law.replacingOccurrences(of: "中华人民共和国", with: "")
            let candidates = files.filter { ($0 as NSString).lastPathComponent.hasPrefix(short + "(") }.sorted()
            let path = try #require(candidates.last, "\(citation.law) is not in the corpus")
            let lines = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            // then
            #expect(lines.first == "# " + citation.law, "\(path)")
            let start = try #require(
                lines.firstIndex { $0.hasPrefix(citation.article + " ") }, "\(citation.law)\(citation.article)")
            let paragraphs =
                1
                + lines[(start + 1)...].prefix { !$0.hasPrefix("第") || !$0.contains("条 ") }
                .filter { !$0.isEmpty && !$0.hasPrefix("（") && !$0.hasPrefix("(") && !$0.hasPrefix("#") }.count
            #expect(
                paragraphs >= (citation.paragraph ?? 1),
                "\(citation.law)\(citation.article) has \(paragraphs) paragraphs")
        }
    }
}
