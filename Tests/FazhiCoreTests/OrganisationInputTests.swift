import Foundation
import Testing

@testable import FazhiCore

@Suite("OrganisationInput.validated")
struct OrganisationInputTests {
    @Test func aMinimalInputIsTrimmedAndTheShortNameDefaultsToTheName() throws {
        // given
        let parent = uuid(7)
        let input = OrganisationInput(name: "  呼和浩特市司法局\n", kind: "justice_bureau", parentID: parent)
        // when
        let valid = try input.validated()
        // then
        #expect(valid.name == "呼和浩特市司法局")
        #expect(valid.shortName == "呼和浩特市司法局")
        #expect(valid.kind == .justiceBureau)
        #expect(valid.parentID == parent)
        #expect(valid.creditCode == nil)
        #expect(valid.aliases == [])
    }

    @Test func aFullInputIsNormalised() throws {
        // given
        let input = OrganisationInput(
            name: "呼和浩特市市场监督管理局", shortName: " 市场监管局 ", kind: "enforcement_agency",
            creditCode: " 91350100m000100y43 ", aliases: [" 工商局", "", "  ", "质监局 "])
        // when
        let valid = try input.validated()
        // then
        #expect(valid.shortName == "市场监管局")
        #expect(valid.creditCode == "91350100M000100Y43")
        #expect(valid.aliases == ["工商局", "质监局"])
        #expect(valid.parentID == nil)
    }

    @Test("a blank short name or credit code counts as none", arguments: ["", "   "])
    func blankOptionalFields(blank: String) throws {
        // given
        let input = OrganisationInput(name: "新城区人民政府", shortName: blank, kind: "government", creditCode: blank)
        // when
        let valid = try input.validated()
        // then
        #expect(valid.shortName == "新城区人民政府")
        #expect(valid.creditCode == nil)
    }

    @Test("every kind is accepted by its code", arguments: OrgKind.allCases)
    func everyKindCode(kind: OrgKind) throws {
        // given
        let input = OrganisationInput(name: "机构", kind: kind.rawValue)
        // when
        let valid = try input.validated()
        // then
        #expect(valid.kind == kind)
    }

    @Test("an unknown kind asks the user to choose one", arguments: ["", "bureau", "Government", "人民政府"])
    func unknownKind(kind: String) throws {
        // given
        let input = OrganisationInput(name: "机构", kind: kind)
        // when
        let error = try #require(throws: DomainError.self) { try input.validated() }
        // then
        #expect(error == .invalid("kind", "请选择机构类型"))
    }

    @Test("the name is required", arguments: ["", "  ", "\n\t"])
    func missingName(name: String) throws {
        // given
        let input = OrganisationInput(name: name, kind: "government")
        // when
        let error = try #require(throws: DomainError.self) { try input.validated() }
        // then
        #expect(error.fields == [FieldError("name", "请填写机构名称")])
        #expect(error.message == "请填写机构名称")
    }

    @Test func lengthLimitsAreInclusive() throws {
        // given
        let atLimit = OrganisationInput(
            name: String(repeating: "法", count: 100), shortName: String(repeating: "治", count: 50), kind: "other",
            aliases: (1...20).map { "别名\($0)" })
        let overLimit = OrganisationInput(
            name: String(repeating: "法", count: 101), shortName: String(repeating: "治", count: 51), kind: "other",
            aliases: (1...21).map { "别名\($0)" })
        // when
        let valid = try atLimit.validated()
        let error = try #require(throws: DomainError.self) { try overLimit.validated() }
        // then
        #expect(valid.name.count == 100 && valid.shortName.count == 50 && valid.aliases.count == 20)
        #expect(
            error.fields == [
                FieldError("name", "机构名称不能超过100个字"),
                FieldError("shortName", "简称不能超过50个字"),
                FieldError("aliases", "别名最多20个"),
            ])
    }

    @Test func blankAliasesDoNotCountTowardsTheLimit() throws {
        // given
        let input = OrganisationInput(name: "机构", kind: "other", aliases: (1...20).map { "别名\($0)" } + ["", " "])
        // when
        let valid = try input.validated()
        // then
        #expect(valid.aliases.count == 20)
    }

    @Test(
        "a bad credit code is reported with the credit code's own message",
        arguments: [
            ("9135010", CreditCodeError.wrongLength(7)),
            ("91350100O000100Y43", .invalidCharacter("O")),
            ("91350100M000100Y44", .checkMismatch(expected: "3")),
        ])
    func badCreditCode(raw: String, expected: CreditCodeError) throws {
        // given
        let input = OrganisationInput(name: "机构", kind: "other", creditCode: raw)
        // when
        let error = try #require(throws: DomainError.self) { try input.validated() }
        // then
        #expect(error.fields == [FieldError("creditCode", expected.message)])
    }

    @Test func everyProblemIsReportedAtOnceInFieldOrder() throws {
        // given
        let input = OrganisationInput(
            name: " ", shortName: String(repeating: "简", count: 51), kind: "unknown", creditCode: "123",
            aliases: Array(repeating: "别名", count: 21))
        // when
        let error = try #require(throws: DomainError.self) { try input.validated() }
        // then
        #expect(error.fields.map(\.field) == ["name", "shortName", "kind", "creditCode", "aliases"])
        #expect(error.fields.allSatisfy { !$0.message.isEmpty })
        #expect(error.message == "提交的内容有5处需要修改")
    }
}
