/// Evidence that a tree of ``newSize`` leaves extends the tree of ``oldSize`` leaves without rewriting it
/// (RFC 9162 §2.1.4): the log is append-only.
public struct ConsistencyProof: Hashable, Sendable, Codable {
    public var oldSize: UInt64
    public var newSize: UInt64
    /// PROOF(oldSize, D[0:newSize]); empty when the sizes are equal.
    public var hashes: [MerkleHash]

    public init(oldSize: UInt64, newSize: UInt64, hashes: [MerkleHash]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.hashes = hashes
    }

    /// Checks that the tree with head `oldRoot` is a prefix of the tree with head `newRoot`, by the algorithm of
    /// RFC 9162 §2.1.4.2.
    ///
    /// As in the transparency-dev implementation (whose test vectors this passes), a proof from the empty tree is
    /// refused: every tree extends the empty tree, so such a proof proves nothing and a caller asking for it has
    /// mixed something up. Equal sizes need an empty proof and equal roots.
    public func verify(oldRoot: MerkleHash, newRoot: MerkleHash) throws(MerkleProofError) {
        guard oldSize <= newSize else { throw .oldSizeExceedsNewSize(oldSize: oldSize, newSize: newSize) }
        guard oldSize > 0 else { throw .consistencyFromEmptyTree }
        if oldSize == newSize {
            guard hashes.isEmpty else { throw .wrongProofLength }
            guard oldRoot == newRoot else { throw .rootMismatch }
            return
        }
        guard !hashes.isEmpty else { throw .wrongProofLength }

        // Step 2: when the old tree is a complete subtree its root is the first node, and the proof omits it.
        var remaining = hashes[...]
        let seed: MerkleHash
        if oldSize & (oldSize - 1) == 0 {
            seed = oldRoot
        } else {
            seed = remaining.removeFirst()
        }
        var fn = oldSize - 1
        var sn = newSize - 1
        // Step 4: skip the levels where the old tree's last node is a right child already covered by the seed.
        let skip = UInt64(fn.trailingNonzeroBitCount)
        fn >>= skip
        sn >>= skip

        var oldResult = seed
        var newResult = seed
        for node in remaining {
            guard sn != 0 else { throw .wrongProofLength }
            if fn & 1 == 1 || fn == sn {
                oldResult = .node(node, oldResult)
                newResult = .node(node, newResult)
                if fn & 1 == 0, fn != 0 {
                    let skip = UInt64(fn.trailingZeroBitCount)
                    fn >>= skip
                    sn >>= skip
                }
            } else {
                newResult = .node(newResult, node)
            }
            fn >>= 1
            sn >>= 1
        }
        guard sn == 0 else { throw .wrongProofLength }
        guard oldResult == oldRoot else { throw .oldRootMismatch }
        guard newResult == newRoot else { throw .rootMismatch }
    }
}

extension UInt64 {
    /// The number of consecutive 1 bits at the low end.
    fileprivate var trailingNonzeroBitCount: Int { (~self).trailingZeroBitCount }
}
