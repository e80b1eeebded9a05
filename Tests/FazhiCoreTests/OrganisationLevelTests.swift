import Foundation
import Testing

@testable import FazhiCore

@Suite("OrganisationTree.levelNames")
struct OrganisationLevelTests {
    @Test func governmentsAndDepartmentsGetTheLevelOfTheirGovernment() {
        // given the demo-like chain 自治区政府 → 司法厅, 自治区政府 → 市政府 → 市司法局 → (none)
        let region = UUID(), justice = UUID(), city = UUID(), cityJustice = UUID()
        func org(_ id: UUID, _ kind: OrgKind, _ path: [UUID]) -> Organisation {
            Organisation(
                id: id, name: "\(kind)", shortName: "", kind: kind, parentID: path.dropLast().last,
                path: OrgPath(value: "/" + path.map { $0.uuidString.lowercased() }.joined(separator: "/") + "/"),
                creditCode: nil, aliases: [], active: true)
        }
        let orgs = [
            org(region, .government, [region]), org(justice, .justiceBureau, [region, justice]),
            org(city, .government, [region, city]), org(cityJustice, .justiceBureau, [region, city, cityJustice]),
        ]
        // when
        let levels = OrganisationTree.levelNames(orgs, preset: .innerMongolia)
        // then
        #expect(levels[region] == "自治区")
        #expect(levels[justice] == "自治区")
        #expect(levels[city] == "盟市")
        #expect(levels[cityJustice] == "盟市")
        #expect(OrganisationTree.levelNames(orgs, preset: .ningxia)[city] == "市")
    }
}
