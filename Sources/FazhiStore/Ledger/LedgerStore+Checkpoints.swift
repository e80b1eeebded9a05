import FazhiCore
import Foundation
import SQLKit

/// The signed checkpoints, by tree size.
extension LedgerStore {
    /// The checkpoint of the largest tree signed so far.
    public func latestCheckpoint() async throws -> StoredCheckpoint? {
        try await checkpoints(where: "ORDER BY size DESC LIMIT 1").first
    }

    /// The checkpoint signed for exactly `size` entries.
    public func checkpoint(size: UInt64) async throws -> StoredCheckpoint? {
        try await sql.raw(
            "SELECT size, root_hash, note, created_at FROM ledger_checkpoints WHERE size = \(bind: Int64(size))"
        ).all().map(Self.checkpoint).first
    }

    /// Every checkpoint, smallest tree first.
    public func allCheckpoints() async throws -> [StoredCheckpoint] {
        try await checkpoints(where: "ORDER BY size")
    }

    /// Stores a checkpoint unless one of that size exists (another process signed it first; Ed25519 signatures are
    /// deterministic, so with the same key it is the same note).
    func insertCheckpoint(size: UInt64, rootHash: MerkleHash, note: String) async throws {
        try await sql.insert(into: "ledger_checkpoints").columns("size", "root_hash", "note", "created_at")
            .values(Int64(size), Data(rootHash.bytes), note, Date())
            .ignoringConflicts(with: "size")
            .run()
    }

    private func checkpoints(where clause: String) async throws -> [StoredCheckpoint] {
        try await sql.raw("SELECT size, root_hash, note, created_at FROM ledger_checkpoints \(unsafeRaw: clause)")
            .all().map(Self.checkpoint)
    }

    private static func checkpoint(_ row: any SQLRow) throws -> StoredCheckpoint {
        StoredCheckpoint(
            size: UInt64(try row.decode(column: "size", as: Int64.self)),
            rootHash: try hash(try row.decode(column: "root_hash", as: Data.self)),
            note: try row.decode(column: "note", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }
}
