import Foundation
import Testing

@testable import FazhiCore

@Suite("Enforcement master data inputs")
struct EnforcementInputTests {
    let organisation = UUID()

    @Test("a body needs its organisation, legal basis and territory; the status defaults to 有效")
    func body() throws {
        // given
        let empty = EnforcementBodyInput(organisationID: "", legalBasis: " ", territory: nil, status: "关闭")
        let good = EnforcementBodyInput(
            organisationID: organisation.uuidString, legalBasis: "《中华人民共和国食品安全法》第六条第二款", territory: "呼和浩特市行政区域")
        // when
        let refused = #expect(throws: DomainError.self) { try empty.validated() }
        let valid = try good.validated()
        // then
        #expect(refused?.fields.map(\.field) == ["organisationID", "legalBasis", "territory", "status"])
        #expect(refused?.fields.first { $0.field == "legalBasis" }?.message == "请填写主体资格依据")
        #expect(valid.status == .active)
        #expect(
            try EnforcementBodyInput(
                organisationID: organisation.uuidString, legalBasis: "依据", territory: "区域", status: "暂停"
            ).validated().status == .suspended)
    }

    @Test("an officer's certificate ends no earlier than it starts, and its number is well formed")
    func officer() throws {
        // given
        let bad = OfficerInput(
            name: "王敏", duty: "协管员", userID: "not-a-uuid", certificateNumber: "证 1", issuer: "内蒙古自治区人民政府",
            fields: "市场监管", validFrom: "2026-05-01", validTo: "2026-04-30")
        let good = OfficerInput(
            name: " 王敏 ", duty: "监督人员", certificateNumber: "15010020260001", issuer: "内蒙古自治区人民政府",
            fields: "市场监管", validFrom: "2026-01-01", validTo: "2030-12-31")
        // when
        let refused = #expect(throws: DomainError.self) { try bad.validated() }
        let valid = try good.validated()
        // then
        #expect(Set(refused?.fields.map(\.field) ?? []) == ["duty", "userID", "certificateNumber", "validTo"])
        #expect(refused?.fields.first { $0.field == "validTo" }?.message == "有效期至不能早于有效期起")
        #expect(valid.name == "王敏")
        #expect(valid.duty == .supervision)
        #expect(valid.certificate.validTo == CivilDate(iso: "2030-12-31"))
    }

    @Test("a missing certificate number is named with the officer form's field")
    func missingNumber() {
        // given
        let input = OfficerInput(
            name: "李强", duty: nil, certificateNumber: "", issuer: "x", fields: "y", validFrom: "2026-01-01",
            validTo: "bad")
        // when
        let refused = #expect(throws: DomainError.self) { try input.validated() }
        // then
        #expect(refused?.fields.map(\.field) == ["certificateNumber", "validTo"])
        #expect(refused?.fields.first?.message == "请填写执法证号")
    }

    @Test("a matter's ranges have minimum ≤ maximum and distinct circumstances; blank ranges are ignored")
    func matter() throws {
        // given
        let ranges = [
            PowerMatterInput.Range(circumstance: "一般", description: "", minimum: "5000", maximum: "20000"),
            PowerMatterInput.Range(circumstance: nil, description: nil, minimum: " ", maximum: nil),
            PowerMatterInput.Range(circumstance: "一般", description: "重复", minimum: "3万", maximum: "10000"),
            PowerMatterInput.Range(circumstance: "严重", description: "", minimum: "50000", maximum: "20000"),
        ]
        let bad = PowerMatterInput(code: "CF-1", name: "处罚", kind: "行政处罚", legalBasis: "依据", ranges: ranges)
        let good = PowerMatterInput(
            code: "CF-1", name: "处罚", kind: "行政处罚", legalBasis: "依据", ranges: Array(ranges.prefix(2)),
            lightPenalty: true)
        // when
        let refused = #expect(throws: DomainError.self) { try bad.validated() }
        let valid = try good.validated()
        // then
        #expect(refused?.fields.map(\.field) == ["ranges.2.circumstance", "ranges.2.minimum", "ranges.3.maximum"])
        #expect(refused?.fields.last?.message == "罚款上限（20000元）不能低于下限（50000元）")
        #expect(
            valid.benchmark.ranges == [
                .init(circumstance: "一般", description: "", minimumFen: 500_000, maximumFen: 2_000_000)
            ])
        #expect(valid.lightPenalty)
        #expect(PowerMatterInput.rangeIndex(of: "ranges.2.minimum") == 2)
        #expect(PowerMatterInput.rangeIndex(of: "code") == nil)
    }

    @Test("only penalties carry a benchmark or sit on the 免罚/轻罚 lists")
    func nonPenalty() throws {
        // given
        let licence = PowerMatterInput(
            code: "XK-1", name: "食品经营许可", kind: "行政许可", legalBasis: "第三十五条",
            ranges: [.init(circumstance: "一般", description: nil, minimum: "1", maximum: "2")], noPenalty: true)
        // when
        let refused = #expect(throws: DomainError.self) { try licence.validated() }
        let unknown = #expect(throws: DomainError.self) {
            try PowerMatterInput(code: "", name: "x", kind: "罚没", legalBasis: "y").validated()
        }
        // then
        #expect(refused?.fields.map(\.field) == ["ranges", "noPenalty"])
        #expect(unknown?.fields.map(\.field) == ["code", "kind"])
    }
}
