import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: review suggestions from the public and the filing body's answers")
struct NormativeSuggestionStoreTests {
    static let today = CivilDate(iso: "2026-11-20")!
    static let justice: Set<Role> = [.justice]

    struct Fixture {
        let tree: Tree
        /// Filed with the city government (审查中), numbered 测政规〔2026〕1号.
        let filed: UUID
        /// Published, not yet filed.
        let published: UUID
        let draft: UUID
        let desk: NormativeSuggestions
    }

    func fixture(_ store: TestStore) async throws -> Fixture {
        let tree = try await Tree.build(in: store)
        var filed = NormativeFixtures.Document(
            title: "测试市市场监管行政处罚裁量基准", drafter: tree.market, filingBody: tree.city, stage: .underReview,
            publishedOn: CivilDate(iso: "2026-03-01"))
        filed.numberSequence = 1
        filed.registeredOn = CivilDate(iso: "2026-03-20")
        let published = NormativeFixtures.Document(
            title: "测试市市场监管信用修复办法", drafter: tree.market, filingBody: tree.city, stage: .published,
            publishedOn: CivilDate(iso: "2026-11-01"))
        let draft = NormativeFixtures.Document(title: "草案", drafter: tree.market, stage: .legalityReview)
        return Fixture(
            tree: tree, filed: try await NormativeFixtures.insert(filed, on: store.db),
            published: try await NormativeFixtures.insert(published, on: store.db),
            draft: try await NormativeFixtures.insert(draft, on: store.db),
            desk: NormativeSuggestions(db: store.db, today: Self.today, calendar: .official))
    }

    func count(_ store: TestStore) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM normative_suggestions").first()!
            .decode(column: "n", as: Int.self)
    }

    static let text = "第五条规定的罚款数额超出了上位法规定的幅度，建议审查。"

    @Test("a suggestion on a filed document gets a receipt, today's date, the policy's due date and the filing body")
    func submitting() async throws {
        try await TestStore.with { store in
            // given
            let f = try await fixture(store)

            // when
            let tracking = try await f.desk.submit(
                NormativeSuggestionInput(
                    documentID: f.filed.uuidString, body: Self.text, name: "李四", contact: "lisi@example.cn"),
                by: store.actor)

            // then
            #expect(ReviewSuggestionReceipt.normalise(tracking.receipt) == tracking.receipt)
            #expect(tracking.receipt.hasPrefix("JY20261120-"))
            let policy = try await NormativePolicies.policy(
                kind: .normativeDocument, drafterPath: f.tree.market.path, on: store.db)
            let due = try DeadlineCalculator(calendar: .official).compute(policy.suggestionAnswer, start: Self.today)
                .due
            #expect(tracking.dueOn == due)
            #expect(tracking.dueOn == CivilDate(iso: "2027-01-19"))
            #expect((tracking.receivedOn, tracking.status, tracking.documentID) == (Self.today, .received, f.filed))
            #expect(tracking.filingBodyName == f.tree.city.name)
            let row = try await NormativeSuggestionRepository(
                db: store.db, scope: Scope(f.tree.city), today: Self.today, roles: Self.justice
            ).list().rows.first
            #expect(row?.filingPath == f.tree.city.path)
            #expect((row?.name, row?.contact) == ("李四", "lisi@example.cn"))
            let audit = try await store.audit(action: "normative.suggestion.submit")
            #expect(audit.count == 1 && audit[0].orgPath == f.tree.city.path.value)
            #expect(!(audit[0].after ?? "").contains("lisi@example.cn"))
            // followed by its number, typed loosely
            let typed = "  " + tracking.receipt.lowercased().replacingOccurrences(of: "-", with: "－") + " "
            #expect(try await f.desk.track(typed) == tracking)
        }
    }

    @Test("by document number, any brackets; refused for unknown numbers, unfiled or unpublished documents, bad text")
    func refusals() async throws {
        try await TestStore.with { store in
            // given
            let f = try await fixture(store)

            // when: the number with ASCII brackets and full-width digits
            let byNumber = try await f.desk.submit(
                NormativeSuggestionInput(documentNumber: "测政规[２０２６]1号", body: Self.text), by: store.actor)

            // then
            #expect(byNumber.documentID == f.filed)

            // when: everything that is refused
            let unknown = await domainError {
                _ = try await f.desk.submit(.init(documentNumber: "测政规〔2026〕9号", body: Self.text), by: store.actor)
            }
            let unfiledByNumber = await domainError {
                _ = try await f.desk.submit(.init(documentNumber: "测政规〔2026〕2号", body: Self.text), by: store.actor)
            }
            let noDocument = await domainError { _ = try await f.desk.submit(.init(body: Self.text), by: store.actor) }
            let unfiled = await domainError {
                _ = try await f.desk.submit(.init(documentID: f.published.uuidString, body: Self.text), by: store.actor)
            }
            let draft = await domainError {
                _ = try await f.desk.submit(.init(documentID: f.draft.uuidString, body: Self.text), by: store.actor)
            }
            let short = await domainError {
                _ = try await f.desk.submit(
                    .init(documentID: f.filed.uuidString, body: "不合法", contact: String(repeating: "9", count: 101)),
                    by: store.actor)
            }

            // then
            #expect(unknown == .invalid("documentNumber", "未找到文号为「测政规〔2026〕9号」的已备案文件"))
            #expect(unfiledByNumber == .invalid("documentNumber", "未找到文号为「测政规〔2026〕2号」的已备案文件"))
            #expect(noDocument?.fields.map(\.field) == ["documentNumber"])
            #expect(unfiled == NormativeSuggestions.notFiled)
            #expect(draft == NormativePublicCatalogue.notFound)
            #expect(short?.fields.map(\.field) == ["body", "contact"])
            #expect(try await count(store) == 1)
        }
    }

    @Test("an unknown or malformed receipt number is not found, and says which number")
    func unknownReceipts() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            for typed in ["JY20261120-AAAAAAAA", "JY20261120-0OIL1234", "12345", ""] {
                let error = await domainError { _ = try await f.desk.track(typed) }
                #expect(error == .notFound("未找到回执号为「\(typed)」的审查建议，请核对后重新输入"))
            }
        }
    }

    @Test("the filing body's justice staff answer once; others are refused or do not find it")
    func answering() async throws {
        try await TestStore.with { store in
            // given: two suggestions, one older and so due sooner
            let f = try await fixture(store)
            let older = try await NormativeSuggestions(
                db: store.db, today: CivilDate(iso: "2026-09-01")!, calendar: .official
            ).submit(.init(documentID: f.filed.uuidString, body: Self.text), by: store.actor)
            let newer = try await f.desk.submit(.init(documentID: f.filed.uuidString, body: Self.text), by: store.actor)
            let city = NormativeSuggestionRepository(
                db: store.db, scope: Scope(f.tree.city), today: Self.today, roles: Self.justice)
            let inbox = try await city.list().rows
            #expect(inbox.map(\.tracking.receipt) == [older.receipt, newer.receipt])
            #expect(inbox.map { $0.isOverdue(on: Self.today) } == [true, false])
            #expect(try await city.overdueCount() == 1)
            let id = inbox[1].id

            // when: the wrong people, then a bad answer, then the right one, then again
            let officer = NormativeSuggestionRepository(
                db: store.db, scope: Scope(f.tree.city), today: Self.today, roles: [.legalUnit])
            let county = NormativeSuggestionRepository(
                db: store.db, scope: Scope(f.tree.county), today: Self.today, roles: Self.justice)
            let answer = NormativeSuggestionAnswerInput(answer: "经审查，第五条与上位法不一致，已通知制定机关纠正。")
            let forbidden = await domainError { try await officer.answer(id, answer, by: store.actor) }
            let outside = await domainError { try await county.answer(id, answer, by: store.actor) }
            let short = await domainError { try await city.answer(id, .init(answer: "已收到"), by: store.actor) }
            let audits = try await store.auditCount()
            let answered = try await city.answer(id, answer, by: store.actor)
            let again = await domainError { try await city.answer(id, answer, by: store.actor) }

            // then
            #expect(forbidden == NormativeSuggestionRepository.justiceOnly)
            #expect(outside == NormativeSuggestionRepository.notFound)
            #expect(short == .invalid("answer", "答复意见至少10个字"))
            #expect(answered.status == .answered && answered.tracking.answeredOn == Self.today)
            #expect(again == .conflict("该审查建议已于2026-11-20答复，不能重复答复"))
            #expect(try await store.auditCount() == audits + 1)
            #expect(try await city.list().rows.map(\.status) == [.received, .answered])
            #expect(try await city.list(status: .answered).total == 1)
            #expect(try await county.list().total == 0)
            let tracked = try await f.desk.track(newer.receipt)
            #expect(tracked.answer == answer.answer && tracked.status == .answered)
        }
    }
}
