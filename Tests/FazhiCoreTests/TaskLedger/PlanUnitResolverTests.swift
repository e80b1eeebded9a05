import Foundation
import Testing

@testable import FazhiCore

@Suite("Resolving a plan's units against the tree")
struct PlanUnitResolverTests {
    // 示范市人民政府 ─┬─ 示范市司法局 (alias 司法局)
    //                ├─ 示范市全面依法治市委员会办公室 (依法治市办)
    //                ├─ 示范市东区人民政府 ── 东区司法局 (alias 司法局)
    //                ├─ 示范市西县人民政府
    //                └─ 示范市北街道办事处
    let city = UUID(), justice = UUID(), office = UUID(), east = UUID(), eastJustice = UUID(), west = UUID()
    let street = UUID()

    var resolver: PlanUnitResolver { resolver(mappings: [:]) }

    func resolver(mappings: [String: [UUID]]) -> PlanUnitResolver {
        func org(
            _ id: UUID, _ name: String, _ short: String, _ aliases: [String], _ kind: OrgKind, _ parent: UUID?,
            _ depth: Int
        ) -> PlanUnitResolver.Organisation {
            .init(id: id, name: name, shortName: short, aliases: aliases, kind: kind, parentID: parent, depth: depth)
        }
        return PlanUnitResolver(
            government: city,
            organisations: [
                org(eastJustice, "示范市东区司法局", "东区司法局", ["司法局"], .justiceBureau, east, 2),
                org(city, "示范市人民政府", "示范市政府", ["示范市"], .government, nil, 0),
                org(justice, "示范市司法局", "市司法局", ["司法局"], .justiceBureau, city, 1),
                org(office, "示范市全面依法治市委员会办公室", "依法治市办", [], .ruleOfLawOffice, city, 1),
                org(east, "示范市东区人民政府", "东区政府", ["东区"], .government, city, 1),
                org(west, "示范市西县人民政府", "西县政府", ["西县"], .government, city, 1),
                org(street, "示范市北街道办事处", "北街道", [], .government, city, 1),
            ],
            mappings: mappings)
    }

    @Test("a name two organisations share means the one nearest the plan's government")
    func nearestWins() {
        #expect(resolver.resolve(PlanUnit(name: "司法局", role: .lead)) == .organisations([justice], needsReview: false))
        #expect(resolver.resolve(PlanUnit(name: "依法治市办", role: .lead)) == .organisations([office], needsReview: false))
        #expect(resolver.resolve(PlanUnit(name: "市协调小组", role: .lead)) == .unresolved)
    }

    @Test("collectives expand to governments by place name and to the government's departments")
    func collectives() {
        let counties = PlanUnit(
            name: "各县〔区〕", role: .responsible, collective: .governments(levels: ["县", "区"], including: []))
        #expect(resolver.resolve(counties) == .organisations([east, west], needsReview: false))
        let streets = PlanUnit(
            name: "各街道", role: .responsible, collective: .governments(levels: ["街道"], including: ["东区"]))
        #expect(resolver.resolve(streets) == .organisations([street, east], needsReview: false))
        let departments = PlanUnit(
            name: "市直有关部门", role: .cooperating, collective: .departments(of: "市", relevantOnly: true))
        #expect(resolver.resolve(departments) == .organisations([justice, office], needsReview: true))
        #expect(resolver.resolve(PlanUnit(name: "各成员单位", role: .lead, collective: .other)) == .unresolved)
    }

    @Test("a remembered mapping wins, and an empty one means nobody")
    func mappingsFirst() {
        let mapped = resolver(mappings: ["司法局": [eastJustice], "各成员单位": []])
        #expect(mapped.resolve(PlanUnit(name: "司法局", role: .lead)) == .organisations([eastJustice], needsReview: false))
        #expect(
            mapped.resolve(PlanUnit(name: "各成员单位", role: .lead, collective: .other))
                == .organisations([], needsReview: false))
    }

    @Test("place names drop 人民政府, 办事处 and 政府")
    func placeNames() {
        #expect(PlanUnitResolver.placeName("呼和浩特市新城区人民政府") == "呼和浩特市新城区")
        #expect(PlanUnitResolver.placeName("新城区海拉尔东路街道办事处") == "新城区海拉尔东路街道")
        #expect(PlanUnitResolver.placeName("东区") == "东区")
    }
}
