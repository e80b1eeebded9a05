import Foundation
import Testing

@testable import FazhiCore

@Suite("DomainError")
struct DomainErrorTests {
    @Test func theSingleFieldShorthandMakesOneFieldError() {
        // given
        let error = DomainError.invalid("name", "请填写机构名称")
        // when
        let fields = error.fields
        // then
        #expect(error == .invalid([FieldError("name", "请填写机构名称")]))
        #expect(fields == [FieldError("name", "请填写机构名称")])
    }

    @Test func oneInvalidFieldGivesItsOwnMessage() {
        // given
        let error = DomainError.invalid([FieldError("kind", "请选择机构类型")])
        // when
        let message = error.message
        // then
        #expect(message == "请选择机构类型")
    }

    @Test func severalInvalidFieldsAreCounted() {
        // given
        let error = DomainError.invalid([FieldError("a", "一"), FieldError("b", "二"), FieldError("a", "三")])
        // when
        let message = error.message
        // then
        #expect(message == "提交的内容有3处需要修改")
        #expect(error.fields.count == 3)
    }

    @Test(
        "the other cases carry their message and no field errors",
        arguments: [
            DomainError.malformed("无法读取"), .unauthenticated("请先登录"), .forbidden("无权访问"), .notFound("未找到"),
            .conflict("状态已变更"), .throttled("请稍后再试"),
        ])
    func otherCases(error: DomainError) {
        // given
        let expected: String
        switch error {
        case .malformed(let m), .unauthenticated(let m), .forbidden(let m), .notFound(let m), .conflict(let m),
            .throttled(let m):
            expected = m
        case .invalid: expected = "—"
        }
        // when
        let message = error.message
        // then
        #expect(message == expected)
        #expect(error.fields.isEmpty)
    }

    @Test func casesWithTheSameTextAreStillDifferent() {
        // given
        let forbidden = DomainError.forbidden("不可")
        // when
        let conflict = DomainError.conflict("不可")
        // then
        #expect(forbidden != conflict)
    }

    @Test func aFieldErrorEncodesAsFieldAndMessage() throws {
        // given
        let error = FieldError("creditCode", "统一社会信用代码校验位不正确，请核对")
        // when
        let json = try AuditChange.canonicalJSON(error)
        let decoded = try JSONDecoder().decode(FieldError.self, from: Data(json.utf8))
        // then
        #expect(json == #"{"field":"creditCode","message":"统一社会信用代码校验位不正确，请核对"}"#)
        #expect(decoded == error)
    }
}

@Suite("Validation")
struct ValidationTests {
    @Test func aFreshValidationPasses() throws {
        // given
        let validation = Validation()
        // when
        try validation.check()
        // then
        #expect(validation.errors.isEmpty)
    }

    @Test func addedErrorsAreThrownTogetherInOrder() throws {
        // given
        var validation = Validation()
        validation.add("b", "第二")
        validation.add("a", "第一")
        // when
        let error = try #require(throws: DomainError.self) { try validation.check() }
        // then
        #expect(error == .invalid([FieldError("b", "第二"), FieldError("a", "第一")]))
    }

    @Test func textReturnsTheTrimmedValue() throws {
        // given
        var validation = Validation()
        // when
        let value = validation.text("name", " \t 司法局 \n", label: "名称")
        // then
        #expect(value == "司法局")
        try validation.check()
    }

    @Test("a missing or blank text is reported with its label", arguments: [nil, "", "  ", "\n\r\t"])
    func missingText(value: String?) {
        // given
        var validation = Validation()
        // when
        let result = validation.text("name", value, label: "机构名称")
        // then
        #expect(result == "")
        #expect(validation.errors == [FieldError("name", "请填写机构名称")])
    }

    @Test func theLengthLimitCountsCharactersAndIsInclusive() {
        // given
        var validation = Validation()
        // when
        _ = validation.text("a", String(repeating: "字", count: 10), label: "甲", maxLength: 10)
        _ = validation.text("b", String(repeating: "字", count: 11), label: "乙", maxLength: 10)
        _ = validation.text("c", String(repeating: "x", count: 200), label: "丙")
        _ = validation.text("d", String(repeating: "x", count: 201), label: "丁")
        // then
        #expect(validation.errors == [FieldError("b", "乙不能超过10个字"), FieldError("d", "丁不能超过200个字")])
    }
}
