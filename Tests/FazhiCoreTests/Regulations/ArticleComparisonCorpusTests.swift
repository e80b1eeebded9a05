import Foundation
import Testing

@testable import FazhiCore

/// The laws in ../shared/corpus/laws, one Markdown file per version.
enum LawCorpus {
    static let folder: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/laws")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }()

    static var available: Bool { folder != nil }

    /// The articles of one file, split naively: a line starting 第…条 starts an article and the lines after it,
    /// up to the next heading or article, belong to it.
    static func articles(_ path: String) throws -> [ArticleText] {
        let text = try String(contentsOf: folder!.appendingPathComponent(path), encoding: .utf8)
        let numerals = "一二三四五六七八九十百千零〇"
        var articles: [ArticleText] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("第"), let end = line.firstIndex(of: "条"),
                line[line.index(after: line.startIndex)..<end].allSatisfy(numerals.contains)
            {
                let number = String(line[...end])
                let body = line[line.index(after: end)...].trimmingCharacters(in: .whitespaces)
                articles.append(ArticleText(eid: "art_\(articles.count + 1)", number: number, text: body))
            } else if !articles.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("<") {
                articles[articles.count - 1].text += "\n" + line
            }
        }
        return articles
    }
}

extension Regulations {
    @Suite(
        "ArticleComparison on the corpus",
        .enabled(if: LawCorpus.available, "../shared/corpus/laws is absent: real revisions not compared"))
    struct ArticleComparisonCorpusTests {
        @Test("行政复议法 2017 → 2023, a rewrite from 43 to 90 articles")
        func administrativeReconsiderationLaw() throws {
            // given
            let old = try LawCorpus.articles("诉讼与非诉讼程序法/行政复议法(2017-09-01).md")
            let new = try LawCorpus.articles("诉讼与非诉讼程序法/行政复议法(2023-09-01).md")
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
            let old = try LawCorpus.articles("诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md")
            let new = try LawCorpus.articles("诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md")
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
