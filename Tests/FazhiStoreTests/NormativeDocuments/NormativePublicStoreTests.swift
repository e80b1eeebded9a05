import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents, public side: drafts, comments, catalogue")
struct NormativePublicStoreTests {
    static let today = CivilDate(iso: "2026-11-20")!

    func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    func count(_ store: TestStore, _ table: String) async throws -> Int {
        try await (store.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }

    /// A draft of the city's market regulator in its comment stage, open from `opens` to `closes`.
    func draft(
        _ title: String, _ tree: Tree, stage: NormativeStage = .publicComment, opens: String?, closes: String?,
        _ store: TestStore
    ) async throws -> UUID {
        var document = NormativeFixtures.Document(title: title, drafter: tree.market, stage: stage)
        document.commentOpensOn = opens.map(day)
        document.commentClosesOn = closes.map(day)
        return try await NormativeFixtures.insert(document, on: store.db)
    }

    @Test("only drafts in their comment stage within their period are public; one just closed says so")
    func draftsOnThePublicSide() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let open = try await draft("开放中的草案", tree, opens: "2026-11-01", closes: "2026-11-30", store)
            let lastDay = try await draft("今日截止的草案", tree, opens: "2026-10-21", closes: "2026-11-20", store)
            let notYet = try await draft("尚未开始的草案", tree, opens: "2026-11-21", closes: "2026-12-21", store)
            let ended = try await draft("已截止的草案", tree, opens: "2026-10-01", closes: "2026-11-19", store)
            let movedOn = try await draft(
                "已送审的草案", tree, stage: .legalityReview, opens: "2026-10-01", closes: "2026-10-31", store)
            let never = try await draft("起草中的草案", tree, stage: .drafting, opens: nil, closes: nil, store)
            let published = try await NormativeFixtures.insert(
                .init(title: "已公布的文件", drafter: tree.market, stage: .published, publishedOn: day("2026-06-01")),
                on: store.db)
            let drafts = NormativePublicDrafts(db: store.db, today: Self.today)

            // when
            let listed = try await drafts.open()

            // then
            #expect(listed.map(\.id) == [lastDay, open])
            #expect(
                try await drafts.draft(open).publicCommentState(on: Self.today)
                    == .open(closesOn: day("2026-11-30"), daysLeft: 10))
            #expect(
                try await drafts.draft(lastDay).publicCommentState(on: Self.today)
                    == .open(closesOn: Self.today, daysLeft: 0))
            #expect(
                try await drafts.draft(ended).publicCommentState(on: Self.today) == .ended(closedOn: day("2026-11-19")))
            #expect(try await drafts.draft(open).body.contains("第一条"))
            for hidden in [notYet, movedOn, never, published, UUID()] {
                #expect(await domainError { _ = try await drafts.draft(hidden) } == NormativePublicDrafts.notFound)
            }
        }
    }

    @Test("a comment is stored with its audit entry (without the contact); bad input and closed drafts store nothing")
    func commenting() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let open = try await draft("开放中的草案", tree, opens: "2026-11-01", closes: "2026-11-30", store)
            let ended = try await draft("已截止的草案", tree, opens: "2026-10-01", closes: "2026-11-19", store)
            let never = try await draft("起草中的草案", tree, stage: .drafting, opens: nil, closes: nil, store)
            let drafts = NormativePublicDrafts(db: store.db, today: Self.today)
            let audits = try await store.auditCount()

            // when: two good comments
            let first = try await drafts.comment(
                on: open, .init(body: "建议第二条明确适用范围。", name: "张三", contact: "13800000000"), by: store.actor)
            let second = try await drafts.comment(on: open, .init(body: "  建议增加过渡期。  "), by: store.actor)

            // then
            #expect((first, second) == (1, 2))
            #expect(try await count(store, "normative_comments") == 2)
            let entries = try await store.audit(action: "normative.comment.submit")
            #expect(entries.count == 2)
            #expect(try await store.auditCount() == audits + 2)
            #expect(entries.allSatisfy { !($0.after ?? "").contains("13800000000") })
            #expect(entries.contains { ($0.after ?? "").contains("张三") })
            #expect(entries.allSatisfy { $0.orgPath == tree.market.path.value })

            // when: comments that break the rules, or reach a draft that is not open
            let tooShort = await domainError { try await drafts.comment(on: open, .init(body: "不同意"), by: store.actor) }
            let tooLong = await domainError {
                try await drafts.comment(
                    on: open,
                    .init(
                        body: String(repeating: "长", count: 2001), name: String(repeating: "名", count: 41),
                        contact: String(repeating: "1", count: 101)), by: store.actor)
            }
            let closed = await domainError {
                try await drafts.comment(on: ended, .init(body: "建议第二条明确适用范围。"), by: store.actor)
            }
            let hidden = await domainError {
                try await drafts.comment(on: never, .init(body: "建议第二条明确适用范围。"), by: store.actor)
            }

            // then
            #expect(tooShort == .invalid("body", "意见内容至少5个字"))
            #expect(tooLong?.fields.map(\.field) == ["body", "name", "contact"])
            #expect(closed == .conflict("征求意见已于2026-11-19截止"))
            #expect(hidden == NormativePublicDrafts.notFound)
            #expect(try await count(store, "normative_comments") == 2)
            #expect(try await store.auditCount() == audits + 2)
        }
    }

    @Test("the drafting body reads the comments newest first; another subtree does not find the document")
    func commentsForTheDrafter() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let open = try await draft("开放中的草案", tree, opens: "2026-11-01", closes: "2026-11-30", store)
            let drafts = NormativePublicDrafts(db: store.db, today: Self.today)
            try await drafts.comment(on: open, .init(body: "第一条意见内容", contact: "a@example.cn"), by: store.actor)
            try await Task.sleep(for: .milliseconds(20))
            try await drafts.comment(on: open, .init(body: "第二条意见内容"), by: store.actor)

            // when
            let (document, comments) = try await NormativePublicCommentRepository(
                db: store.db, scope: Scope(tree.market)
            )
            .comments(of: open)
            let outside = await domainError {
                _ = try await NormativePublicCommentRepository(db: store.db, scope: Scope(tree.county)).comments(
                    of: open)
            }

            // then
            #expect(document.id == open)
            #expect(comments.map(\.body) == ["第二条意见内容", "第一条意见内容"])
            #expect(comments.last?.contact == "a@example.cn")
            #expect(outside == NormativePublicCommentRepository.notFound)
        }
    }
}
