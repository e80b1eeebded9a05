import Foundation
import ZIPFoundation

/// The parts of an .xlsx package (a ZIP) and the relationships that tie them together, read in memory.
struct XLSXArchive {
    /// A sheet at the row limit with a few dozen columns is about this much XML; refuses a ZIP bomb before it
    /// is inflated, and stops one that lies about its size while it is.
    static let maximumPartBytes = 128 * 1024 * 1024

    /// One `<Relationship>`: `type` is a URI whose last segment says what the target is (worksheet, styles…).
    struct Relationship: Equatable {
        let id: String
        let type: String
        /// The path of the target inside the package.
        let path: String

        func isOfType(_ last: String) -> Bool { type.hasSuffix("/" + last) }
    }

    private let archive: Archive

    init(_ data: Data) throws(SpreadsheetInputError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corrupt("文件已损坏，或不是有效的 .xlsx 文件。")
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The inflated bytes of the part at `path`.
    func data(_ path: String) throws(SpreadsheetInputError) -> Data {
        guard let entry = archive[path] else { throw .corrupt("缺少 \(path)。") }
        let limit = Self.maximumPartBytes
        guard entry.uncompressedSize <= UInt64(limit) else { throw .corrupt("\(path) 内容过大。") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw SizeExceeded() }
                data.append(chunk)
            }
        } catch is SizeExceeded {
            throw .corrupt("\(path) 内容过大。")
        } catch {
            throw .corrupt("文件已损坏（\(path) 无法解压）。")
        }
        return data
    }

    private struct SizeExceeded: Error {}

    /// The relationships of the part at `path` (from `dir/_rels/name.rels`); the package's own for "". A part
    /// without a relationships part has none.
    func relationships(of path: String) throws(SpreadsheetInputError) -> [Relationship] {
        let directory = Self.directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = directory + "_rels/" + name + ".rels"
        guard contains(relsPath) else { return [] }
        var reader = RelationshipReader(base: directory)
        try XLSXPartParser.parse(try data(relsPath), part: relsPath, into: &reader)
        return reader.relationships
    }

    /// "xl/" for "xl/workbook.xml"; "" for a part at the root.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship's target as a path in the package: targets are relative to the source part's
    /// directory (`worksheets/sheet1.xml`, `../media/x.png`) unless they start with `/`.
    static func resolve(_ target: String, from directory: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private struct RelationshipReader: XLSXPartHandler {
        let base: String
        var relationships: [Relationship] = []

        mutating func start(_ name: Substring, attributes: [String: String]) {
            // External targets (hyperlinks) are URLs, not parts.
            guard name == "Relationship", attributes["TargetMode"] != "External", let id = attributes["Id"],
                let type = attributes["Type"], let target = attributes["Target"]
            else { return }
            relationships.append(Relationship(id: id, type: type, path: XLSXArchive.resolve(target, from: base)))
        }
    }
}
