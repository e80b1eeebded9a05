import FazhiCore
import Fluent
import Foundation

/// Gives log entries their indices and makes them durable, with group commit.
///
/// Concurrent ``append(_:)`` calls queue up while the previous transaction commits; the next transaction takes the
/// whole queue (up to ``maximumBatch`` entries) and writes the entries and the node hashes they complete together.
/// Each caller is answered only after that transaction committed, so an index handed out is never lost, and one
/// commit (one fsync) is shared by every entry in the batch. Nobody waits on a timer: under light load a batch is
/// one entry and commits at once; under heavy load batches grow by themselves.
///
/// Correctness rests on three facts:
/// - one batch at a time per process, so indices are dense: the next batch starts where the last committed ended;
/// - entries and their node hashes are written in one transaction, so a crash leaves whole batches or nothing, and
///   the frontier is rebuilt from the tables on the next start (and after any failed commit);
/// - `ledger_entries.idx` is the primary key, so a second process appending from a stale frontier fails instead of
///   writing an index twice, and its next batch starts from the tables again.
public actor LedgerSequencer {
    /// The most entries one transaction takes; more wait for the next.
    public let maximumBatch: Int

    private let db: any Database
    /// The committed tree's right edge; nil until loaded, and again after a failed commit.
    private var frontier: MerkleFrontier?
    private var waiting: [Waiter] = []
    private var auditRequests: [CheckedContinuation<Int, any Error>] = []
    private var auditLimit = 0
    private var running = false
    /// Counters for benchmarks and metrics.
    public private(set) var committedBatches = 0
    public private(set) var committedEntries = 0

    private struct Waiter {
        let data: [UInt8]
        let continuation: CheckedContinuation<UInt64, any Error>
    }

    public init(db: any Database, maximumBatch: Int = 4096) {
        self.db = db
        self.maximumBatch = maximumBatch
    }

    /// Appends an entry and returns its index once it is durable.
    public func append(_ data: [UInt8]) async throws -> UInt64 {
        guard data.count <= EntryBundle.maximumEntrySize else { throw LedgerError.entryTooLarge(data.count) }
        return try await withCheckedThrowingContinuation { continuation in
            waiting.append(Waiter(data: data, continuation: continuation))
            startIfIdle()
        }
    }

    /// Appends up to `limit` audit rows not yet in the log, oldest first, marking each row with its index in the
    /// same transaction (the outbox). Returns how many were appended; 0 when none was pending.
    ///
    /// 5,000 by default: under a burst of writes each of the ledger's commits waits its turn behind the writers'
    /// transactions (SQLite has one writer at a time), so the more it takes per turn, the less it falls behind; with
    /// 1,000 the server's ledger was still logging 4–5 s after the last batch of the ingest benchmark, with 5,000
    /// 0.1 s.
    public func sequenceAuditEntries(limit: Int = 5000) async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            auditRequests.append(continuation)
            auditLimit = max(auditLimit, limit)
            startIfIdle()
        }
    }

    /// The size and root hash of the committed tree, as the tables hold it.
    public func treeHead() async throws -> (size: UInt64, rootHash: MerkleHash) {
        if let frontier { return (frontier.size, frontier.rootHash) }
        // Read without keeping it: only the commit loop sets `frontier`, so that a slow read can never put back
        // an older tree over a newer one.
        let store = LedgerStore(db: db)
        let loaded = try await store.frontier(size: try await store.size())
        return (loaded.size, loaded.rootHash)
    }

    private func startIfIdle() {
        guard !running else { return }
        running = true
        Task { await drain() }
    }

    /// The commit loop: one transaction at a time until nothing waits.
    private func drain() async {
        while true {
            if !auditRequests.isEmpty {
                let requests = auditRequests
                let limit = auditLimit
                auditRequests = []
                auditLimit = 0
                do {
                    let count = try await commitPendingAudit(limit: limit)
                    for request in requests { request.resume(returning: count) }
                } catch {
                    frontier = nil
                    for request in requests { request.resume(throwing: error) }
                }
                continue
            }
            guard !waiting.isEmpty else { break }
            let batch = Array(waiting.prefix(maximumBatch))
            waiting.removeFirst(batch.count)
            do {
                let first = try await commit(batch.map(\.data))
                for (offset, waiter) in batch.enumerated() {
                    waiter.continuation.resume(returning: first + UInt64(offset))
                }
            } catch {
                // The outcome of a failed commit is unknown (the connection may have dropped after COMMIT): start
                // again from what the tables hold. The callers were not told an index, so nothing acknowledged is
                // lost either way.
                frontier = nil
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
        running = false
    }

    private func commitPendingAudit(limit: Int) async throws -> Int {
        let rows = try await AuditOutbox.pending(limit: limit, on: db)
        guard !rows.isEmpty else { return 0 }
        _ = try await commit(rows.map(\.leaf.bytes)) { tx, first in
            try await AuditOutbox.mark(rows, firstIndex: first, on: tx)
        }
        return rows.count
    }

    /// Writes `leaves` after the committed tree in one transaction (with `alsoWrite` in it); returns the first
    /// index. The frontier moves only after the commit succeeded.
    private func commit(
        _ leaves: [[UInt8]], alsoWrite: (@Sendable (any Database, UInt64) async throws -> Void)? = nil
    ) async throws -> UInt64 {
        var next = try await committedFrontier()
        let first = next.size
        var entries: [(index: UInt64, data: [UInt8], leafHash: MerkleHash)] = []
        var nodes: [(MerkleNodeID, MerkleHash)] = []
        entries.reserveCapacity(leaves.count)
        for data in leaves {
            let leafHash = MerkleHash.leaf(data)
            entries.append((next.size, data, leafHash))
            next.append(leafHash: leafHash) { node, hash in
                // Level 0 is stored as the entries' leaf hashes; only tile levels above it are kept (see CreateLedger).
                if node.level > 0, node.level % TileID.height == 0 { nodes.append((node, hash)) }
            }
        }
        let rows = entries
        let hashes = nodes
        let entered = await SQLiteWriteGate.enter(db)
        do {
            try await db.transaction { tx in
                try await LedgerStore(db: tx).insert(entries: rows, nodes: hashes)
                try await alsoWrite?(tx, first)
            }
            await SQLiteWriteGate.leave(entered)
        } catch {
            await SQLiteWriteGate.leave(entered)
            throw error
        }
        frontier = next
        committedBatches += 1
        committedEntries += leaves.count
        return first
    }

    /// The frontier of the committed tree, loaded from the tables when needed.
    private func committedFrontier() async throws -> MerkleFrontier {
        if let frontier { return frontier }
        let store = LedgerStore(db: db)
        let size = try await store.size()
        let loaded = try await store.frontier(size: size)
        // Appending to a tree that no longer extends the last signed checkpoint would fork the log in public.
        if let checkpoint = try await store.latestCheckpoint() {
            guard checkpoint.size <= size, try await store.rootHash(treeSize: checkpoint.size) == checkpoint.rootHash
            else { throw LedgerError.inconsistentWithCheckpoint(size: checkpoint.size) }
        }
        frontier = loaded
        return loaded
    }
}

/// Why the ledger refused to append or sign.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An entry longer than an entry bundle can hold (C2SP tlog-tiles: uint16 length prefix).
    case entryTooLarge(Int)
    /// The stored tree does not reproduce the root of a signed checkpoint: rows were altered or removed.
    case inconsistentWithCheckpoint(size: UInt64)
    /// An audit row was logged by someone else between reading and marking it (another process).
    case outboxConflict
    /// Fewer witnesses cosigned a checkpoint than the quorum requires; it was not published.
    case witnessQuorumNotMet(size: UInt64, cosigned: Int, quorum: Int, refusals: [String])

    public var description: String {
        switch self {
        case .entryTooLarge(let bytes): "存证条目长 \(bytes) 字节，超过 65535 字节上限"
        case .inconsistentWithCheckpoint(let size):
            "账本与大小为 \(size) 的已签名检查点不一致：数据被改动或删除，已停止追加（请运行 fazhi ledger audit）"
        case .outboxConflict: "审计记录已由其他进程写入账本，本批次已撤销"
        case .witnessQuorumNotMet(let size, let cosigned, let quorum, let refusals):
            "大小为 \(size) 的检查点只得到 \(cosigned) 个见证副署（需要 \(quorum) 个），未发布"
                + refusals.map { "\n  " + $0 }.joined()
        }
    }
}
