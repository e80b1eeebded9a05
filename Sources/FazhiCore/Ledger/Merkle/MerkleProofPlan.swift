/// Which stored subtree hashes make up a proof or a tree head, and how to combine them.
///
/// Every element of an RFC 9162 inclusion or consistency proof is the hash of some subtree MTH(D[a:b]). All of them
/// are complete subtrees (fixed for ever, and so stored) except at most one: the subtree along the right edge of the
/// tree, MTH(D[k:n]) in the notation of RFC 9162 §2.1.3.1, which is not a power of two wide when n is not. That one
/// element is rebuilt from the complete subtrees that tile the range [k, n), hashed together from right to left.
///
/// Splitting proof generation into "which nodes" and "assemble" keeps the core free of I/O: a database or tile
/// reader fetches ``nodes`` in one batch, however it likes, and ``assemble(_:)`` does the hashing.
public struct MerkleProofPlan: Hashable, Sendable {
    /// The complete subtrees to fetch, in proof order (from the leaf upwards).
    public let nodes: [MerkleNodeID]
    /// The positions in ``nodes`` that together form one proof element, the right border of the tree; empty when
    /// every proof element is a single complete subtree.
    public let border: Range<Int>

    init(nodes: [MerkleNodeID], border: Range<Int>) {
        self.nodes = nodes
        self.border = border
    }

    /// The number of hashes the assembled proof will have.
    public var proofLength: Int { nodes.count - (border.isEmpty ? 0 : border.count - 1) }

    /// The nodes behind PATH(leafIndex, D[0:treeSize]), RFC 9162 §2.1.3.1.
    public static func inclusion(leafIndex: UInt64, treeSize: UInt64) throws(MerkleProofError) -> MerkleProofPlan {
        guard leafIndex < treeSize else { throw .leafIndexOutOfRange(leafIndex: leafIndex, treeSize: treeSize) }
        return path(from: .leaf(leafIndex), treeSize: treeSize)
    }

    /// The nodes behind PROOF(oldSize, D[0:newSize]), RFC 9162 §2.1.4.1; empty when the sizes are equal.
    ///
    /// The proof is the largest complete subtree that ends at the old tree's last leaf (left out when the old tree
    /// is itself a complete subtree, as the verifier already has its root), followed by that subtree's inclusion
    /// path in the new tree. This is the recursive SUBPROOF definition unrolled.
    public static func consistency(oldSize: UInt64, newSize: UInt64) throws(MerkleProofError) -> MerkleProofPlan {
        guard oldSize <= newSize else { throw .oldSizeExceedsNewSize(oldSize: oldSize, newSize: newSize) }
        guard oldSize > 0 else { throw .consistencyFromEmptyTree }
        if oldSize == newSize { return MerkleProofPlan(nodes: [], border: 0..<0) }
        let level = oldSize.trailingZeroBitCount
        let start = MerkleNodeID(level: level, index: (oldSize >> UInt64(level)) - 1)
        let path = path(from: start, treeSize: newSize)
        if start.index == 0 { return path }  // the old tree is one complete subtree: its root is known
        let border = path.border.isEmpty ? path.border : (path.border.lowerBound + 1)..<(path.border.upperBound + 1)
        return MerkleProofPlan(nodes: [start] + path.nodes, border: border)
    }

    /// The complete subtrees whose hashes, folded from right to left, give MTH(D[0:treeSize]). Empty for size 0,
    /// whose root is ``MerkleHash/emptyTree``.
    public static func root(treeSize: UInt64) -> MerkleProofPlan {
        let nodes = rangeDecomposition(from: 0, to: treeSize)
        return MerkleProofPlan(nodes: nodes, border: 0..<nodes.count)
    }

    /// Combines the fetched hashes (one per node, in the order of ``nodes``) into the proof.
    public func assemble(_ hashes: [MerkleHash]) throws(MerkleProofError) -> [MerkleHash] {
        guard hashes.count == nodes.count else {
            throw .readerReturnedWrongCount(expected: nodes.count, got: hashes.count)
        }
        guard !border.isEmpty else { return hashes }
        var folded = hashes[border.upperBound - 1]
        for position in stride(from: border.upperBound - 2, through: border.lowerBound, by: -1) {
            folded = .node(hashes[position], folded)
        }
        var proof: [MerkleHash] = []
        proof.reserveCapacity(proofLength)
        proof.append(contentsOf: hashes[..<border.lowerBound])
        proof.append(folded)
        proof.append(contentsOf: hashes[border.upperBound...])
        return proof
    }

    /// Fetches ``nodes`` from `reader` in one batch and assembles the proof.
    public func assemble(fetching reader: some MerkleHashReader) throws -> [MerkleHash] {
        if nodes.isEmpty { return [] }
        return try assemble(reader.hashes(of: nodes))
    }

    /// The inclusion path of the complete subtree `node` in a tree of `treeSize` leaves.
    ///
    /// Think of the tree as a perfect binary tree where a node with no right child simply takes its left child's
    /// hash (this is exactly RFC 9162's split at the largest power of two). Going up from `node`, each level
    /// contributes its sibling, if the sibling exists. Below the level where `node`'s ancestors meet the path to the
    /// last leaf, siblings are complete subtrees; at that level the sibling to the right holds the last leaf and may
    /// be incomplete (the border element); above it, only left siblings exist and they are complete.
    private static func path(from node: MerkleNodeID, treeSize: UInt64) -> MerkleProofPlan {
        let lastIndex = (treeSize - 1) >> UInt64(node.level)
        let divergence = 64 - (node.index ^ lastIndex).leadingZeroBitCount
        var nodes: [MerkleNodeID] = []
        nodes.reserveCapacity(64 - node.level)
        var border = 0..<0
        if divergence > 0 {
            for step in 0..<(divergence - 1) {
                nodes.append(MerkleNodeID(level: node.level + step, index: (node.index >> UInt64(step)) ^ 1))
            }
            let sibling = MerkleNodeID(
                level: node.level + divergence - 1, index: (node.index >> UInt64(divergence - 1)) ^ 1)
            if sibling.isComplete(inTreeOfSize: treeSize) {
                nodes.append(sibling)
            } else {
                let pieces = rangeDecomposition(from: sibling.firstLeaf, to: treeSize)
                border = nodes.count..<(nodes.count + pieces.count)
                nodes.append(contentsOf: pieces)
            }
        }
        var level = node.level + divergence
        var index = node.index >> UInt64(divergence)
        while level < 64, (treeSize - 1) >> UInt64(level) > 0 {
            if index & 1 == 1 { nodes.append(MerkleNodeID(level: level, index: index - 1)) }
            level += 1
            index >>= 1
        }
        return MerkleProofPlan(nodes: nodes, border: border)
    }

    /// The complete subtrees that exactly cover leaves [start, end), largest (leftmost) first, where `start` is
    /// aligned so that the pieces are the binary digits of `end - start`, e.g. [0, 6) is (2, 0) then (1, 2).
    static func rangeDecomposition(from start: UInt64, to end: UInt64) -> [MerkleNodeID] {
        var nodes: [MerkleNodeID] = []
        var position = start
        var remaining = end - start
        while remaining > 0 {
            let level = 63 - remaining.leadingZeroBitCount
            nodes.append(MerkleNodeID(level: level, index: position >> UInt64(level)))
            position += 1 << UInt64(level)
            remaining -= 1 << UInt64(level)
        }
        return nodes
    }
}
