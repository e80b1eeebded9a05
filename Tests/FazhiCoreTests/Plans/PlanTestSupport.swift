import Foundation
import Testing

@testable import FazhiCore

/// The shared seeds (../shared/seeds beside the repository), found from this file's path; nil when absent, so
/// that the repository builds and tests alone.
enum PlanSeeds {
    static let folder: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: seeds.path) ? seeds : nil
    }()

    static var available: Bool { folder != nil }

    /// The seed whose file name starts with `prefix` (「001」).
    static func data(_ prefix: String) throws -> Data {
        let folder = try #require(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.sorted().first { $0.hasPrefix(prefix + "_") }, "no seed \(prefix)_*")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func parse(_ prefix: String) throws -> PlanDocument { try PlanParser().parse(data: data(prefix)) }
}

/// Parses a plan written in a test.
func parsePlan(_ text: String, year: Int? = nil) throws -> PlanDocument {
    try PlanParser(options: .init(referenceYear: year)).parse(text)
}

extension PlanDocument {
    /// 「一、」「（一）」「1.」 … of every node, depth first, as repaired.
    var markers: [String] { allNodes.map(\.marker) }
}
