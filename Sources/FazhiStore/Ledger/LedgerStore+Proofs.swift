import FazhiCore
import Foundation

/// Tree heads and proofs from the stored hashes: the tiles a proof needs are read (one range scan each) into a
/// `TileHashReader`, which recomputes every other hash.
extension LedgerStore {
    /// A reader over the tiles that hold `nodes` in a tree of `treeSize`, for proofs and tree heads.
    public func hashReader(treeSize: UInt64, nodes: [MerkleNodeID]) async throws -> TileHashReader {
        var reader = TileHashReader(treeSize: treeSize)
        for tile in try TileLayout.tiles(holding: nodes, treeSize: treeSize) {
            reader.add(tile, hashes: try await hashes(of: tile))
        }
        return reader
    }

    /// MTH(D[0:treeSize]) from the stored hashes.
    public func rootHash(treeSize: UInt64) async throws -> MerkleHash {
        let plan = MerkleProofPlan.root(treeSize: treeSize)
        return try await hashReader(treeSize: treeSize, nodes: plan.nodes).rootHash(treeSize: treeSize)
    }

    /// PATH(index, D[0:treeSize]) from the stored hashes (RFC 9162 §2.1.3.1).
    public func inclusionProof(index: UInt64, treeSize: UInt64) async throws -> InclusionProof {
        let plan = try MerkleProofPlan.inclusion(leafIndex: index, treeSize: treeSize)
        return try await hashReader(treeSize: treeSize, nodes: plan.nodes)
            .inclusionProof(leafIndex: index, treeSize: treeSize)
    }

    /// PROOF(oldSize, D[0:newSize]) from the stored hashes (RFC 9162 §2.1.4.1).
    public func consistencyProof(oldSize: UInt64, newSize: UInt64) async throws -> ConsistencyProof {
        let plan = try MerkleProofPlan.consistency(oldSize: oldSize, newSize: newSize)
        return try await hashReader(treeSize: newSize, nodes: plan.nodes)
            .consistencyProof(oldSize: oldSize, newSize: newSize)
    }

    /// The right edge of the stored tree of `size` entries, to append after it.
    public func frontier(size: UInt64) async throws -> MerkleFrontier {
        let nodes = MerkleFrontier.nodes(forSize: size)
        return try MerkleFrontier(size: size, reader: try await hashReader(treeSize: size, nodes: nodes))
    }
}
