import Foundation
import Testing

@testable import FazhiCore

/// The namespace of the law corpus suites, so that `swift test --filter Regulations` runs them all.
enum Regulations {}

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
