import Testing

@testable import FazhiCore

@Suite("Role")
struct RoleTests {
    @Test func codesAndLabels() {
        // given
        let roles = Role.allCases
        // when
        let pairs = roles.map { "\($0.rawValue)=\($0.label)" }
        // then
        #expect(
            pairs == [
                "officer=执法人员", "legal_unit=部门法制员", "justice=司法行政", "rule_of_law_office=依法治理办", "admin=管理员",
                "procuratorate=检察监督",
            ])
    }

    @Test func rolesOrderFromOfficerToAdmin() {
        // given
        let shuffled: [Role] = [.admin, .procuratorate, .officer, .ruleOfLawOffice, .legalUnit, .justice]
        // when
        let sorted = shuffled.sorted()
        // then
        #expect(sorted == Role.allCases)
        #expect(Role.officer < .admin)
        #expect(!(Role.admin < .admin))
    }

    @Test func parsesCodesAndChineseLabelsWithAnySeparator() {
        // given
        let text = "admin,justice，执法人员、部门法制员 rule_of_law_office、检察监督"
        // when
        let parsed = Role.parseList(text)
        // then
        #expect(parsed.roles == Set(Role.allCases))
        #expect(parsed.unknown.isEmpty)
    }

    @Test func unknownTokensAreListedInOrderAndDuplicatesCollapse() {
        // given
        let text = "admin, boss,,管理员、Admin ,root"
        // when
        let parsed = Role.parseList(text)
        // then
        #expect(parsed.roles == [.admin])
        #expect(parsed.unknown == ["boss", "Admin", "root"])
    }

    @Test("an empty list or only separators gives no roles", arguments: ["", " ", ",，、 ,"])
    func emptyList(text: String) {
        // given
        // when
        let parsed = Role.parseList(text)
        // then
        #expect(parsed.roles.isEmpty)
        #expect(parsed.unknown.isEmpty)
    }

    @Test("property: every set of roles, written in codes or labels with any separators, parses back")
    func everySubsetRoundTrips() {
        // given
        var rng = SplitMix64(seed: 5)
        let separators = [",", "，", "、", " ", ", ", " 、 ", ",,"]
        var failures: [String] = []
        for mask in 0..<(1 << Role.allCases.count) {
            let subset = Role.allCases.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            for _ in 0..<10 {
                let tokens = subset.shuffled(using: &rng).map { Bool.random(using: &rng) ? $0.rawValue : $0.label }
                var text = ""
                for token in tokens { text += token + separators.randomElement(using: &rng)! }
                // when
                let parsed = Role.parseList(text)
                // then
                if parsed.roles != Set(subset) || !parsed.unknown.isEmpty { failures.append(text) }
            }
        }
        expectNone(failures, "lists that did not parse back")
    }
}
