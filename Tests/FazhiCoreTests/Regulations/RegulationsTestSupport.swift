import Foundation
import Testing

@testable import FazhiCore

/// The namespace of the law corpus suites, so that `swift test --filter Regulations` runs them all.
enum Regulations {}

/// The real corpus (../shared/corpus/laws beside the repository, or `FAZHI_CORPUS_DIR`), read once for every
/// suite that needs it; nil when absent, so that the repository builds and tests alone.
enum LawCorpusFixture {
    static let directory: URL? = {
        if let path = ProcessInfo.processInfo.environment["FAZHI_CORPUS_DIR"], !path.isEmpty {
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        // Tests/FazhiCoreTests/Regulations/this file → the repository root → its parent.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let laws = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/laws")
        return FileManager.default.fileExists(atPath: laws.path) ? laws : nil
    }()

    static var available: Bool { directory != nil }

    /// The whole corpus parsed, and how long that took (a debug build's figure: an indication, not a benchmark).
    static let parsed: (corpus: LawCorpus, duration: Duration)? = {
        guard let directory else { return nil }
        var corpus: LawCorpus?
        let duration = ContinuousClock().measure { corpus = try? LawCorpus.read(directory: directory) }
        return corpus.map { ($0, duration) }
    }()

    static func file(_ path: String) throws -> ParsedLawFile {
        let corpus = try #require(parsed?.corpus)
        return try #require(corpus.files.first { $0.sourcePath == path }, "no \(path) in the corpus")
    }
}

/// Parses a fixture written in a test, as if it were the file at `path`.
func parseLaw(_ text: String, path: String = "行政法/示例法(2024-01-01).md") throws -> ParsedLawFile {
    try LawFileParser.parse(relativePath: path, text: text)
}

/// `CivilDate` from ISO text, for short expectations.
func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

extension ParsedLawFile {
    /// 「<kind>：」 of every problem.
    var problemKinds: [String] { problems.map { String($0.prefix { $0 != "：" }) } }
}
