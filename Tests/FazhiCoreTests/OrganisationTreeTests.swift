import Foundation
import Testing

@testable import FazhiCore

@Suite("OrganisationTree.sorted")
struct OrganisationTreeTests {
    @Test func departmentsComeBeforeGovernmentsThenByNameDepthFirst() {
        // given a region whose departments and governments arrive shuffled
        let region = makeOrg(uuid(1), "内蒙古自治区人民政府", .government)
        let justice = makeOrg(uuid(2), "内蒙古自治区司法厅", .justiceBureau, below: region)
        let transport = makeOrg(uuid(3), "内蒙古自治区交通运输厅", .enforcementAgency, below: region)
        let hohhot = makeOrg(uuid(4), "呼和浩特市人民政府", .government, below: region)
        let ordos = makeOrg(uuid(5), "鄂尔多斯市人民政府", .government, below: region)
        let hohhotJustice = makeOrg(uuid(6), "呼和浩特市司法局", .justiceBureau, below: hohhot)
        let county = makeOrg(uuid(7), "呼和浩特市新城区人民政府", .government, below: hohhot)
        let other = makeOrg(uuid(8), "鄂尔多斯市律师协会", .other, below: ordos)
        let shuffled = [county, ordos, justice, other, hohhotJustice, region, hohhot, transport]
        // when
        let sorted = OrganisationTree.sorted(shuffled)
        // then: names compare by Unicode code point, so 交 (U+4EA4) sorts before 司 (U+53F8)
        #expect(
            sorted.map(\.org.name) == [
                "内蒙古自治区人民政府",
                "内蒙古自治区交通运输厅",
                "内蒙古自治区司法厅",
                "呼和浩特市人民政府",
                "呼和浩特市司法局",
                "呼和浩特市新城区人民政府",
                "鄂尔多斯市人民政府",
                "鄂尔多斯市律师协会",
            ])
        #expect(sorted.map(\.depth) == [0, 1, 1, 1, 2, 2, 1, 2])
    }

    @Test(
        "every kind other than government counts as a department",
        arguments: OrgKind.allCases.filter { $0 != .government })
    func nonGovernmentsComeFirst(kind: OrgKind) {
        // given a department whose name sorts after its sibling government's
        let top = makeOrg(uuid(1), "M", .government)
        let government = makeOrg(uuid(2), "A 政府", .government, below: top)
        let department = makeOrg(uuid(3), "Z 部门", kind, below: top)
        // when
        let sorted = OrganisationTree.sorted([government, department, top])
        // then
        #expect(sorted.map(\.org.id) == [top.id, department.id, government.id])
    }

    @Test func organisationsWhoseParentIsMissingStartTheList() {
        // given the orgs a county scope returns: its parent city is not among them
        let city = makeOrg(uuid(1), "市政府", .government)
        let county = makeOrg(uuid(2), "区政府", .government, below: city)
        let bureau = makeOrg(uuid(3), "区司法局", .justiceBureau, below: county)
        let market = makeOrg(uuid(4), "市市场监管局", .enforcementAgency, below: city)
        // when
        let sorted = OrganisationTree.sorted([bureau, county, market])
        // then
        #expect(sorted.map(\.org.id) == [market.id, county.id, bureau.id])
        #expect(sorted.map(\.depth) == [0, 0, 1])
    }

    @Test func anEmptyListStaysEmpty() {
        // given
        let orgs: [Organisation] = []
        // when
        let sorted = OrganisationTree.sorted(orgs)
        // then
        #expect(sorted.isEmpty)
    }

    @Test("property: a random forest comes out whole, each organisation right below its parent, siblings ordered")
    func randomForests() {
        // given
        var rng = SplitMix64(seed: 0xF0_2E57)
        var failures: [String] = []
        for round in 0..<200 {
            var orgs: [Organisation] = []
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                let parent =
                    orgs.isEmpty || Int.random(in: 0..<5, using: &rng) == 0 ? nil : orgs.randomElement(using: &rng)
                let name = String((0..<3).map { _ in "甲乙丙丁AB".randomElement(using: &rng)! })
                orgs.append(makeOrg(rng.uuid(), name, OrgKind.allCases.randomElement(using: &rng)!, below: parent))
            }
            // when
            let sorted = OrganisationTree.sorted(orgs.shuffled(using: &rng))
            // then
            if let problem = Self.problem(in: sorted, from: orgs) { failures.append("round \(round): \(problem)") }
        }
        expectNone(failures, "badly ordered forests")
    }

    /// What is wrong with `sorted` as a display order of `orgs`, or nil.
    static func problem(in sorted: [(org: Organisation, depth: Int)], from orgs: [Organisation]) -> String? {
        guard
            sorted.map(\.org.id).sorted(by: { $0.uuidString < $1.uuidString })
                == orgs.map(\.id).sorted(by: { $0.uuidString < $1.uuidString })
        else { return "not a permutation of the input" }
        var open: [Organisation] = []  // the chain of ancestors of the current row
        var lastChild: [UUID?: Organisation] = [:]
        for (org, depth) in sorted {
            guard depth <= open.count else { return "\(org.name) jumps to depth \(depth)" }
            open.removeLast(open.count - depth)
            let expectedParent = open.last?.id
            guard org.parentID == expectedParent || (depth == 0 && !orgs.contains { $0.id == org.parentID }) else {
                return "\(org.name) is not below its parent"
            }
            if let previous = lastChild[expectedParent] {
                let pg = previous.kind == .government
                let og = org.kind == .government
                if (pg && !og) || (pg == og && previous.name > org.name) {
                    return "\(previous.name) before \(org.name)"
                }
            }
            lastChild[expectedParent] = org
            open.append(org)
        }
        return nil
    }
}
