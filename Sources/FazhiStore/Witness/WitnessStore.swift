import FazhiCore
import Fluent
import Foundation
import SQLKit

/// A witness's memory: the latest checkpoint it cosigned for each log (table `witness_checkpoints`).
public struct WitnessStore: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    private var sql: any SQLDatabase { db as! any SQLDatabase }

    /// Checks an `add-checkpoint` request, records the new checkpoint and only then returns the cosignature.
    ///
    /// Checking and recording are one step: the record is replaced only if it is still the one the check was made
    /// against (compare-and-set in SQL), so two requests racing, even in two processes, can never roll the witness
    /// back to a smaller tree (the race tlog-witness warns of). The loser is checked again against the new record.
    public func addCheckpoint(_ request: AddCheckpointRequest, witness: Witness) async throws -> NoteSignature {
        let (checkpoint, note) = try witness.open(request)
        for _ in 0..<8 {
            let latest = try await latest(origin: checkpoint.origin)
            try witness.checkExtends(request, checkpoint, latest: latest)
            let new = WitnessedCheckpoint(
                origin: checkpoint.origin, size: checkpoint.size, rootHash: checkpoint.rootHash,
                note: request.checkpointNote)
            if try await replace(latest, with: new) { return try witness.cosign(note) }
        }
        throw WitnessStoreError.contention
    }

    /// The latest checkpoint cosigned for `origin`.
    public func latest(origin: String) async throws -> WitnessedCheckpoint? {
        try await sql.raw(
            "SELECT origin, size, root_hash, note FROM witness_checkpoints WHERE origin = \(bind: origin)"
        ).all().map(Self.record).first
    }

    /// Every log's latest cosigned checkpoint, by origin.
    public func all() async throws -> [WitnessedCheckpoint] {
        try await sql.raw("SELECT origin, size, root_hash, note FROM witness_checkpoints ORDER BY origin")
            .all().map(Self.record)
    }

    /// Replaces `expected` (nil: no record yet) by `new`; false when the record changed in between.
    private func replace(_ expected: WitnessedCheckpoint?, with new: WitnessedCheckpoint) async throws -> Bool {
        let now = Date()
        guard let expected else {
            return try await sql.insert(into: "witness_checkpoints")
                .columns("origin", "size", "root_hash", "note", "updated_at")
                .values(new.origin, Int64(new.size), Data(new.rootHash.bytes), new.note, now)
                .ignoringConflicts(with: "origin")
                .returning("origin")
                .all().count == 1
        }
        return try await sql.update("witness_checkpoints")
            .set("size", to: Int64(new.size))
            .set("root_hash", to: Data(new.rootHash.bytes))
            .set("note", to: new.note)
            .set("updated_at", to: now)
            .where("origin", .equal, expected.origin)
            .where("size", .equal, Int64(expected.size))
            .where("root_hash", .equal, Data(expected.rootHash.bytes))
            .returning("origin")
            .all().count == 1
    }

    private static func record(_ row: any SQLRow) throws -> WitnessedCheckpoint {
        let bytes = try row.decode(column: "root_hash", as: Data.self)
        guard let root = MerkleHash(bytes: bytes) else { throw WitnessStoreError.corruptRecord }
        return WitnessedCheckpoint(
            origin: try row.decode(column: "origin", as: String.self),
            size: UInt64(try row.decode(column: "size", as: Int64.self)), rootHash: root,
            note: try row.decode(column: "note", as: String.self))
    }
}

public enum WitnessStoreError: Error, CustomStringConvertible {
    case contention
    case corruptRecord

    public var description: String {
        switch self {
        case .contention: "见证状态被并发请求反复改动，请稍后重试"
        case .corruptRecord: "见证状态记录损坏（根哈希不是 32 字节）"
        }
    }
}
