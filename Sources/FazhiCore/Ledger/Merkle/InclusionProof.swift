/// A Merkle audit path: evidence that one entry is in the log at a given tree size (RFC 9162 §2.1.3).
public struct InclusionProof: Hashable, Sendable, Codable {
    /// The index of the entry, counting from 0.
    public var leafIndex: UInt64
    /// The size of the tree the proof leads up to.
    public var treeSize: UInt64
    /// The sibling hashes from the leaf upwards, PATH(leafIndex, D[0:treeSize]).
    public var hashes: [MerkleHash]

    public init(leafIndex: UInt64, treeSize: UInt64, hashes: [MerkleHash]) {
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// Checks that `leafHash` at ``leafIndex`` is in the tree of ``treeSize`` leaves whose head is `rootHash`.
    public func verify(leafHash: MerkleHash, rootHash: MerkleHash) throws(MerkleProofError) {
        guard try self.rootHash(leafHash: leafHash) == rootHash else { throw .rootMismatch }
    }

    /// The tree head this proof leads to from `leafHash`, by the algorithm of RFC 9162 §2.1.3.2.
    ///
    /// `fn` walks the leaf's index up the tree and `sn` the last leaf's; when `fn` is odd, or is the last node of
    /// its level (`fn == sn`), the proof hash is a left sibling, otherwise a right one. Levels where the node is the
    /// last and has no sibling are skipped by shifting past them. The proof must end exactly when `sn` reaches 0,
    /// the root, so a proof of the wrong length fails.
    public func rootHash(leafHash: MerkleHash) throws(MerkleProofError) -> MerkleHash {
        guard leafIndex < treeSize else { throw .leafIndexOutOfRange(leafIndex: leafIndex, treeSize: treeSize) }
        var fn = leafIndex
        var sn = treeSize - 1
        var result = leafHash
        for sibling in hashes {
            guard sn != 0 else { throw .wrongProofLength }
            if fn & 1 == 1 || fn == sn {
                result = .node(sibling, result)
                if fn & 1 == 0 {
                    // fn == sn here and sn > 0, so fn is not 0: skip the levels where it has no sibling.
                    let skip = UInt64(fn.trailingZeroBitCount)
                    fn >>= skip
                    sn >>= skip
                }
            } else {
                result = .node(result, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else { throw .wrongProofLength }
        return result
    }
}
