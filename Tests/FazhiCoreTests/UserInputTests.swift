import Foundation
import Testing

@testable import FazhiCore

@Suite("UserInput.validated")
struct UserInputTests {
    let org = uuid(42)

    func input(
        username: String = "zhang.san", displayName: String = "张三", organisationID: UUID?? = .none,
        roles: [String] = ["officer"], password: String? = "fazhi2026pass"
    ) -> UserInput {
        UserInput(
            username: username, displayName: displayName, organisationID: organisationID ?? org, roles: roles,
            password: password)
    }

    @Test func aValidInputIsTrimmedAndTheUsernameLowerCased() throws {
        // given
        let raw = input(
            username: "  Zhang.San_01-x ", displayName: " 张三\n", roles: ["officer", "legal_unit", "officer"])
        // when
        let valid = try raw.validated()
        // then
        #expect(valid.username == "zhang.san_01-x")
        #expect(valid.displayName == "张三")
        #expect(valid.organisationID == org)
        #expect(valid.roles == [.officer, .legalUnit])
        #expect(valid.password == "fazhi2026pass")
    }

    @Test("every role is accepted by its code", arguments: Role.allCases)
    func everyRoleCode(role: Role) throws {
        // given
        let raw = input(roles: [role.rawValue])
        // when
        let valid = try raw.validated()
        // then
        #expect(valid.roles == [role])
    }

    @Test func aUsernameOfFortyCharactersIsAccepted() throws {
        // given
        let raw = input(username: String(repeating: "a", count: 40))
        // when
        let valid = try raw.validated()
        // then
        #expect(valid.username.count == 40)
    }

    @Test("the username is required", arguments: ["", "   "])
    func missingUsername(username: String) throws {
        // given
        let raw = input(username: username)
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(error == .invalid("username", "请填写登录名"))
    }

    @Test(
        "usernames with other characters, or too long, are rejected",
        arguments: [
            "zhang san", "张三", "zhang@san", "zhang/san", "zhängsan", "ｚｈａｎｇ", String(repeating: "a", count: 41),
        ])
    func badUsername(username: String) throws {
        // given
        let raw = input(username: username)
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(error == .invalid("username", "登录名只能使用字母、数字和 - _ .，不超过40位"))
    }

    @Test func theDisplayNameIsRequiredAndAtMostFiftyCharacters() throws {
        // given
        let missing = input(displayName: " \n")
        let long = input(displayName: String(repeating: "名", count: 51))
        let atLimit = input(displayName: String(repeating: "名", count: 50))
        // when
        let missingError = try #require(throws: DomainError.self) { try missing.validated() }
        let longError = try #require(throws: DomainError.self) { try long.validated() }
        let valid = try atLimit.validated()
        // then
        #expect(missingError == .invalid("displayName", "请填写姓名"))
        #expect(longError == .invalid("displayName", "姓名不能超过50个字"))
        #expect(valid.displayName.count == 50)
    }

    @Test func theOrganisationIsRequired() throws {
        // given
        let raw = input(organisationID: .some(nil))
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(error == .invalid("organisationID", "请选择所属机构"))
    }

    @Test func atLeastOneRoleIsRequired() throws {
        // given
        let raw = input(roles: [])
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(error == .invalid("roles", "至少选择一个角色"))
    }

    @Test func eachUnknownRoleIsNamedAndNoOtherRoleErrorIsAdded() throws {
        // given roles given by Chinese label or in capitals are not codes
        let raw = input(roles: ["boss", "管理员", "Admin"])
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(
            error.fields == [
                FieldError("roles", "无法识别的角色「boss」"),
                FieldError("roles", "无法识别的角色「管理员」"),
                FieldError("roles", "无法识别的角色「Admin」"),
            ])
    }

    @Test func anUnknownRoleBesideAKnownOneIsStillReported() throws {
        // given
        let raw = input(roles: ["admin", "root"])
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(error == .invalid("roles", "无法识别的角色「root」"))
    }

    @Test("a required password must follow the password policy", arguments: [nil, "", "short1", "onlyletterslong"])
    func requiredPassword(password: String?) throws {
        // given
        let raw = input(password: password)
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        let problem = try #require(PasswordPolicy.problem(with: password ?? ""))
        #expect(error == .invalid("password", problem))
    }

    @Test("an optional password may be left out", arguments: [nil, ""])
    func optionalPasswordLeftOut(password: String?) throws {
        // given
        let raw = input(password: password)
        // when
        let valid = try raw.validated(requirePassword: false)
        // then
        #expect(valid.password == nil)
    }

    @Test func anOptionalPasswordThatIsGivenMustFollowThePolicy() throws {
        // given
        let weak = input(password: "123")
        let strong = input(password: "new-pass-2026")
        // when
        let error = try #require(throws: DomainError.self) { try weak.validated(requirePassword: false) }
        let valid = try strong.validated(requirePassword: false)
        // then
        #expect(error == .invalid("password", "密码至少10位"))
        #expect(valid.password == "new-pass-2026")
    }

    @Test func everyProblemIsReportedAtOnceInFieldOrder() throws {
        // given
        let raw = UserInput(username: "", displayName: "", organisationID: nil, roles: [], password: nil)
        // when
        let error = try #require(throws: DomainError.self) { try raw.validated() }
        // then
        #expect(
            error.fields == [
                FieldError("username", "请填写登录名"),
                FieldError("displayName", "请填写姓名"),
                FieldError("organisationID", "请选择所属机构"),
                FieldError("roles", "至少选择一个角色"),
                FieldError("password", "密码至少10位"),
            ])
        #expect(error.message == "提交的内容有5处需要修改")
    }
}

@Suite("User")
struct UserTests {
    @Test func hasTellsWhichRolesTheUserHolds() {
        // given
        let user = User(
            id: uuid(1), username: "li", displayName: "李四", organisationID: uuid(2), roles: [.justice, .legalUnit],
            active: true)
        // when
        let held = Role.allCases.filter(user.has)
        // then
        #expect(held == [.legalUnit, .justice])
    }
}
