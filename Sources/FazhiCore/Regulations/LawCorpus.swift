import Foundation

/// The parsed files of a corpus directory, and those that could not be read.
public struct LawCorpus: Sendable, Equatable {
    /// A file that could not be parsed at all.
    public struct Failure: Sendable, Equatable {
        /// Relative to the corpus root.
        public var path: String
        /// In Chinese, naming the file (`LawFileError.message`).
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    /// Sorted by `sourcePath`.
    public var files: [ParsedLawFile]
    /// Sorted by path.
    public var failures: [Failure]

    public init(files: [ParsedLawFile], failures: [Failure]) {
        self.files = files
        self.failures = failures
    }

    /// Files that are not documents: folder indexes of the site generator and read-me files.
    static let skippedNames: Set<String> = ["_index.md", "README.md"]

    /// Walks `directory` recursively and parses every `*.md` file except `_index.md` and `README.md`. Throws
    /// only when the directory itself cannot be listed.
    public static func read(directory: URL) throws -> LawCorpus {
        let paths = try markdownPaths(in: directory)
        let root = directory.standardizedFileURL
        var files: [ParsedLawFile] = []
        var failures: [Failure] = []
        for path in paths {
            do {
                let data = try Data(contentsOf: root.appendingPathComponent(path))
                guard let text = String(validating: data, as: UTF8.self) else { throw LawFileError.notUTF8(path: path) }
                files.append(try LawFileParser.parse(relativePath: path, text: text))
            } catch let error as LawFileError {
                failures.append(Failure(path: path, message: error.message))
            } catch {
                failures.append(
                    Failure(path: path, message: LawFileError.unreadable(path: path, reason: "\(error)").message))
            }
        }
        return LawCorpus(files: files, failures: failures)
    }

    /// The relative paths of the documents under `directory`, sorted.
    static func markdownPaths(in directory: URL) throws -> [String] {
        let root = directory.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = FileManager.default.enumerator(atPath: root)
        else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root]) }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard name.hasSuffix(".md"), !skippedNames.contains(name),
                enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular
            else { continue }
            paths.append(path)
        }
        return paths.sorted()
    }

    /// The files grouped by `workKey`, each group in version order (version date, then path).
    public var versionsByWork: [String: [ParsedLawFile]] {
        Dictionary(grouping: files, by: \.workKey).mapValues {
            $0.sorted { ($0.versionDate, $0.sourcePath) < ($1.versionDate, $1.sourcePath) }
        }
    }
}
