import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A log entry as stored.
public struct LedgerEntry: Sendable, Equatable {
    public let index: UInt64
    public let data: [UInt8]
    public let leafHash: MerkleHash
    public let createdAt: Date
}

/// A signed checkpoint as stored.
public struct StoredCheckpoint: Sendable, Equatable {
    public let size: UInt64
    public let rootHash: MerkleHash
    /// The signed note text, as served at `/ledger/checkpoint`.
    public let note: String
    public let createdAt: Date
}

/// Reads and writes the ledger tables (see `CreateLedger`) with SQLKit: bound parameters, multi-row inserts, and
/// range scans on the primary keys, which is all the log needs.
public struct LedgerStore: Sendable {
    let sql: any SQLDatabase

    public init(db: any Database) {
        sql = db as! any SQLDatabase
    }

    // MARK: entries and hashes

    /// The number of entries: one past the highest index (entries are dense from 0).
    public func size() async throws -> UInt64 {
        let row = try await sql.raw("SELECT MAX(idx) AS last FROM ledger_entries").first()
        return try row?.decode(column: "last", as: Int64?.self).map { UInt64($0) + 1 } ?? 0
    }

    /// Writes entries and node hashes; the caller runs this inside the transaction that makes them durable together.
    func insert(entries: [(index: UInt64, data: [UInt8], leafHash: MerkleHash)], nodes: [(MerkleNodeID, MerkleHash)])
        async throws
    {
        let now = Date()
        try await BulkInsert.run(
            into: "ledger_entries", columns: ["idx", "data", "leaf_hash", "created_at"],
            rows: entries.map { [Int64($0.index), Data($0.data), Data($0.leafHash.bytes), now] }, on: sql)
        try await BulkInsert.run(
            into: "ledger_nodes", columns: ["level", "idx", "hash"],
            rows: nodes.map { [$0.0.level, Int64($0.0.index), Data($0.1.bytes)] }, on: sql)
    }

    /// The entry at `index`, if there is one.
    public func entry(at index: UInt64) async throws -> LedgerEntry? {
        guard index < UInt64(Int64.max) else { return nil }  // beyond any bigint index
        return try await entries(in: index..<(index + 1)).first
    }

    /// The entries with indices in `range`, in order (only those that exist).
    public func entries(in range: Range<UInt64>) async throws -> [LedgerEntry] {
        let limit = UInt64(Int64.max)
        let range = min(range.lowerBound, limit)..<min(range.upperBound, limit)
        return try await sql.raw(
            """
            SELECT idx, data, leaf_hash, created_at FROM ledger_entries
            WHERE idx >= \(bind: Int64(range.lowerBound)) AND idx < \(bind: Int64(range.upperBound)) ORDER BY idx
            """
        ).all().map { row in
            LedgerEntry(
                index: UInt64(try row.decode(column: "idx", as: Int64.self)),
                data: Array(try row.decode(column: "data", as: Data.self)),
                leafHash: try Self.hash(try row.decode(column: "leaf_hash", as: Data.self)),
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    /// The hashes of `tile`: leaf hashes at level 0, stored node hashes above. Throws when the table lacks one,
    /// which only tampering can cause.
    public func hashes(of tile: TileID) async throws -> [MerkleHash] {
        let first = Int64(tile.index) * Int64(TileID.fullWidth)
        let end = first + Int64(tile.width)
        let rows =
            tile.level == 0
            ? try await sql.raw(
                """
                SELECT idx, leaf_hash AS hash FROM ledger_entries
                WHERE idx >= \(bind: first) AND idx < \(bind: end) ORDER BY idx
                """
            ).all()
            : try await sql.raw(
                """
                SELECT idx, hash FROM ledger_nodes
                WHERE level = \(bind: tile.hashLevel) AND idx >= \(bind: first) AND idx < \(bind: end) ORDER BY idx
                """
            ).all()
        var hashes: [MerkleHash] = []
        hashes.reserveCapacity(tile.width)
        for (offset, row) in rows.enumerated() {
            guard try row.decode(column: "idx", as: Int64.self) == first + Int64(offset) else { break }
            hashes.append(try Self.hash(try row.decode(column: "hash", as: Data.self)))
        }
        guard hashes.count == tile.width else { throw LedgerStoreError.missingHashes(tile) }
        return hashes
    }

    /// Audit rows not yet in the log (the outbox's backlog).
    public func pendingAuditRows() async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE ledger_index IS NULL").first()
        return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
    }

    /// The database setting that decides whether a commit waits for the disk, for benchmark reports:
    /// `synchronous_commit` on PostgreSQL, `journal_mode` and `synchronous` on SQLite.
    public func durabilitySetting() async throws -> String {
        if sql.dialect.name == "postgresql" {
            let row = try await sql.raw("SHOW synchronous_commit").first()
            return "synchronous_commit=" + ((try? row?.decode(column: "synchronous_commit", as: String.self)) ?? "?")
        }
        let levels = ["OFF", "NORMAL", "FULL", "EXTRA"]
        let level = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) ?? -1
        let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
        return "journal_mode=\(mode ?? "?"), synchronous=\(levels.indices.contains(level) ? levels[level] : "?")"
    }

    static func hash(_ data: Data) throws -> MerkleHash {
        guard let hash = MerkleHash(bytes: data) else { throw LedgerStoreError.malformedHash }
        return hash
    }
}

/// The ledger tables hold something the code never writes: a sign of tampering (`fazhi ledger audit` names it).
public enum LedgerStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingHashes(TileID)
    case malformedHash

    public var description: String {
        switch self {
        case .missingHashes(let tile): "账本缺少瓦片 \(tile.path) 的哈希（请运行 fazhi ledger audit）"
        case .malformedHash: "账本中的哈希不是 32 字节（请运行 fazhi ledger audit）"
        }
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
