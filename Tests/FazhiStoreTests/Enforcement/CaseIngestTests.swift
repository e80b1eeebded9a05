import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Enforcement data exchange, sweep and publicity")
struct CaseIngestTests {
    func ingest(_ store: TestStore, _ org: Organisation, on day: String) -> CaseIngest {
        CaseIngest(
            cases: CaseRepository(
                db: store.db, scope: Scope(org), today: CivilDate(iso: day)!, roles: [], calendar: .official))
    }

    func count(_ table: String, _ store: TestStore, where condition: String = "1 = 1") async throws -> Int {
        try await (store.db as! any SQLDatabase).raw(
            "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: condition)"
        ).first()!.decode(column: "n", as: Int.self)
    }

    /// Events for case `reference`: filed, investigated, notified (60,000 yuan, 一般, hearing right).
    func events(_ reference: String, prefix: String) -> [CaseIngestEvent] {
        [
            CaseIngestEvent(
                eventID: "\(prefix)-1", reference: reference, step: EnforcementFixtures.filing(on: "2026-10-08")),
            CaseIngestEvent(
                eventID: "\(prefix)-2", reference: reference,
                evidence: [DeclaredEvidence(name: "现场笔录.pdf", sha256: String(repeating: "ab", count: 32))],
                step: EnforcementFixtures.step(.investigate, on: "2026-10-09")),
            CaseIngestEvent(
                eventID: "\(prefix)-3", reference: reference,
                step: EnforcementFixtures.step(.notify, on: "2026-10-15") {
                    $0.penalties = ["fine"]; $0.fine = "60000"; $0.circumstance = "一般"; $0.hearingRight = true
                }),
        ]
    }

    @Test func aBatchIsAppliedInOrderAndSendingItAgainChangesNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let batch = events("A-1", prefix: "a") + events("A-2", prefix: "b")
            // when
            let first = try await ingest(store, tree.market, on: "2026-10-20").ingest(
                body: tree.market.id, events: batch, by: store.actor)
            let again = try await ingest(store, tree.market, on: "2026-10-20").ingest(
                body: tree.market.id, events: batch, by: store.actor)
            // then
            #expect(first.allSatisfy { if case .applied = $0 { true } else { false } })
            #expect(again.allSatisfy { if case .duplicate = $0 { true } else { false } })
            #expect(try await count("enforcement_cases", store) == 2)
            #expect(try await count("enforcement_case_events", store) == 6)
            #expect(try await count("audit_entries", store, where: "action LIKE 'enforcement.case.%'") == 6)
            #expect(try await count("enforcement_cases", store, where: "stage = 'notified'") == 2)
        }
    }

    @Test func anEventOutOfOrderOrMalformedIsRefusedAloneWithItsReason() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let decideFirst = CaseIngestEvent(
                eventID: "x-0", reference: "B-1",
                step: EnforcementFixtures.step(.decide, on: "2026-10-08") {
                    $0.penalties = ["警告"]; $0.decisionNumber = "测决〔2026〕1号"
                })
            let badHash = CaseIngestEvent(
                eventID: "x-9", reference: "B-1", evidence: [DeclaredEvidence(name: "a.pdf", sha256: "abc")],
                step: EnforcementFixtures.step(.investigate, on: "2026-10-09"))
            let serveTooEarly = CaseIngestEvent(
                eventID: "x-4", reference: "B-1",
                step: EnforcementFixtures.step(.serve, on: "2026-10-16") { $0.serviceMethod = "直接送达" })
            // when
            let outcomes = try await ingest(store, tree.market, on: "2026-10-20").ingest(
                body: tree.market.id, events: [decideFirst] + events("B-1", prefix: "x") + [badHash, serveTooEarly],
                by: store.actor)
            // then
            guard case .refused(let notFound) = outcomes[0] else { Issue.record("\(outcomes[0])"); return }
            #expect(notFound.message.contains("不存在"))
            guard case .refused(let hash) = outcomes[4] else { Issue.record("\(outcomes[4])"); return }
            #expect(hash.fields.first?.field == "evidence")
            guard case .refused(let order) = outcomes[5] else { Issue.record("\(outcomes[5])"); return }
            #expect(order.message.contains("不能「送达」"))
            #expect(try await count("enforcement_case_events", store) == 3)
        }
    }

    @Test func theSweepRaisesEachOverdueStageAndExpiredCertificateOnce() async throws {
        try await TestStore.with { store in
            // given: a case notified in October, its decision limit 2027-01-06
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            _ = try await ingest(store, tree.market, on: "2026-10-20").ingest(
                body: tree.market.id, events: events("C-1", prefix: "c"), by: store.actor)
            // when
            let before = try await EnforcementSweep.sweep(today: CivilDate(iso: "2027-01-06")!, on: store.db)
            let first = try await EnforcementSweep.sweep(today: CivilDate(iso: "2027-01-07")!, on: store.db)
            let second = try await EnforcementSweep.sweep(today: CivilDate(iso: "2027-01-08")!, on: store.db)
            // then: the expired certificate (2026-06-30) on the first run, the overdue decision once it is late
            #expect(before == 1)
            #expect(first == 1)
            #expect(second == 0)
            #expect(try await count("enforcement_alerts", store, where: "rule = 'stage.overdue'") == 1)
            #expect(try await count("enforcement_alerts", store, where: "rule = 'certificate.expired'") == 1)
        }
    }

    @Test func publicationMasksANaturalPersonAndWithdrawalIsRecorded() async throws {
        try await TestStore.with { store in
            // given: a decided case against a natural person
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            var filing = EnforcementFixtures.filing(on: "2026-10-08")
            filing.partyKind = PartyKind.person.rawValue
            filing.partyName = "张小明"
            filing.partyID = "110101199003074514"
            filing.partyAddress = "内蒙古自治区呼和浩特市新城区某某路8号"
            let notify = EnforcementFixtures.step(.notify, on: "2026-10-15") {
                $0.penalties = ["警告"]
            }
            let decide = EnforcementFixtures.step(.decide, on: "2026-10-30") {
                $0.penalties = ["警告"]; $0.decisionNumber = "测决〔2026〕9号"
            }
            let outcomes = try await ingest(store, tree.market, on: "2026-11-20").ingest(
                body: tree.market.id,
                events: [
                    CaseIngestEvent(eventID: "p1", reference: "P-1", step: filing),
                    CaseIngestEvent(eventID: "p2", reference: "P-1", step: notify),
                    CaseIngestEvent(eventID: "p3", reference: "P-1", step: decide),
                ], by: store.actor)
            guard case .applied(let caseID, _, _, _) = outcomes[2] else { Issue.record("\(outcomes)"); return }
            let publicity = EnforcementPublicity(
                db: store.db, scope: Scope(tree.market), today: CivilDate(iso: "2026-11-20")!, calendar: .official)
            // when: published late (due 2026-11-10), then withdrawn
            let published = try await publicity.publish(
                caseID: caseID, summary: "张小明（身份证号110101199003074514，电话13912345678）在内蒙古自治区呼和浩特市新城区某某路8号销售过期食品",
                by: store.actor)
            try await publicity.withdraw(caseID: caseID, changedOn: "2026-11-19", reason: "复议决定撤销", by: store.actor)
            // then
            #expect(published.party == "张**")
            #expect(!published.summary.contains("张小明") && !published.summary.contains("199003074514"))
            #expect(published.summary.contains("139****5678") && published.summary.contains("新城区****"))
            #expect(try await count("enforcement_alerts", store, where: "rule = 'publicity.late'") == 1)
            let catalogue = EnforcementPublicCatalogue(db: store.db as! any SQLDatabase)
            #expect(try await catalogue.search(nil, year: 2026).total == 0)
            #expect(try await catalogue.publication(published.id).withdrawReason == "复议决定撤销")
        }
    }

    @Test func syntheticCasesPassEveryRuleThroughTheSameRecorder() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await EnforcementFixtures.register(tree.market, on: store.db)
            let matters = try await CaseBatch.matters(
                [EnforcementFixtures.matterCode],
                of: EnforcementBodyRef(id: tree.market.id, path: tree.market.path, name: ""),
                on: store.db as! any SQLDatabase)
            let synthetic = SyntheticCases(
                officers: EnforcementFixtures.officers, matters: Array(matters.values),
                endingBy: CivilDate(iso: "2026-11-30")!)
            let events = (0..<150).flatMap { synthetic.events(ofCase: $0, prefix: "S", seed: 7) }
            #expect(events == (0..<150).flatMap { synthetic.events(ofCase: $0, prefix: "S", seed: 7) })
            // when
            var outcomes: [CaseStepOutcome] = []
            for chunk in events.chunked(by: 400) {
                outcomes += try await ingest(store, tree.market, on: "2026-11-30").ingest(
                    body: tree.market.id, events: Array(chunk), by: store.actor)
            }
            // then
            let refused = outcomes.compactMap { if case .refused(let error) = $0 { error.message } else { nil } }
            #expect(refused.isEmpty, "\(refused.prefix(5))")
            #expect(try await count("enforcement_cases", store) == 150)
            #expect(try await count("enforcement_cases", store, where: "procedure = 'simplified'") > 10)
            #expect(try await count("enforcement_cases", store, where: "stage = 'closed'") > 50)
        }
    }
}
