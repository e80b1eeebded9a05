import Foundation
import Testing

@testable import FazhiCore

@Suite("DemoRegion")
struct DemoRegionTests {
    let tree = DemoRegion.tree
    var all: [OrgSeed] { tree.flattened }

    func governments(below seed: OrgSeed) -> [OrgSeed] { seed.children.filter { $0.kind == .government } }

    @Test func theTopIsTheAutonomousRegionsGovernment() {
        // given
        let top = tree
        // when
        let (name, kind) = (top.name, top.kind)
        // then
        #expect(name == "内蒙古自治区人民政府")
        #expect(kind == .government)
        #expect(DemoRegion.preset == .innerMongolia)
    }

    @Test func theRegionHasTwoLeaguesOrCitiesEachWithTwoOrThreeCounties() {
        // given
        let cities = governments(below: tree)
        // when
        let countiesPerCity = cities.map { governments(below: $0).count }
        // then
        #expect(cities.map(\.name) == ["呼和浩特市人民政府", "鄂尔多斯市人民政府"])
        #expect(countiesPerCity.allSatisfy { (2...3).contains($0) }, "\(countiesPerCity)")
    }

    @Test func someCountiesHaveTownsAndTownsAreTheLowestGovernments() {
        // given
        let counties = governments(below: tree).flatMap(governments(below:))
        // when
        let towns = counties.flatMap(governments(below:))
        // then
        #expect(!towns.isEmpty)
        #expect(towns.allSatisfy { governments(below: $0).isEmpty })
        #expect(towns.allSatisfy { $0.name.hasSuffix("镇人民政府") || $0.name.hasSuffix("街道办事处") })
    }

    @Test func everyGovernmentLevelHasANameInThePreset() {
        // given the depth of each government among governments (region 0, 盟市 1, 旗县区 2, 苏木乡镇 3)
        var depths: [Int] = []
        func walk(_ seed: OrgSeed, _ depth: Int) {
            depths.append(depth)
            for child in governments(below: seed) { walk(child, depth + 1) }
        }
        walk(tree, 0)
        // when
        let names = Set(depths.map { DemoRegion.preset.levelName(depth: $0) })
        // then
        #expect(depths.max() == 3)
        #expect(names == ["自治区", "盟市", "旗县（市、区）", "苏木乡镇（街道）"])
    }

    @Test func everyGovernmentAboveTheTownsHasOneJusticeBureauAndOneRuleOfLawOffice() {
        // given
        let region = tree
        let cities = governments(below: region)
        let counties = cities.flatMap(governments(below:))
        // when
        let supervisors = ([region] + cities + counties).map { gov in
            (
                gov.children.filter { $0.kind == .justiceBureau }.count,
                gov.children.filter { $0.kind == .ruleOfLawOffice }.count
            )
        }
        // then
        #expect(supervisors.allSatisfy { $0 == (1, 1) })
    }

    @Test func everyOrganisationNameIsUnique() {
        // given
        let names = all.map(\.name)
        // when
        let duplicates = Dictionary(grouping: names) { $0 }.filter { $0.value.count > 1 }.keys
        // then
        #expect(duplicates.isEmpty, "\(duplicates.sorted())")
    }

    // Every department's short name carries its government's short name (新城区司法局, 新城区市场监管局) except the
    // rule-of-law offices, whose short name and alias look swapped: five are called 依法治区办 and two 依法治市办.
    @Test func everyShortNameIsUnique() {
        // given
        let shortNames = all.map(\.shortName)
        // when
        let duplicates = Dictionary(grouping: shortNames) { $0 }.filter { $0.value.count > 1 }.mapValues(\.count)
        // then
        #expect(duplicates.isEmpty, "\(duplicates.sorted { $0.key < $1.key })")
    }

    @Test func everyCreditCodeIsPresentValidAndUnique() throws {
        // given
        let codes = all.map(\.creditCode)
        // when
        let present = codes.compactMap { $0 }
        // then
        #expect(present.count == all.count)
        #expect(Set(present).count == present.count)
        for code in present {
            #expect((try CreditCode(code)).value == code)
            #expect(code.hasPrefix("1115"), "government bodies of Inner Mongolia: \(code)")
        }
    }

    @Test func everyOrganisationPassesTheOrganisationForm() {
        // given
        let inputs = all.map {
            OrganisationInput(
                name: $0.name, shortName: $0.shortName, kind: $0.kind.rawValue, creditCode: $0.creditCode,
                aliases: $0.aliases)
        }
        // when
        let failures = inputs.filter { (try? $0.validated()) == nil }.map(\.name)
        // then
        #expect(failures.isEmpty)
    }

    @Test func theTreeCountsItsOrganisations() {
        // given
        let count = tree.count
        // when
        let flattened = all.count
        // then
        #expect(count == flattened)
        #expect(count > 50)
    }

    @Test func thereIsOneDemoUserPerRole() {
        // given
        let users = DemoRegion.users
        // when
        let roles = users.map(\.role)
        // then
        #expect(roles.sorted() == Role.allCases)
        #expect(Set(users.map(\.username)).count == users.count)
    }

    @Test func everyDemoUsersOrganisationExists() {
        // given
        let names = Set(all.map(\.name))
        // when
        let missing = DemoRegion.users.filter { !names.contains($0.organisation) }
        // then
        #expect(missing.isEmpty, "\(missing.map(\.organisation))")
    }

    @Test func everyUnitOfTheDemoInspectionExists() {
        // given
        let names = Set(all.map(\.name))
        // when
        let missing = DemoInspection.findings.map(\.unit).filter { !names.contains($0) }
        // then
        #expect(missing.isEmpty, "\(missing)")
    }

    @Test func everyDemoUserPassesTheUserForm() {
        // given
        let inputs = DemoRegion.users.map {
            UserInput(
                username: $0.username, displayName: $0.displayName, organisationID: uuid(1), roles: [$0.role.rawValue],
                password: DemoRegion.password)
        }
        // when
        let failures = inputs.filter { (try? $0.validated()) == nil }.map(\.username)
        // then
        #expect(failures.isEmpty)
        #expect(PasswordPolicy.problem(with: DemoRegion.password) == nil)
    }

    @Test func demoUsersSeeTheSubtreeTheirJobNeeds() throws {
        // given the tree with paths, as the store would build it
        var rng = SplitMix64(seed: 2026)
        var paths: [String: OrgSummary] = [:]
        var chains: [String: [OrgSummary]] = [:]
        func place(_ seed: OrgSeed, below chain: [OrgSummary]) {
            let id = rng.uuid()
            let summary = OrgSummary(path: chain.last.map { $0.path.child(id) } ?? .root(id), kind: seed.kind)
            paths[seed.name] = summary
            chains[seed.name] = chain + [summary]
            for child in seed.children { place(child, below: chain + [summary]) }
        }
        place(tree, below: [])
        // when
        var scopes: [Role: Scope] = [:]
        for user in DemoRegion.users {
            scopes[user.role] = Scope.of(member: try #require(chains[user.organisation]), roles: [user.role])
        }
        // then
        let region = try #require(paths["内蒙古自治区人民政府"]?.path)
        let townAgency = try #require(paths["呼和浩特市新城区保合少镇综合行政执法办公室"]?.path)
        let otherCity = try #require(paths["鄂尔多斯市市场监督管理局"]?.path)
        #expect(scopes[.admin]?.root == region)
        #expect(scopes[.ruleOfLawOffice]?.root == region)
        #expect(scopes[.justice]?.root == paths["呼和浩特市人民政府"]?.path)
        #expect(scopes[.legalUnit]?.root == paths["呼和浩特市市场监督管理局"]?.path)
        #expect(scopes[.officer]?.root == paths["呼和浩特市新城区市场监督管理局"]?.path)
        #expect(scopes[.justice]?.contains(townAgency) == true)
        #expect(scopes[.justice]?.contains(otherCity) == false)
    }
}
