import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Case-file review: campaigns, the draw, scoring and scope")
struct CaseFileReviewRepositoryTests {
    let today = CivilDate(iso: "2026-11-20")!

    func reviews(_ store: TestStore, _ org: Organisation, roles: Set<Role>) -> CaseFileReviewRepository {
        CaseFileReviewRepository(db: store.db, scope: Scope(org), today: today, roles: roles, calendar: .official)
    }

    /// A general case of `body` taken from filing to closure (closed 2026-11-11), fined `fine` yuan.
    func closedCase(_ store: TestStore, _ body: Organisation, _ reference: String, fine: String = "60000") async throws
        -> UUID
    {
        let cases = CaseRepository(
            db: store.db, scope: Scope(body), today: today, roles: [.officer, .legalUnit], calendar: .official)
        let id = try await cases.open(
            body: body.id, reference: reference, EnforcementFixtures.filing(on: "2026-10-08"), by: store.actor
        ).row.id
        let steps: [CaseStepInput] = [
            EnforcementFixtures.step(.investigate, on: "2026-10-09") { $0.note = "现场检查" },
            EnforcementFixtures.step(.notify, on: "2026-10-15") {
                $0.penalties = ["罚款"]; $0.fine = fine; $0.circumstance = "一般"; $0.hearingRight = true
            },
            EnforcementFixtures.step(.decide, on: "2026-11-02") {
                $0.penalties = ["罚款"]; $0.fine = fine; $0.circumstance = "一般";
                $0.decisionNumber = "决〔2026〕\(reference)号"
            },
            EnforcementFixtures.step(.serve, on: "2026-11-03") { $0.serviceMethod = "直接送达" },
            EnforcementFixtures.step(.execute, on: "2026-11-10"),
            EnforcementFixtures.step(.close, on: "2026-11-11"),
        ]
        for step in steps { _ = try await cases.act(on: id, step, by: store.actor) }
        return id
    }

    /// Three closed cases at the city's market agency, two at the county's.
    func region(_ store: TestStore) async throws -> Tree {
        let tree = try await Tree.build(in: store)
        try await EnforcementFixtures.register(tree.market, on: store.db)
        for n in 1...3 { _ = try await closedCase(store, tree.market, "市\(n)") }
        // Certificate numbers are unique on the platform: the city's officers' are renamed before the county's
        // officers take the fixture's numbers (the city's cases are recorded already).
        try await (store.db as! any SQLDatabase).raw(
            "UPDATE enforcement_certificates SET number = number || 'C' WHERE organisation_id = \(bind: tree.market.id)"
        ).run()
        try await EnforcementFixtures.register(tree.countyMarket, on: store.db)
        for n in 1...2 { _ = try await closedCase(store, tree.countyMarket, "县\(n)") }
        return tree
    }

    func input(size: Int = 2) -> ReviewCampaignInput {
        ReviewCampaignInput(
            name: "2026年案卷评查", periodFrom: "2026-01-01", periodTo: "2026-12-31", sampleSize: .count(size))
    }

    @Test func aCampaignDrawsPerAgencyWithARecordedSeedThatReproducesTheSample() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await region(store)
            let repository = reviews(store, tree.city, roles: [.justice])
            // when
            let campaign = try await repository.create(input(), organiser: tree.justice, by: store.actor)
            let files = try await repository.files(of: campaign.id)
            // then
            #expect(campaign.seed.count == 64 && campaign.status == .open)
            #expect(campaign.eligible.values.map(\.count).sorted() == [2, 3])
            #expect(files.count == 4)
            for (agency, ids) in campaign.eligible {
                let drawn = files.filter { $0.organisationID.uuidString.lowercased() == agency }
                    .sorted { $0.position < $1.position }.map { $0.caseID.uuidString.lowercased() }
                #expect(ReviewSample.verify(seed: campaign.seed, eligible: ids, size: .count(2), sample: drawn))
            }
            #expect(files.allSatisfy { $0.stage == .pending && !$0.prefill.isEmpty })
            #expect(try await store.audit(action: "enforcement.review.create").count == 1)
        }
    }

    @Test func badInputIsRefusedInChineseAndWritesNothing() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await region(store)
            let before = try await store.auditCount()
            var bad = input(size: 0)
            bad.name = " "
            bad.periodTo = "2025-01-01"
            // when
            let error = await domainError {
                _ = try await reviews(store, tree.city, roles: [.justice]).create(
                    bad, organiser: tree.justice, by: store.actor)
            }
            let empty = await domainError {
                var none = input()
                none.periodTo = "2026-01-31"
                _ = try await reviews(store, tree.city, roles: [.justice]).create(
                    none, organiser: tree.justice, by: store.actor)
            }
            let officer = await domainError {
                _ = try await reviews(store, tree.market, roles: [.officer]).create(
                    input(), organiser: tree.market, by: store.actor)
            }
            // then
            #expect(Set(error?.fields.map(\.field) ?? []) == ["name", "periodTo", "sampleSize"])
            #expect(empty?.fields.first?.message == "该期间内没有已结案的案件可供抽取")
            if case .forbidden = officer {
            } else {
                Issue.record("expected forbidden, got \(String(describing: officer))")
            }
            #expect(try await store.auditCount() == before)
            let campaigns = try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM review_campaigns")
                .first()!.decode(column: "n", as: Int.self)
            #expect(campaigns == 0)
        }
    }

    @Test func scoringKeepsDraftsSubmitsScoresAndRefusesUnreasonedDepartures() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await region(store)
            let repository = reviews(store, tree.city, roles: [.justice])
            let campaign = try await repository.create(input(), organiser: tree.justice, by: store.actor)
            let files = try await repository.files(of: campaign.id)
            // when
            let draft = try await repository.score(
                files[0].id, in: campaign.id,
                results: [ReviewItemResult(itemID: "form.cover", deduction: 2, note: "目录不全")], submit: false,
                reviewer: nil, by: store.actor)
            let vetoed = try await repository.score(
                files[1].id, in: campaign.id,
                results: [ReviewItemResult(itemID: "veto.evidence", vetoed: true, note: "无证据")], submit: true,
                reviewer: nil, by: store.actor)
            let departure = await domainError {
                _ = try await repository.score(
                    files[2].id, in: campaign.id, results: [ReviewItemResult(itemID: "veto.officers", vetoed: true)],
                    submit: true, reviewer: nil, by: store.actor)
            }
            // then
            #expect(draft.stage == .draft && draft.score == 98 && draft.grade == .excellent)
            #expect(vetoed.stage == .submitted && vetoed.vetoed && vetoed.score == 0 && vetoed.grade == .fail)
            #expect(departure?.fields.first?.message.contains("系统预填为「符合」") == true)
            #expect(try await repository.files(of: campaign.id)[2].stage == .pending)
            let results = try await repository.results(of: campaign)
            let agency = results.first { $0.organisationID == files[1].organisationID }!
            #expect(agency.submitted == 1 && agency.vetoed == 1 && agency.passRate == 0)
            #expect(try await repository.files(of: campaign.id, vetoed: true).map(\.id) == [files[1].id])
            #expect(try await store.audit(action: "enforcement.review.draft").count == 1)
            #expect(try await store.audit(action: "enforcement.review.submit").count == 1)
        }
    }

    @Test func agenciesSeeOnlyTheirOwnFilesAndOnlyOncePublished() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await region(store)
            let justice = reviews(store, tree.city, roles: [.justice])
            let campaign = try await justice.create(input(), organiser: tree.justice, by: store.actor)
            let market = reviews(store, tree.market, roles: [.officer])
            let legal = reviews(store, tree.countyMarket, roles: [.legalUnit])
            // when: before publication
            let hidden = try await market.list()
            let early = await domainError { _ = try await justice.publish(campaign.id, by: store.actor) }
            for file in try await justice.files(of: campaign.id) {
                _ = try await justice.score(
                    file.id, in: campaign.id, results: [], submit: true, reviewer: nil, by: store.actor)
            }
            _ = try await justice.publish(campaign.id, by: store.actor)
            // then
            #expect(hidden.isEmpty)
            if case .conflict = early {} else { Issue.record("expected a conflict before every file is submitted") }
            #expect(
                try await market.find(campaign.id).eligible.keys.sorted() == [tree.market.id.uuidString.lowercased()])
            let marketFiles = try await market.files(of: campaign.id)
            #expect(marketFiles.count == 2 && marketFiles.allSatisfy { $0.organisationID == tree.market.id })
            #expect(try await legal.files(of: campaign.id).allSatisfy { $0.organisationID == tree.countyMarket.id })
            let outside = await domainError {
                _ = try await market.file(try await legal.files(of: campaign.id)[0].id, in: campaign.id)
            }
            if case .notFound = outside {} else { Issue.record("a file outside the scope must be 404") }
            let scoreAfter = await domainError {
                _ = try await justice.score(
                    marketFiles[0].id, in: campaign.id, results: [], submit: true, reviewer: nil, by: store.actor)
            }
            if case .conflict = scoreAfter {} else { Issue.record("a published campaign's files do not change") }
        }
    }
}
