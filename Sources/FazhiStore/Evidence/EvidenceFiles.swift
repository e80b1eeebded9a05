import Crypto
import FazhiCore
import Foundation
import SQLKit

/// A file attached as evidence (佐证材料) to a progress report or a rectification report: its name, size and
/// SHA-256, which the audit log (and so the evidence ledger) records with the report.
public struct EvidenceFile: Sendable, Equatable, Codable {
    public var name: String
    public var size: Int
    public var sha256: String

    public init(name: String, size: Int, sha256: String) {
        self.name = name
        self.size = size
        self.sha256 = sha256
    }

    /// The record of `content` as uploaded under `name`.
    public init(name: String, content: Data) {
        self.init(name: name, size: content.count, sha256: LedgerHex.encode(SHA256.hash(data: content)))
    }
}

/// The limits every report with evidence keeps, and their messages.
public enum EvidenceUpload {
    public static let maximumFileSize = 20 * 1024 * 1024
    public static let maximumFiles = 10

    /// Adds a message to `v` for each file that breaks a limit.
    static func check(_ files: [(name: String, content: Data)], into v: inout Validation) {
        if files.count > maximumFiles { v.add("files", "每次最多上传\(maximumFiles)个佐证材料") }
        for file in files where file.content.count > maximumFileSize {
            v.add("files", "佐证材料「\(file.name)」超过20MB，请压缩或拆分后上传")
        }
        for file in files where file.content.isEmpty { v.add("files", "佐证材料「\(file.name)」是空文件") }
    }
}

/// Evidence files by content (the `evidence_files` table): a file attached twice is stored once, and its SHA-256
/// proves later that the file shown is the file reported. Callers check that the user may see a report holding the
/// file before they read it.
enum EvidenceFiles {
    /// Stores `content` unless a file with the same hash is already there; inside the caller's transaction.
    static func store(_ content: Data, sha256: String, at date: Date, on sql: any SQLDatabase) async throws {
        let exists = try await sql.raw("SELECT 1 AS x FROM evidence_files WHERE sha256 = \(bind: sha256)").first()
        guard exists == nil else { return }
        try await BulkInsert.run(
            into: "evidence_files", columns: ["sha256", "size", "content", "created_at"],
            rows: [[sha256, content.count, content, date]], on: sql)
    }

    static func content(_ sha256: String, on sql: any SQLDatabase) async throws -> Data? {
        try await sql.raw("SELECT content FROM evidence_files WHERE sha256 = \(bind: sha256)").first()?
            .decode(column: "content", as: Data.self)
    }
}
