import Crypto
import FazhiCore
import Fluent
import Foundation
import SQLKit

/// One file of a corpus, parsed, with the SHA-256 of its bytes as read (so anyone can check a version against the
/// file it came from).
public struct LawImportFile: Sendable {
    public var parsed: ParsedLawFile
    public var sourceSHA256: String

    public init(parsed: ParsedLawFile, sourceSHA256: String) {
        self.parsed = parsed
        self.sourceSHA256 = sourceSHA256
    }

    /// The file parsed from its bytes as read (UTF-8), hashed.
    public init(relativePath: String, bytes: Data) throws {
        self.init(
            parsed: try LawFileParser.parse(relativePath: relativePath, text: String(decoding: bytes, as: UTF8.self)),
            sourceSHA256: LedgerHex.encode(SHA256.hash(data: bytes)))
    }
}

/// What an import did.
public struct LawImportReport: Sendable, Equatable {
    public var filesRead = 0
    public var worksAdded = 0
    public var versionsAdded = 0
    /// Versions whose file or parser changed, read again.
    public var versionsReplaced = 0
    /// Versions whose file and parser are unchanged but whose place in their work changed (a newer version arrived).
    public var versionsRedated = 0
    public var versionsUnchanged = 0
    /// Versions in the library whose file is no longer in the corpus; kept, never deleted.
    public var versionsNotInCorpus = 0
    /// Files that repeat another file's work and version date (the same text filed under two folders): skipped.
    public var duplicatesSkipped: [String] = []
    public var articles = 0

    public init() {}

    public var changedAnything: Bool { worksAdded + versionsAdded + versionsReplaced + versionsRedated > 0 }
}

/// Imports a parsed corpus into the library (法规库), idempotently: a file already imported with the same bytes by
/// the same parser is not touched, so running the import again changes nothing (and records nothing).
///
/// Works and versions get integer ids in path order; a version whose file changed keeps its id and is rewritten with
/// its provisions and index rows. Everything happens in one transaction: an import is all or nothing.
public struct LawImport: Sendable {
    /// Raised whenever `LawFileParser` reads the same file differently, so that the next import reads every file
    /// again.
    public static let parserRevision = 1

    let db: any Database

    public init(db: any Database) { self.db = db }

    public func run(_ files: [LawImportFile], by actor: Actor, now: Date = Date()) async throws -> LawImportReport {
        let (works, duplicates) = LawImportPlan.works(of: files)
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            if sql.dialect.name == "sqlite" {
                // The import writes tens of megabytes; a larger page cache for this connection keeps SQLite from
                // spilling pages to the file and reading them back before the commit.
                try await sql.raw("PRAGMA cache_size = -131072").run()
            }
            var writer = try await LawImportWriter.open(on: sql, now: now)
            var report = LawImportReport()
            report.filesRead = files.count
            report.duplicatesSkipped = duplicates
            for work in works {
                try await writer.write(work, into: &report)
            }
            report.versionsNotInCorpus = writer.versionsNotSeen
            if report.changedAnything {
                try await AuditLog.append(
                    .of(
                        "laws.import", "law_library", id: "corpus", before: nil as LawImportSummary?,
                        after: LawImportSummary(report)),
                    orgPath: OrgPath(value: "/"), by: actor, on: tx)
            }
            return report
        }
    }
}

/// The audit record of an import: counts, not texts (the texts are in the library, each with its file's hash).
struct LawImportSummary: Codable {
    var filesRead: Int
    var worksAdded: Int
    var versionsAdded: Int
    var versionsReplaced: Int
    var versionsRedated: Int

    init(_ report: LawImportReport) {
        filesRead = report.filesRead
        worksAdded = report.worksAdded
        versionsAdded = report.versionsAdded
        versionsReplaced = report.versionsReplaced
        versionsRedated = report.versionsRedated
    }
}

/// The corpus grouped into works, each with its versions in order, and the dates each version's status depends on.
enum LawImportPlan {
    struct Work {
        var key: String
        var versions: [Version]
        /// The newest version speaks for the work (its title, kind, issuer, region).
        var newest: ParsedLawFile { versions[versions.count - 1].file.parsed }
    }

    struct Version {
        var file: LawImportFile
        var supersededOn: CivilDate?
        var isCurrent: Bool
    }

    /// The works, and the paths of the files skipped as duplicates.
    static func works(of files: [LawImportFile]) -> (works: [Work], duplicates: [String]) {
        let grouped = Dictionary(grouping: files, by: { $0.parsed.workKey })
        var duplicates: [String] = []
        let works = grouped.map { key, files in
            let sorted = files.sorted {
                ($0.parsed.versionDate, $0.parsed.effectiveOn, $0.parsed.sourcePath)
                    < ($1.parsed.versionDate, $1.parsed.effectiveOn, $1.parsed.sourcePath)
            }
            // The corpus files a few laws under two 法律部门 with the same date: one version, kept once (the
            // first path), or the copy would supersede the original on the day it took effect.
            var ordered: [LawImportFile] = []
            for file in sorted {
                if ordered.last?.parsed.versionDate == file.parsed.versionDate {
                    duplicates.append(file.parsed.sourcePath)
                } else {
                    ordered.append(file)
                }
            }
            let versions = ordered.enumerated().map { index, file in
                // A version stops being in force when the next one takes effect (已修改).
                let next = index + 1 < ordered.count ? ordered[index + 1].parsed.effectiveOn : nil
                return Version(file: file, supersededOn: next, isCurrent: index == ordered.count - 1)
            }
            return Work(key: key, versions: versions)
        }
        // Ids follow the first path of each work, so a fresh import of the same corpus numbers works the same way.
        let ordered = works.sorted {
            $0.versions.map(\.file.parsed.sourcePath).min()! < $1.versions.map(\.file.parsed.sourcePath).min()!
        }
        return (ordered, duplicates.sorted())
    }
}
