import Foundation
import Testing

@testable import FazhiCore

@Suite("Scope")
struct ScopeTests {
    // 自治区 ─┬─ 司法厅
    //         └─ 市政府 ─┬─ 市司法局
    //                    ├─ 市依法治市办
    //                    ├─ 市场监管局 ── 法制科 (department)
    //                    └─ 区政府 ─┬─ 区依法治区办
    //                               └─ 区市场监管局
    //         └─ 另一市政府 ── 另一市市场监管局
    let region = makeOrg(uuid(1), "内蒙古自治区人民政府", .government)
    var regionJustice: Organisation { makeOrg(uuid(2), "内蒙古自治区司法厅", .justiceBureau, below: region) }
    var city: Organisation { makeOrg(uuid(10), "呼和浩特市人民政府", .government, below: region) }
    var cityJustice: Organisation { makeOrg(uuid(11), "呼和浩特市司法局", .justiceBureau, below: city) }
    var cityOffice: Organisation { makeOrg(uuid(12), "呼和浩特市全面依法治市委员会办公室", .ruleOfLawOffice, below: city) }
    var cityMarket: Organisation { makeOrg(uuid(13), "呼和浩特市市场监督管理局", .enforcementAgency, below: city) }
    var cityMarketLegal: Organisation { makeOrg(uuid(14), "法制科", .department, below: cityMarket) }
    var county: Organisation { makeOrg(uuid(20), "新城区人民政府", .government, below: city) }
    var countyOffice: Organisation { makeOrg(uuid(21), "新城区全面依法治区委员会办公室", .ruleOfLawOffice, below: county) }
    var countyMarket: Organisation { makeOrg(uuid(22), "新城区市场监督管理局", .enforcementAgency, below: county) }
    var otherCity: Organisation { makeOrg(uuid(30), "鄂尔多斯市人民政府", .government, below: region) }
    var otherMarket: Organisation { makeOrg(uuid(31), "鄂尔多斯市市场监督管理局", .enforcementAgency, below: otherCity) }

    func chain(_ orgs: Organisation...) -> [OrgSummary] { orgs.map(\.summary) }

    @Test func anOfficerSeesTheirOwnOrganisationAndBelow() throws {
        // given
        let member = chain(region, city, cityMarket)
        // when
        let scope = try #require(Scope.of(member: member, roles: [.officer]))
        // then
        #expect(scope.root == cityMarket.path)
        #expect(scope.contains(cityMarket.path))
        #expect(scope.contains(cityMarketLegal.path))
        #expect(!scope.contains(city.path))
        #expect(!scope.contains(cityJustice.path))
        #expect(!scope.contains(countyMarket.path))
    }

    @Test func aLegalUnitSeesTheirOwnOrganisationOnly() throws {
        // given
        let member = chain(region, city, cityMarket)
        // when
        let scope = try #require(Scope.of(member: member, roles: [.legalUnit, .officer]))
        // then
        #expect(scope == Scope(root: cityMarket.path))
    }

    @Test(
        "a member of a justice bureau or a rule-of-law office supervises the whole government, whatever the role",
        arguments: [Set<Role>(), [.officer], [.legalUnit]])
    func supervisingOrganisationsSeeTheirGovernment(roles: Set<Role>) throws {
        // given
        let justiceMember = chain(region, city, cityJustice)
        let officeMember = chain(region, city, county, countyOffice)
        // when
        let justiceScope = try #require(Scope.of(member: justiceMember, roles: roles))
        let officeScope = try #require(Scope.of(member: officeMember, roles: roles))
        // then
        #expect(justiceScope.root == city.path)
        #expect(officeScope.root == county.path)
        #expect(justiceScope.contains(countyMarket.path))
        #expect(justiceScope.contains(cityMarketLegal.path))
        #expect(!justiceScope.contains(otherMarket.path))
        #expect(!justiceScope.contains(region.path))
        #expect(!officeScope.contains(cityMarket.path))
    }

    @Test(
        "an admin, justice or rule-of-law-office role sees the nearest government of its organisation",
        arguments: [Role.admin, .justice, .ruleOfLawOffice])
    func supervisingRolesSeeTheNearestGovernment(role: Role) throws {
        // given a member of a department two levels below the city government
        let member = chain(region, city, cityMarket, cityMarketLegal)
        // when
        let scope = try #require(Scope.of(member: member, roles: [role]))
        // then
        #expect(scope.root == city.path)
        #expect(scope.contains(county.path))
        #expect(!scope.contains(otherCity.path))
    }

    @Test func aSupervisingRoleInAGovernmentSeesThatGovernment() throws {
        // given
        let member = chain(region, city, county)
        // when
        let scope = try #require(Scope.of(member: member, roles: [.admin]))
        // then
        #expect(scope.root == county.path)
    }

    @Test func theRegionJusticeDepartmentSeesTheWholeRegion() throws {
        // given
        let member = chain(region, regionJustice)
        // when
        let scope = try #require(Scope.of(member: member, roles: [.admin]))
        // then
        #expect(scope.root == region.path)
        for org in [city, cityMarketLegal, countyMarket, otherMarket] { #expect(scope.contains(org.path)) }
    }

    @Test func aSupervisorWithNoGovernmentAboveSeesTheirOwnOrganisation() throws {
        // given a justice bureau at the top of its tree
        let bureau = makeOrg(uuid(40), "司法局", .justiceBureau)
        // when
        let scope = try #require(Scope.of(member: [bureau.summary], roles: [.admin]))
        // then
        #expect(scope.root == bureau.path)
    }

    @Test func noOrganisationGivesNoScope() {
        // given
        let member: [OrgSummary] = []
        // when
        let scope = Scope.of(member: member, roles: [.admin])
        // then
        #expect(scope == nil)
    }

    @Test func theSystemScopeContainsEveryOrganisation() {
        // given
        let all = [region, regionJustice, city, cityMarketLegal, county, countyMarket, otherCity, otherMarket]
        // when
        let system = Scope.system
        // then
        #expect(all.allSatisfy { system.contains($0.path) })
        #expect(system.contains(.root(uuid(999))))
    }

    @Test("property: a scope is rooted in the member's chain and contains the member's own organisation")
    func randomChains() {
        // given
        var rng = SplitMix64(seed: 403)
        var failures: [String] = []
        for _ in 0..<500 {
            var path = OrgPath.root(rng.uuid())
            var member: [OrgSummary] = []
            for level in 0..<Int.random(in: 1...6, using: &rng) {
                if level > 0 { path = path.child(rng.uuid()) }
                member.append(OrgSummary(path: path, kind: OrgKind.allCases.randomElement(using: &rng)!))
            }
            let roles = Set(Role.allCases.filter { _ in Bool.random(using: &rng) })
            // when
            guard let scope = Scope.of(member: member, roles: roles) else {
                failures.append("no scope")
                continue
            }
            // then
            let own = member.last!
            let supervises =
                own.kind.supervisesGovernment || !roles.isDisjoint(with: [.admin, .justice, .ruleOfLawOffice])
            let government = member.last { $0.kind == .government }
            let expected = supervises ? (government ?? own).path : own.path
            if scope.root != expected || !scope.contains(own.path) || !Scope.system.contains(scope.root) {
                failures.append("\(member.map(\.kind)) \(roles) → \(scope.root)")
            }
        }
        expectNone(failures, "members with a wrong scope")
    }
}
