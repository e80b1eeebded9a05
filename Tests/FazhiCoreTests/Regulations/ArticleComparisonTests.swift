import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("ArticleComparison")
    struct ArticleComparisonTests {
        static let texts = [
            "为了规范行政处罚的设定和实施，保障和监督行政机关有效实施行政管理，制定本法。",
            "行政处罚是指行政机关依法对违反行政管理秩序的公民、法人或者其他组织，以减损权益或者增加义务的方式予以惩戒的行为。",
            "行政处罚的设定和实施，适用本法。",
            "行政处罚遵循公正、公开的原则。设定和实施行政处罚必须以事实为依据。",
            "公民、法人或者其他组织对行政机关所给予的行政处罚，享有陈述权、申辩权。",
        ]

        /// Articles numbered 第一条, 第二条, … in order, with eids old-1 or new-1 ….
        static func articles(_ texts: [String], _ side: String) -> [ArticleText] {
            texts.enumerated().map {
                ArticleText(eid: "\(side)-\($0.offset + 1)", number: "第\($0.offset + 1)条", text: $0.element)
            }
        }

        @Test func identicalVersionsAreAllUnchanged() {
            // given
            let old = Self.articles(Self.texts, "old")
            // when
            let rows = ArticleComparison.compare(old: old, new: Self.articles(Self.texts, "new"))
            // then
            #expect(rows.map(\.change) == Array(repeating: .unchanged, count: 5))
            #expect(rows[0].pieces == [TextChange(.same, Self.texts[0])])
            #expect(rows.map(\.oldEid) == old.map(\.eid))
        }

        @Test("an inserted article renumbers the rest, and they still pair with their old selves")
        func insertedArticleShiftsNumbering() {
            // given
            var newTexts = Self.texts
            newTexts.insert("行政处罚的种类包括警告、通报批评、罚款、没收违法所得。", at: 1)
            // when
            let rows = ArticleComparison.compare(
                old: Self.articles(Self.texts, "old"), new: Self.articles(newTexts, "new"))
            // then
            #expect(rows.map(\.change) == [.unchanged, .added, .unchanged, .unchanged, .unchanged, .unchanged])
            #expect(rows[1].newNumber == "第2条" && rows[1].oldNumber == nil)
            #expect(rows[1].pieces == [TextChange(.inserted, newTexts[1])])
            #expect(rows[2].oldNumber == "第2条" && rows[2].newNumber == "第3条")
            #expect(rows[5].oldNumber == "第5条" && rows[5].newNumber == "第6条")
        }

        @Test func removedArticleStandsWhereItWas() {
            // given
            var newTexts = Self.texts
            newTexts.remove(at: 2)
            // when
            let rows = ArticleComparison.compare(
                old: Self.articles(Self.texts, "old"), new: Self.articles(newTexts, "new"))
            // then
            #expect(rows.map(\.change) == [.unchanged, .unchanged, .removed, .unchanged, .unchanged])
            #expect(rows[2].oldNumber == "第3条" && rows[2].newNumber == nil && rows[2].newEid == nil)
            #expect(rows[2].pieces == [TextChange(.deleted, Self.texts[2])])
            #expect(rows[3].oldNumber == "第4条" && rows[3].newNumber == "第3条")
        }

        @Test func changedArticleGetsAnInlineDiff() {
            // given
            var newTexts = Self.texts
            newTexts[3] = "行政处罚遵循公正、公开的原则。设定和实施行政处罚必须以事实为依据，与违法行为的事实、性质相当。"
            // when
            let rows = ArticleComparison.compare(
                old: Self.articles(Self.texts, "old"), new: Self.articles(newTexts, "new"))
            // then
            #expect(rows.map(\.change) == [.unchanged, .unchanged, .unchanged, .changed, .unchanged])
            #expect(
                rows[3].pieces == [
                    TextChange(.same, "行政处罚遵循公正、公开的原则。设定和实施行政处罚必须以事实为依据"),
                    TextChange(.inserted, "，与违法行为的事实、性质相当"), TextChange(.same, "。"),
                ])
        }

        @Test("a changed article pairs with its old self even when an article is inserted before it")
        func changedAndShifted() {
            // given
            var newTexts = Self.texts
            newTexts[4] = "公民、法人或者其他组织对行政机关所给予的行政处罚，依法享有陈述权、申辩权。"
            newTexts.insert("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。", at: 0)
            // when
            let rows = ArticleComparison.compare(
                old: Self.articles(Self.texts, "old"), new: Self.articles(newTexts, "new"))
            // then
            #expect(rows.map(\.change) == [.added, .unchanged, .unchanged, .unchanged, .unchanged, .changed])
            #expect(rows[5].oldNumber == "第5条" && rows[5].newNumber == "第6条")
            #expect(rows[5].pieces.filter { $0.kind != .same } == [TextChange(.inserted, "依法")])
        }

        @Test("a rewritten article with little in common is removed and added, not paired")
        func unrelatedReplacementIsRemovedAndAdded() {
            // given: the middle of three articles replaced by an unrelated one
            let old = ["行政处罚的设定和实施，适用本法。", "国家机关工作人员不得利用职务便利。", "本法自公布之日起施行。"]
            let new = ["行政处罚的设定和实施，适用本法。", "船舶在港区内航行应当遵守港口规定。", "本法自公布之日起施行。"]
            // when
            let rows = ArticleComparison.compare(old: Self.articles(old, "old"), new: Self.articles(new, "new"))
            // then
            #expect(rows.map(\.change) == [.unchanged, .removed, .added, .unchanged])
        }

        @Test("a moved article is paired at its new place and marked as moved")
        func reorderedArticles() {
            // given: the last article moved to the front
            let newTexts = [Self.texts[4]] + Self.texts[0..<4]
            // when
            let rows = ArticleComparison.compare(
                old: Self.articles(Self.texts, "old"), new: Self.articles(newTexts, "new"))
            // then
            #expect(rows.map(\.change) == Array(repeating: .unchanged, count: 5))
            #expect(rows.map(\.newNumber) == ["第1条", "第2条", "第3条", "第4条", "第5条"])
            #expect(rows.map(\.oldNumber) == ["第5条", "第1条", "第2条", "第3条", "第4条"])
            #expect(rows.map(\.isMoved) == [true, false, false, false, false])
        }

        @Test func theTupleFormGivesTheSameRows() {
            // given
            let old = Self.articles(Self.texts, "old")
            let new = Self.articles(Array(Self.texts.dropFirst()), "new")
            // when
            let rows = ArticleComparison.compare(
                old: old.map { (eid: $0.eid, number: $0.number, text: $0.text) },
                new: new.map { (eid: $0.eid, number: $0.number, text: $0.text) })
            // then
            #expect(rows == ArticleComparison.compare(old: old, new: new))
            #expect(rows.first?.change == .removed)
        }

        @Test func emptyVersions() {
            // given
            let some = Self.articles(Self.texts, "x")
            // when, then
            #expect(ArticleComparison.compare(old: [ArticleText](), new: []).isEmpty)
            #expect(ArticleComparison.compare(old: some, new: []).map(\.change) == Array(repeating: .removed, count: 5))
            #expect(ArticleComparison.compare(old: [], new: some).map(\.change) == Array(repeating: .added, count: 5))
        }
    }
}
