import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawKind")
    struct LawKindTests {
        @Test("the standard kinds rank 0 … 9 in 效力位阶 order; an unknown kind ranks 10")
        func ranks() {
            // given
            let kinds = LawKind.standard
            // when
            let ranks = kinds.map(\.rank)
            // then
            #expect(ranks == Array(0...9))
            #expect(kinds.map(\.rawValue).prefix(3) == ["宪法", "法律", "行政法规"])
            #expect(LawKind.caseReport.rank == 8)
            #expect(LawKind.other.rank == 9)
            #expect(LawKind(rawValue: "军事法规").rank == 10)
        }

        @Test("sorting: by rank, unknown kinds last and among themselves by text")
        func sorting() {
            // given
            let kinds: [LawKind] = [
                LawKind(rawValue: "自治条例"), .other, .law, LawKind(rawValue: "军事法规"), .constitution,
                .departmentalRule,
            ]
            // when
            let sorted = kinds.sorted()
            // then
            #expect(sorted.map(\.rawValue) == ["宪法", "法律", "部门规章", "其他", "军事法规", "自治条例"])
        }

        @Test("a kind is data: equal by text, encoded as its text")
        func codable() throws {
            // given
            let kind = LawKind(rawValue: "地方性法规")
            // when
            let json = try JSONEncoder().encode([kind])
            let decoded = try JSONDecoder().decode([LawKind].self, from: json)
            // then
            #expect(kind == .localRegulation)
            #expect(String(decoding: json, as: UTF8.self) == "[\"地方性法规\"]")
            #expect(decoded == [.localRegulation])
        }
    }
}
