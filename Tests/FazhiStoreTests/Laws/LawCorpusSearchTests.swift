import FazhiTestSupport
import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// The search over the real corpus (`../shared/corpus/laws`): queries a user of a legal database would type, each
/// with the document that must come first. Runs on SQLite and, with `FAZHI_TEST_POSTGRES_URL`, on PostgreSQL, with
/// the same expectations: that is what "the same results on both databases" means in practice.
///
/// A part of the corpus is imported (the national laws and regulations and Beijing's local regulations, about a
/// third of it) to keep the suite's time reasonable; the benchmark (`scripts/bench/laws.sh`) uses all of it.
@Suite("Law library: search over the real corpus")
struct LawCorpusSearchTests {
    static let folders = [
        "宪法", "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法", "行政法规",
        "DLC/北京地方法规",
    ]
    static let today = CivilDate(iso: "2026-12-01")!

    /// A query and the title that must come first.
    struct Expectation: CustomStringConvertible {
        var q: String
        var filters = LawSearchFilters()
        var first: String
        var description: String { "\(q) → \(first)" }
    }

    static let expectations: [Expectation] = [
        // Titles: the document itself first.
        .init(q: "行政处罚法", first: "中华人民共和国行政处罚法"),
        .init(q: "行政复议法", first: "中华人民共和国行政复议法"),
        .init(q: "行政许可法", first: "中华人民共和国行政许可法"),
        .init(q: "行政强制", first: "中华人民共和国行政强制法"),
        .init(q: "行政诉讼", first: "中华人民共和国行政诉讼法"),
        .init(q: "国家赔偿", first: "中华人民共和国国家赔偿法"),
        .init(q: "立法法", first: "中华人民共和国立法法"),
        .init(q: "宪法", first: "中华人民共和国宪法"),
        .init(q: "治安管理处罚", first: "中华人民共和国治安管理处罚法"),
        .init(q: "食品安全法", first: "中华人民共和国食品安全法"),
        .init(q: "个人信息保护", first: "中华人民共和国个人信息保护法"),
        .init(q: "数据安全", first: "中华人民共和国数据安全法"),
        .init(q: "安全生产法", first: "中华人民共和国安全生产法"),
        .init(q: "环境保护法", first: "中华人民共和国环境保护法"),
        .init(q: "法律援助", first: "中华人民共和国法律援助法"),
        .init(q: "人民调解", first: "中华人民共和国人民调解法"),
        .init(q: "政府信息公开条例", first: "中华人民共和国政府信息公开条例"),
        .init(q: "重大行政决策程序", first: "重大行政决策程序暂行条例"),
        .init(q: "法规规章备案审查", first: "法规规章备案审查条例"),
        .init(q: "规章制定程序", first: "规章制定程序条例"),
        .init(q: "移送涉嫌犯罪案件", first: "行政执法机关移送涉嫌犯罪案件的规定"),
        .init(q: "信访工作条例", first: "信访工作条例"),
        .init(q: "行政复议法实施条例", first: "中华人民共和国行政复议法实施条例"),
        // Filters.
        .init(q: "优化营商环境", filters: LawSearchFilters(kind: .administrativeRegulation), first: "优化营商环境条例"),
        .init(q: "物业管理", filters: LawSearchFilters(region: "北京"), first: "北京市物业管理条例"),
        .init(q: "生活垃圾", filters: LawSearchFilters(region: "北京"), first: "北京市生活垃圾管理条例"),
        // Phrases only the body holds: the one document that says it.
        .init(q: "九十日内作出行政处罚决定", first: "中华人民共和国行政处罚法"),
        .init(q: "“适用普通程序审理的行政复议案件”", first: "中华人民共和国行政复议法"),
        .init(q: "决策承办单位 公开征求意见", first: "重大行政决策程序暂行条例"),
        .init(q: "“依申请提供政府信息，不收取费用”", first: "中华人民共和国政府信息公开条例"),
        // Several terms: the title holding more of them first.
        .init(q: "行政处罚 听证 没收", first: "中华人民共和国行政处罚法"),
    ]

    @Test(
        "at least 30 queries put the expected document first",
        .enabled(if: LawCorpus.testDirectory != nil, "the corpus ../shared/corpus/laws is not on this machine"))
    func expectedFirstResults() async throws {
        let root = try #require(LawCorpus.testDirectory)
        #expect(Self.expectations.count >= 30)
        try await TestStore.with { store in
            // given
            let files = try Self.files(in: root)
            let report = try await LawImport(db: store.db).run(files, by: store.actor)
            #expect(report.versionsAdded + report.duplicatesSkipped.count == files.count)
            let search = LawSearch(db: store.db)

            // when, then
            for expectation in Self.expectations {
                let results = try await search.search(
                    try LawSearchQuery(parsing: expectation.q), filters: expectation.filters, today: Self.today)
                #expect(
                    results.hits.first?.version.title == expectation.first,
                    "\(expectation): got \(results.hits.prefix(3).map(\.version.title))")
            }
        }
    }

    static func files(in root: URL) throws -> [LawImportFile] {
        var files: [LawImportFile] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in walker where url.pathExtension == "md" && url.lastPathComponent != "_index.md" {
                let relative = String(url.path.dropFirst(root.path.count + 1))
                files.append(try LawImportFile(relativePath: relative, bytes: try Data(contentsOf: url)))
            }
        }
        return files.sorted { $0.parsed.sourcePath < $1.parsed.sourcePath }
    }
}

extension LawCorpus {
    /// `../shared/corpus/laws` beside the repository (or `FAZHI_CORPUS_DIR`), if it is there.
    static var testDirectory: URL? {
        if let given = ProcessInfo.processInfo.environment["FAZHI_CORPUS_DIR"] {
            return URL(fileURLWithPath: given)
        }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/laws")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }
}
