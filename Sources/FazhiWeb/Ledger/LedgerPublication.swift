import FazhiCore
import FazhiStore
import Foundation

/// What the log publishes, read from the tables: the latest checkpoint, tiles and entry bundles as of that
/// checkpoint (C2SP tlog-tiles), receipts and consistency proofs. Shared by the pages, the API, the HTTP tile
/// endpoints and `fazhi ledger export`.
public struct LedgerPublication: Sendable {
    let store: LedgerStore

    public init(store: LedgerStore) {
        self.store = store
    }

    /// The latest signed checkpoint; 404 before the first one is signed.
    public func checkpoint() async throws -> StoredCheckpoint {
        guard let checkpoint = try await store.latestCheckpoint() else {
            throw DomainError.notFound("存证账本尚未签署检查点")
        }
        return checkpoint
    }

    /// The bytes of a tile or entry bundle that exists in the tree of the latest checkpoint; 404 otherwise (C2SP
    /// tlog-tiles: empty tiles and tiles beyond the tree are not served).
    public func bytes(of resource: TileResource, treeSize: UInt64) async throws -> [UInt8] {
        switch resource {
        case .hashes(let tile):
            guard Self.exists(level: tile.level, index: tile.index, width: tile.width, treeSize: treeSize) else {
                throw DomainError.notFound("瓦片不在已签名的树中")
            }
            return TileLayout.encode(try await store.hashes(of: tile))
        case .entries(let bundle):
            guard Self.exists(level: 0, index: bundle.index, width: bundle.width, treeSize: treeSize) else {
                throw DomainError.notFound("条目包不在已签名的树中")
            }
            let first = bundle.firstEntry
            let entries = try await store.entries(in: first..<(first + UInt64(bundle.width)))
            guard entries.count == bundle.width else {
                throw LedgerStoreError.missingHashes(TileID(level: 0, index: bundle.index, width: bundle.width))
            }
            return try EntryBundle.encode(entries.map(\.data))
        }
    }

    /// Whether the tile (level, index) holds at least `width` hashes in a tree of `treeSize`: any width up to the
    /// current one is served, since a tile's first hashes never change.
    static func exists(level: Int, index: UInt64, width: Int, treeSize: UInt64) -> Bool {
        let count = level * TileID.height >= 64 ? 0 : treeSize >> UInt64(level * TileID.height)
        let (first, overflow) = index.multipliedReportingOverflow(by: UInt64(TileID.fullWidth))
        return !overflow && first < count && UInt64(width) <= count - first
    }

    /// The receipt (存证凭证) of entry `index` against the latest checkpoint.
    public func receipt(index: UInt64) async throws -> LogReceipt {
        guard let entry = try await store.entry(at: index) else { throw DomainError.notFound("没有第 \(index) 条存证") }
        let checkpoint = try await checkpoint()
        guard index < checkpoint.size else {
            throw DomainError.conflict("第 \(index) 条尚未纳入已签名的检查点，请稍后再试")
        }
        let proof = try await store.inclusionProof(index: index, treeSize: checkpoint.size)
        return LogReceipt(
            entryIndex: index, leafHash: MerkleHash.leaf(entry.data), checkpoint: checkpoint.note,
            inclusionProof: proof.hashes)
    }

    /// PROOF(from, D[0:to]) for two sizes within the latest checkpoint (RFC 9162 §2.1.4).
    public func consistency(from: UInt64, to: UInt64) async throws -> ConsistencyProof {
        let latest = try await checkpoint().size
        var validation = Validation()
        if from < 1 { validation.add("from", "from 须不小于 1（空树无须一致性证明）") }
        if from > to { validation.add("from", "from 不能大于 to") }
        if to > latest { validation.add("to", "to 不能大于最新检查点的大小 \(latest)") }
        try validation.check()
        return try await store.consistencyProof(oldSize: from, newSize: to)
    }
}
