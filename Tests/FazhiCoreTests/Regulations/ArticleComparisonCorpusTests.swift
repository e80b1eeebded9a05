import Foundation
import Testing

@testable import FazhiCore

/// Versions of laws from ../shared/corpus/laws, read by the real parser.
enum ComparisonCorpus {
    static var available: Bool { LawCorpusFixture.directory != nil }

    /// The articles of one corpus file.
    static func articles(_ path: String) throws -> [ArticleText] {
        let text = try String(contentsOf: LawCorpusFixture.directory!.appendingPathComponent(path), encoding: .utf8)
        return try LawFileParser.parse(relativePath: path, text: text).articles.map {
            ArticleText(eid: $0.eid, number: $0.number, text: $0.text)
        }
    }
}

extension Regulations {
    @Suite(
        "ArticleComparison on the corpus",
        .enabled(if: ComparisonCorpus.available, "../shared/corpus/laws is absent: real revisions not compared"))
    struct ArticleComparisonCorpusTests {
        @Test("行政复议法 2017 → 2023, a rewrite from 43 to 90 articles")
        func administrativeReconsiderationLaw() throws {
            // given
            let old = try ComparisonCorpus.articles("诉讼与非诉讼程序法/行政复议法(2017-09-01).md")
            let new = try ComparisonCorpus.articles("诉讼与非诉讼程序法/行政复议法(2023-09-01).md")
            // when
            let rows = ArticleComparison.compare(old: old, new: new)
            // then every article of each version appears exactly once
            #expect(old.count == 43 && new.count == 90)
            #expect(rows.compactMap(\.oldNumber).sorted() == old.map(\.number).sorted())
            #expect(rows.compactMap(\.newNumber) == new.map(\.number))
            // and most old articles live on, amended, in the new law
            let paired = rows.filter { $0.oldNumber != nil && $0.newNumber != nil }
            let count = { (change: ComparedArticle.Change) in rows.filter { $0.change == change }.count }
            #expect(paired.count >= 25 && paired.count <= 35, "paired \(paired.count)")
            #expect(count(.added) == new.count - paired.count && count(.removed) == old.count - paired.count)
            #expect(count(.changed) > count(.unchanged))
            // the purpose clause stays 第一条; the right to sue after reconsideration moves from 第五条 to 第十条
            #expect(rows.first { $0.oldNumber == "第一条" }?.newNumber == "第一条")
            #expect(rows.first { $0.oldNumber == "第五条" }?.newNumber == "第十条")
        }

        @Test("民事诉讼法 2021 → 2023, an amendment: most articles unchanged, some inserted")
        func civilProcedureLaw() throws {
            // given
            let old = try ComparisonCorpus.articles("诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md")
            let new = try ComparisonCorpus.articles("诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md")
            // when
            let rows = ArticleComparison.compare(old: old, new: new)
            // then
            let count = { (change: ComparedArticle.Change) in rows.filter { $0.change == change }.count }
            #expect(count(.unchanged) > old.count * 2 / 3)
            #expect(count(.added) == new.count - old.count + count(.removed))
            #expect(rows.compactMap(\.newNumber) == new.map(\.number))
        }
    }
}
