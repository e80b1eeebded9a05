import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: reminders")
struct NormativeRemindersTests {
    static let today = NormativeTestData.today  // Wednesday 2027-03-10
    typealias Data = NormativeTestData

    struct People {
        let tree: Tree
        let market: User
        let justice: User
        let county: User
    }

    func people(_ store: TestStore) async throws -> People {
        let tree = try await Tree.build(in: store)
        return People(
            tree: tree, market: try await store.user("market", in: tree.market),
            justice: try await store.user("justice", in: tree.justice),
            county: try await store.user("county", in: tree.countyMarket))
    }

    @Test("a step due soon goes to the party that owes it, once; a moved date is reminded again; late ones escalate")
    func steps() async throws {
        try await TestStore.with { store in
            // given: a document to be filed by the market regulator with the justice bureau, due Friday
            let p = try await people(store)
            var filing = NormativeFixtures.Document(
                title: "测试报备文件", drafter: p.tree.market, filingBody: p.tree.justice, stage: .published,
                publishedOn: Data.day("2027-02-12"))
            filing.dueOn = Data.day("2027-03-12")
            let id = try await NormativeFixtures.insert(filing, on: store.db)
            // a document under review, owed by the justice bureau, due the same day
            var review = NormativeFixtures.Document(
                title: "测试审查文件", drafter: p.tree.countyMarket, filingBody: p.tree.justice, stage: .underReview,
                publishedOn: Data.day("2027-01-05"))
            review.dueOn = Data.day("2027-03-12")
            try await NormativeFixtures.insert(review, on: store.db)
            // a draft out for comment whose minimum period ended: nobody owes anything
            var comment = NormativeFixtures.Document(title: "测试征求意见稿", drafter: p.tree.market, stage: .publicComment)
            comment.dueOn = Data.day("2027-03-01")
            try await NormativeFixtures.insert(comment, on: store.db)

            // when
            let sent = try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db)
            // then
            #expect(sent == 2)
            let market = try await Data.notifications(store, to: p.market)
            #expect(market.map(\.title) == ["报送备案即将到期：测试报备文件"])
            #expect(market.first?.link == "/normative/\(id)")
            #expect(try await Data.notifications(store, to: p.justice).map(\.title) == ["备案审查即将到期：测试审查文件"])
            #expect(try await Data.notifications(store, to: p.county).isEmpty)
            // never twice
            #expect(try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 0)

            // the filing deadline moves (a re-computed deadline): reminded afresh
            try await (store.db as! any SQLDatabase).raw(
                "UPDATE normative_documents SET due_on = '2027-03-11' WHERE id = \(bind: id)"
            ).run()
            #expect(try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 1)
            #expect(try await Data.notifications(store, to: p.market).count == 2)

            // late: the drafting body again, and the filing body told too; once
            let late = Data.day("2027-03-15")
            #expect(try await NormativeReminders.sweep(today: late, calendar: .official, on: store.db) == 2)
            #expect(try await Data.notifications(store, to: p.market).first?.title == "报送备案已逾期：测试报备文件")
            let justice = try await Data.notifications(store, to: p.justice)
            #expect(justice.contains { $0.kind == "normative.escalated" && $0.title == "报送备案已逾期：测试报备文件" })
            #expect(justice.contains { $0.title == "备案审查已逾期：测试审查文件" })
            #expect(try await NormativeReminders.sweep(today: late, calendar: .official, on: store.db) == 0)
        }
    }

    @Test("a term ending within six months asks the drafting body once for the evaluation; far or ended ones do not")
    func expiry() async throws {
        try await TestStore.with { store in
            let p = try await people(store)
            let soon = try await NormativeFixtures.insert(
                Data.published("即将到期的办法", by: p.tree.market, expires: "2027-08-31"), on: store.db)
            try await NormativeFixtures.insert(
                Data.published("远未到期的办法", by: p.tree.market, expires: "2028-12-31"), on: store.db)
            var repealed = Data.published("已废止的办法", by: p.tree.market, expires: "2027-04-30")
            repealed.decision = .repeal
            repealed.decidedOn = Data.day("2027-01-01")
            try await NormativeFixtures.insert(repealed, on: store.db)

            #expect(try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 1)
            let notes = try await Data.notifications(store, to: p.market)
            #expect(notes.map(\.title) == ["有效期即将届满：即将到期的办法"])
            #expect(notes.first?.link == "/normative/\(soon)/expiry")
            #expect(
                try await NormativeReminders.sweep(today: Data.day("2027-05-10"), calendar: .official, on: store.db)
                    == 0)
        }
    }

    @Test("an unanswered review suggestion is reminded to the filing body")
    func suggestions() async throws {
        try await TestStore.with { store in
            let p = try await people(store)
            let document = try await NormativeFixtures.insert(
                Data.published("被提出审查建议的办法", by: p.tree.countyMarket, filingBody: p.tree.justice), on: store.db)
            let id = UUID()
            let sql = store.db as! any SQLDatabase
            try await sql.insert(into: "normative_suggestions")
                .columns(
                    "id", "receipt", "document_id", "filing_path", "submitted_at", "received_on", "due_on", "body",
                    "status"
                )
                .values(
                    SQLBind(id), SQLBind("JY20270110-ABCDEFGH"), SQLBind(document), SQLBind(p.tree.justice.path.value),
                    SQLBind(Date()), SQLBind("2027-01-10"), SQLBind("2027-03-11"), SQLBind("第三条与上位法不一致"),
                    SQLBind("received")
                ).run()

            #expect(try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 1)
            let notes = try await Data.notifications(store, to: p.justice)
            #expect(notes.map(\.title) == ["审查建议即将到期：JY20270110-ABCDEFGH"])
            #expect(notes.first?.link == "/normative/suggestions/\(id)")
            #expect(try await Data.notifications(store, to: p.county).isEmpty)
            #expect(try await NormativeReminders.sweep(today: Self.today, calendar: .official, on: store.db) == 0)
            // answered: nothing more
            try await sql.raw("UPDATE normative_suggestions SET status = 'answered' WHERE id = \(bind: id)").run()
            #expect(
                try await NormativeReminders.sweep(today: Data.day("2027-03-15"), calendar: .official, on: store.db)
                    == 0)
        }
    }
}
