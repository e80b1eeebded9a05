import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Law library: import, versions, point-in-time")
struct LawImportTests {
    func count(_ table: String, _ store: TestStore) async throws -> Int {
        struct Row: Decodable { var n: Int }
        return try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)")
            .first(decoding: Row.self)!.n
    }

    @Test("an import groups versions into works, dates each version's supersession and marks the newest")
    func importGroupsVersions() async throws {
        try await TestStore.with { store in
            // when
            let report = try await LawFixtures.load(on: store.db)

            // then
            #expect(report.filesRead == 5)
            #expect(report.worksAdded == 4)
            #expect(report.versionsAdded == 5)
            let library = LawRepository(db: store.db)
            let law = try await LawFixtures.ids(of: LawFixtures.lawV2, on: store.db)
            let versions = try await library.versions(ofWork: law.work)
            #expect(versions.map(\.versionDate.iso) == ["2017-09-01", "2021-01-22"])
            #expect(versions.map(\.effectiveOn.iso) == ["2017-10-01", "2021-07-15"])
            #expect(versions[0].supersededOn?.iso == "2021-07-15")
            #expect(versions.map(\.isCurrent) == [false, true])
            #expect(versions[0].status(on: CivilDate(iso: "2021-07-14")!) == .valid)
            #expect(versions[0].status(on: CivilDate(iso: "2021-07-15")!) == .amended)
            #expect(versions[1].status(on: CivilDate(iso: "2021-03-01")!) == .notYetInForce)
            let work = try #require(try await library.work(law.work))
            #expect(work.kind == .law)
            #expect(try await count("law_provisions", store) > 10)
        }
    }

    @Test("running the same import again changes nothing and records nothing")
    func importIsIdempotent() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)
            let audits = try await count("audit_entries", store)
            let provisions = try await count("law_provisions", store)

            // when
            let again = try await LawFixtures.load(on: store.db)

            // then
            #expect(again.versionsUnchanged == 5)
            #expect(!again.changedAnything)
            #expect(try await count("audit_entries", store) == audits)
            #expect(try await count("law_provisions", store) == provisions)
        }
    }

    @Test("a changed file is read again under the same id; a new version re-dates the old one")
    func changedAndNewVersions() async throws {
        try await TestStore.with { store in
            // given: only the first version
            try await LawFixtures.load(on: store.db, [LawFixtures.lawV1])
            let library = LawRepository(db: store.db)
            let first = try await LawFixtures.ids(of: LawFixtures.lawV1, on: store.db)
            #expect(try await library.versions(ofWork: first.work).map(\.isCurrent) == [true])

            // when: the second version arrives, and the first file is corrected
            var corrected = LawFixtures.lawV1
            corrected.1 = corrected.1.replacingOccurrences(of: "制定本法。", with: "特制定本法。")
            let report = try await LawFixtures.load(on: store.db, [corrected, LawFixtures.lawV2])

            // then
            #expect(report.versionsAdded == 1)
            #expect(report.versionsReplaced == 1)
            let second = try await LawFixtures.ids(of: LawFixtures.lawV2, on: store.db)
            let versions = try await library.versions(ofWork: first.work)
            #expect(versions.map(\.id) == [first.version, second.version])
            #expect(versions.map(\.isCurrent) == [false, true])
            let article = try #require(try await library.provision(ofVersion: first.version, eid: "art_1"))
            #expect(article.text.contains("特制定本法"))
            let stored = try await library.provisions(ofVersion: first.version).count
            let added = try await library.provisions(ofVersion: second.version).count
            #expect(try await count("law_provisions", store) == stored + added)
        }
    }

    @Test("an article on a day comes from the version in force that day")
    func pointInTimeArticle() async throws {
        try await TestStore.with { store in
            // given
            try await LawFixtures.load(on: store.db)
            let library = LawRepository(db: store.db)
            let work = try await LawFixtures.ids(of: LawFixtures.lawV2, on: store.db).work

            // when
            let before = try await library.article(workID: work, eid: "art_2", on: CivilDate(iso: "2020-01-01")!)
            let after = try await library.article(workID: work, eid: "art_2", on: CivilDate(iso: "2021-07-15")!)
            let hearing = try await library.article(workID: work, eid: "art_3", on: CivilDate(iso: "2019-01-01")!)
            let tooEarly = try await library.article(workID: work, eid: "art_1", on: CivilDate(iso: "2017-09-30")!)

            // then
            #expect(before?.version.versionDate.iso == "2017-09-01")
            #expect(before?.provision.text.contains("依照法定程序") == false)
            #expect(after?.provision.text.contains("依照法定程序") == true)
            #expect(hearing?.provision.text.contains("施行") == true, "art_3 of the 2017 version is its 施行 article")
            #expect(tooEarly == nil)
        }
    }
}
