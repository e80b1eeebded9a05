import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: the procedure from draft to filing review")
struct NormativeProcedureTests {
    func repository(_ store: TestStore, _ org: Organisation, roles: Set<Role> = [.legalUnit], on day: String)
        -> NormativeRepository
    {
        NormativeRepository(
            db: store.db, scope: Scope(org), today: CivilDate(iso: day)!, roles: roles, calendar: .official)
    }

    func step(_ action: NormativeAction, _ fill: (inout NormativeStepInput) -> Void = { _ in }) -> NormativeStepInput {
        var input = NormativeStepInput(action: action.rawValue)
        fill(&input)
        return input
    }

    func draft(_ store: TestStore, _ tree: Tree, on day: String = "2026-10-08") async throws -> NormativeDocumentRow {
        try await repository(store, tree.market, on: day).create(
            NormativeDraftInput(
                kind: NormativeKind.normativeDocument.rawValue, title: "测试市市场主体登记管理办法",
                body: "第一条 为了规范市场主体登记，制定本办法。\n\n第二条 本办法自2026年12月1日起施行。"),
            drafter: tree.market.id, by: store.actor)
    }

    /// Walks a draft through every step up to publication, with the dates the rules allow.
    func publish(_ store: TestStore, _ tree: Tree) async throws -> NormativeDocumentRow {
        let document = try await draft(store, tree)
        let id = document.id
        try await repository(store, tree.market, on: "2026-10-08").act(on: id, step(.finishDraft), by: store.actor)
        try await repository(store, tree.market, on: "2026-10-08").act(
            on: id, step(.recordEvaluation) { $0.body = "确有必要，符合上位法" }, by: store.actor)
        try await repository(store, tree.market, on: "2026-10-09").act(
            on: id,
            step(.openComment) {
                $0.opensOn = "2026-10-09"; $0.closesOn = "2026-11-10"
            }, by: store.actor)
        try await repository(store, tree.market, on: "2026-11-11").act(
            on: id, step(.sendForLegalityReview), by: store.actor)
        try await repository(store, tree.market, on: "2026-11-18").act(
            on: id,
            step(.giveLegalityOpinion) {
                $0.opinion = "lawful"; $0.body = "经审核，合法"
            }, by: store.actor)
        try await repository(store, tree.market, on: "2026-11-20").act(
            on: id,
            step(.recordDeliberation) {
                $0.meeting = "市市场监管局2026年第9次局务会议"; $0.meetingOn = "2026-11-20"; $0.adopted = "yes"
            },
            by: store.actor)
        return try await repository(store, tree.market, on: "2026-11-23").act(
            on: id,
            step(.register) {
                $0.numberCode = "测市监规"; $0.publishedOn = "2026-11-23"; $0.effectiveOn = "2026-12-01"
                $0.expiresOn = "2031-11-30"
            }, by: store.actor)
    }

    @Test func aDraftGoesThroughEveryStepToPublicationWithItsDeadlines() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let published = try await publish(store, tree)
            #expect(published.stage == .published)
            #expect(published.documentNumber == "测市监规〔2026〕1号")
            // 30 days from 2026-11-23 (the start day not counted): 2026-12-23.
            #expect(published.filingDue == CivilDate(iso: "2026-12-23"))
            #expect(published.dueOn == published.filingDue)
            #expect(published.status(on: CivilDate(iso: "2026-11-30")!) == .notYetInForce)
            #expect(published.status(on: CivilDate(iso: "2026-12-01")!) == .valid)
            #expect(published.status(on: CivilDate(iso: "2031-12-01")!) == .expired)
            // Published into the law library, findable by its title.
            let work = try #require(published.lawWorkID)
            let library = LawRepository(db: store.db)
            let versions = try await library.versions(ofWork: work)
            #expect(versions.count == 1)
            #expect(versions.first?.effectiveOn == CivilDate(iso: "2026-12-01"))
            // In the library's region named as the corpus names regions (the top government, 「测试市人民政府」).
            #expect(versions.first?.region == "测试")
            #expect(NormativeLibrary.regionName("内蒙古自治区人民政府") == "内蒙古")
            #expect(NormativeLibrary.regionName("宁夏回族自治区人民政府") == "宁夏")
            let events = try await repository(store, tree.market, on: "2026-11-23").events(of: published.id)
            #expect(
                events.map(\.action) == [
                    "finish_draft", "record_evaluation", "open_comment", "send_for_legality_review",
                    "give_legality_opinion", "record_deliberation", "register",
                ])
            #expect(try await store.audit(action: "normative.register").count == 1)
        }
    }

    @Test func filingAndReviewRunOnTheFilingBodysSide() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await publish(store, tree).id
            let drafter = repository(store, tree.market, on: "2026-12-01")
            let filed = try await drafter.act(on: id, step(.submitFiling), by: store.actor)
            #expect(filed.stage == .filed)
            #expect(filed.filingOrganisationID == tree.justice.id)
            #expect(filed.filedOnTime(today: CivilDate(iso: "2026-12-01")!) == true)
            // The drafter cannot register its own filing.
            let refused = await domainError { try await drafter.act(on: id, step(.registerFiling), by: store.actor) }
            #expect(refused == .forbidden("此事项由备案审查机关办理"))
            let bureau = repository(store, tree.justice, roles: [.justice], on: "2026-12-03")
            let deferred = try await bureau.act(
                on: id, step(.requestSupplement) { $0.body = "缺少起草说明" }, by: store.actor)
            #expect(deferred.stage == .supplementing)
            #expect(deferred.dueOn == CivilDate(iso: "2026-12-18"))
            try await drafter.act(on: id, step(.resubmitFiling), by: store.actor)
            let registered = try await bureau.act(on: id, step(.registerFiling), by: store.actor)
            #expect(registered.stage == .underReview)
            // Two months from 2026-12-03.
            #expect(registered.dueOn == CivilDate(iso: "2027-02-03"))
            let corrected = try await bureau.act(
                on: id,
                step(.concludeReview) {
                    $0.outcome = "correct"; $0.body = "第二条与上位法不一致"
                }, by: store.actor)
            #expect(corrected.stage == .correcting)
            #expect(corrected.dueOn == CivilDate(iso: "2027-01-04"))  // 30 days, 01-02 a Saturday … moved to Monday
            let reported = try await drafter.act(
                on: id,
                step(.reportHandling) {
                    $0.decision = "amend"; $0.body = "已修改第二条"
                }, by: store.actor)
            #expect(reported.stage == .handlingReported)
            let closed = try await bureau.act(on: id, step(.acceptHandling), by: store.actor)
            #expect(closed.stage == .closed)
            #expect(closed.closedOn == CivilDate(iso: "2026-12-03"))
        }
    }

    @Test func dateRulesRefuseStepsTooEarlyAndNameTheRule() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await draft(store, tree).id
            let repo = repository(store, tree.market, on: "2026-10-09")
            try await repo.act(on: id, step(.finishDraft), by: store.actor)
            try await repo.act(on: id, step(.recordEvaluation) { $0.body = "必要" }, by: store.actor)
            // Shorter than 30 days: refused, naming the earliest last day.
            let short = await domainError {
                try await repo.act(
                    on: id,
                    step(.openComment) {
                        $0.opensOn = "2026-10-09"; $0.closesOn = "2026-10-20"
                    }, by: store.actor)
            }
            #expect(short?.fields.first?.field == "closesOn")
            #expect(short?.fields.first?.message.contains("2026-11-08") == true)
            let impossible = await domainError {
                try await repo.act(
                    on: id,
                    step(.openComment) {
                        $0.opensOn = "2026-02-30"; $0.closesOn = "2026-12-31"
                    }, by: store.actor)
            }
            #expect(impossible?.fields.first?.field == "opensOn")
            try await repo.act(
                on: id,
                step(.openComment) {
                    $0.opensOn = "2026-10-09"; $0.closesOn = "2026-11-10"
                }, by: store.actor)
            let early = await domainError {
                try await repository(store, tree.market, on: "2026-11-10").act(
                    on: id, step(.sendForLegalityReview), by: store.actor)
            }
            #expect(early == .conflict("公开征求意见截止于2026-11-10，期满后方可送合法性审核"))
            try await repository(store, tree.market, on: "2026-11-11").act(
                on: id, step(.sendForLegalityReview), by: store.actor)
            let hasty = await domainError {
                try await repository(store, tree.market, on: "2026-11-17").act(
                    on: id,
                    step(.giveLegalityOpinion) {
                        $0.opinion = "lawful"; $0.body = "合法"
                    }, by: store.actor)
            }
            #expect(hasty?.message.contains("最早可于2026-11-18出具审核意见") == true)
            // An officer without the legal unit's role cannot give the opinion.
            let officer = await domainError {
                try await repository(store, tree.market, roles: [.officer], on: "2026-11-18").act(
                    on: id,
                    step(.giveLegalityOpinion) {
                        $0.opinion = "lawful"; $0.body = "合法"
                    }, by: store.actor)
            }
            #expect(officer == .forbidden("此事项由合法性审核机构办理"))
            let stage = try await repository(store, tree.market, on: "2026-11-18").document(id).stage
            #expect(stage == .legalityReview)
        }
    }

    @Test func registrationChecksDatesTermAndNumbersInSequence() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let first = try await publish(store, tree)
            #expect(first.documentNumber == "测市监规〔2026〕1号")
            let second = try await draft(store, tree)
            let repo = repository(store, tree.market, on: "2026-11-25")
            try await store.db.transaction { tx in
                try await (tx as! any SQLDatabase).raw(
                    "UPDATE normative_documents SET stage = 'registration' WHERE id = \(bind: second.id)"
                ).run()
            }
            let bad = await domainError {
                try await repo.act(
                    on: second.id,
                    step(.register) {
                        $0.numberCode = "测市监规〔2026〕"; $0.publishedOn = "2026-11-26"; $0.effectiveOn = "2026-11-20"
                        $0.expiresOn = "2031-12-20"
                    }, by: store.actor)
            }
            #expect(Set(bad?.fields.map(\.field) ?? []) == ["numberCode", "publishedOn", "effectiveOn", "expiresOn"])
            let registered = try await repo.act(
                on: second.id,
                step(.register) {
                    $0.numberCode = "测市监规"; $0.publishedOn = "2026-11-25"; $0.effectiveOn = "2026-11-25"
                    $0.expiresOn = "2028-11-24"
                }, by: store.actor)
            #expect(registered.documentNumber == "测市监规〔2026〕2号")
        }
    }

    @Test func filingBodiesFollowTheTreeAndScopeHidesDocuments() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            #expect(try await NormativeFilingBody.find(for: tree.market.id, on: store.db).id == tree.justice.id)
            #expect(try await NormativeFilingBody.find(for: tree.county.id, on: store.db).id == tree.justice.id)
            let missing = await domainError {
                _ = try await NormativeFilingBody.find(for: tree.countyMarket.id, on: store.db)
            }
            #expect(missing?.message.contains("测试县人民政府") == true)
            let top = await domainError { _ = try await NormativeFilingBody.find(for: tree.city.id, on: store.db) }
            #expect(top?.message.contains("上一级人民政府") == true)
            let document = try await draft(store, tree)
            // The county sees nothing of the city's drafts; a sibling department neither.
            let county = repository(store, tree.county, roles: [.justice], on: "2026-10-08")
            #expect(await domainError { _ = try await county.document(document.id) } == NormativeRepository.notFound)
            #expect(try await county.list(NormativeFilter()).total == 0)
            let sibling = repository(store, tree.marketUnit, on: "2026-10-08")
            #expect(try await sibling.list(NormativeFilter()).total == 0)
            // Nothing is written on a refusal.
            let before = try await store.auditCount()
            let out = await domainError { try await county.act(on: document.id, step(.finishDraft), by: store.actor) }
            #expect(out == NormativeRepository.notFound)
            #expect(try await store.auditCount() == before)
        }
    }

    @Test func stepsOutOfOrderAreRefusedAndDraftsCanBeWithdrawn() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let document = try await draft(store, tree)
            let repo = repository(store, tree.market, on: "2026-10-08")
            let early = await domainError { try await repo.act(on: document.id, step(.register), by: store.actor) }
            #expect(early == .conflict("文件当前处于「起草中」阶段，不能统一登记、编号、印发"))
            let unknown = await domainError {
                try await repo.act(on: document.id, NormativeStepInput(action: "publish_now"), by: store.actor)
            }
            #expect(unknown?.fields.first?.field == "action")
            let noReason = await domainError { try await repo.act(on: document.id, step(.withdraw), by: store.actor) }
            #expect(noReason?.fields.first?.field == "body")
            let withdrawn = try await repo.act(on: document.id, step(.withdraw) { $0.body = "上位法已修改" }, by: store.actor)
            #expect(withdrawn.stage == .withdrawn)
        }
    }

    @Test func aRepealReportedAfterReviewEndsTheDocumentInTheLibraryToo() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let id = try await publish(store, tree).id
            let drafter = repository(store, tree.market, on: "2026-12-01")
            let bureau = repository(store, tree.justice, roles: [.justice], on: "2026-12-02")
            try await drafter.act(on: id, step(.submitFiling), by: store.actor)
            try await bureau.act(on: id, step(.registerFiling), by: store.actor)
            try await bureau.act(
                on: id,
                step(.concludeReview) {
                    $0.outcome = "revoke"; $0.body = "超越权限"
                }, by: store.actor)
            let repealed = try await repository(store, tree.market, on: "2026-12-10").act(
                on: id,
                step(.reportHandling) {
                    $0.decision = "repeal"; $0.body = "已废止"
                }, by: store.actor)
            #expect(repealed.status(on: CivilDate(iso: "2026-12-10")!) == .repealed)
            let work = try #require(repealed.lawWorkID)
            let row = try await (store.db as! any SQLDatabase).raw(
                "SELECT repealed_on FROM law_works WHERE id = \(bind: work)"
            ).first()
            #expect(try row?.decode(column: "repealed_on", as: String?.self) == "2026-12-10")
        }
    }

    // Started together; the race itself is rarely hit here (planning comes before the short transaction), so this
    // checks the numbering, and the advisory lock on PostgreSQL is argued in `NormativeNumbering`.
    @Test func twoRegistrationsAtOnceDrawDifferentNumbers() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            var ids: [UUID] = []
            for _ in 0..<2 {
                let id = try await draft(store, tree).id
                try await (store.db as! any SQLDatabase).raw(
                    "UPDATE normative_documents SET stage = 'registration' WHERE id = \(bind: id)"
                ).run()
                ids.append(id)
            }
            let repo = repository(store, tree.market, on: "2026-11-25")
            let register = step(.register) {
                $0.numberCode = "测并发规"; $0.publishedOn = "2026-11-25"; $0.effectiveOn = "2026-11-25"
                $0.expiresOn = "2028-11-24"
            }
            async let first = repo.act(on: ids[0], register, by: store.actor)
            async let second = repo.act(on: ids[1], register, by: store.actor)
            let numbers = Set([try await first.documentNumber, try await second.documentNumber])
            #expect(numbers == ["测并发规〔2026〕1号", "测并发规〔2026〕2号"])
        }
    }
}
