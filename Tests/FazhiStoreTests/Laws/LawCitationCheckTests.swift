import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Law library: citation check (引用核查)")
struct LawCitationCheckTests {
    static let today = CivilDate(iso: "2026-12-01")!

    func verdict(_ article: String, statute: String = "示范处罚法", cited: String? = "2017-09-01", store: TestStore)
        async throws -> LawCitationStatus.Verdict
    {
        let citation = try #require(LawCitation(statute: statute, article: article))
        return try await LawCitationCheck(db: store.db).check(
            citation, citedVersion: cited.flatMap { CivilDate(iso: $0) }, on: Self.today
        ).verdict
    }

    @Test("unchanged, changed, missing, unknown and repealed citations each get their verdict")
    func verdicts() async throws {
        try await TestStore.with { store in
            // given: the fixture law in two versions (the second in force since 2021-07-15)
            try await LawFixtures.load(on: store.db)
            let since = CivilDate(iso: "2021-07-15")!

            // then
            #expect(try await verdict("第一条", store: store) == .current)
            #expect(try await verdict("第二条", store: store) == .changed(since: since, textCompared: true))
            #expect(try await verdict("第二条", cited: "2021-01-22", store: store) == .current)
            #expect(
                try await verdict("第二条", cited: "2015-01-01", store: store)
                    == .changed(since: since, textCompared: false))
            #expect(try await verdict("第九条", store: store) == .articleMissing)
            #expect(try await verdict("第一条", statute: "不存在的法", store: store) == .notInLibrary)

            // when the work is repealed
            try await (store.db as! any SQLDatabase).raw(
                "UPDATE law_works SET repealed_on = '2026-01-01' WHERE title = '中华人民共和国示范处罚法'"
            ).run()

            // then
            #expect(try await verdict("第一条", store: store) == .repealed(on: CivilDate(iso: "2026-01-01")!))
        }
    }
}
