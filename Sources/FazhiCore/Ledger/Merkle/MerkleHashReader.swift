/// Where proof generation gets the hashes of complete subtrees.
///
/// The proof algorithms only ever need complete subtrees (see ``MerkleNodeID``), so this is all a store has to
/// offer: the in-memory ``MerkleTree``, tiles (``TileHashReader``) or a database table of node hashes. The request is
/// a batch so that a database-backed reader can answer a whole proof with one query.
///
/// Readers that cannot answer synchronously (a database, the network) can skip this protocol: ask
/// ``MerkleProofPlan`` which nodes a proof needs, fetch them however suits, and let the plan assemble the proof.
public protocol MerkleHashReader {
    /// The hashes of the given complete subtrees, in the same order. Throws when one is unknown.
    func hashes(of nodes: [MerkleNodeID]) throws -> [MerkleHash]
}

extension MerkleHashReader {
    /// The hash of one complete subtree.
    public func hash(of node: MerkleNodeID) throws -> MerkleHash {
        let result = try hashes(of: [node])
        guard result.count == 1 else { throw MerkleProofError.readerReturnedWrongCount(expected: 1, got: result.count) }
        return result[0]
    }

    /// The tree head MTH(D[0:treeSize]) (RFC 9162 §2.1.1), from at most 64 stored subtrees.
    public func rootHash(treeSize: UInt64) throws -> MerkleHash {
        try MerkleProofPlan.root(treeSize: treeSize).assemble(fetching: self).first ?? .emptyTree
    }

    /// The inclusion proof PATH(leafIndex, D[0:treeSize]) (RFC 9162 §2.1.3.1).
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws -> InclusionProof {
        let plan = try MerkleProofPlan.inclusion(leafIndex: leafIndex, treeSize: treeSize)
        return InclusionProof(leafIndex: leafIndex, treeSize: treeSize, hashes: try plan.assemble(fetching: self))
    }

    /// The consistency proof PROOF(oldSize, D[0:newSize]) (RFC 9162 §2.1.4.1).
    public func consistencyProof(oldSize: UInt64, newSize: UInt64) throws -> ConsistencyProof {
        let plan = try MerkleProofPlan.consistency(oldSize: oldSize, newSize: newSize)
        return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: try plan.assemble(fetching: self))
    }
}
