/// The right edge of an append-only Merkle tree: just enough to append leaves and compute the tree head.
///
/// A tree of n leaves is, by RFC 9162's construction, a row of complete subtrees whose sizes are the binary digits
/// of n (a "compact range" over [0, n)). Keeping only their hashes — at most 64 — the log can append entries and
/// sign new tree heads without reading the rest of the tree, and it learns which new complete subtrees to store.
/// After a restart it is rebuilt from the stored hashes of ``nodes(forSize:)``.
public struct MerkleFrontier: Hashable, Sendable {
    /// The number of leaves.
    public private(set) var size: UInt64
    /// The hashes of the complete subtrees that make up the tree, largest (leftmost) first: one per 1 bit of size.
    public private(set) var hashes: [MerkleHash]

    /// The empty tree.
    public init() {
        size = 0
        hashes = []
    }

    /// Restores a frontier from the hashes of ``nodes(forSize:)``, in that order.
    public init(size: UInt64, hashes: [MerkleHash]) throws(MerkleProofError) {
        guard hashes.count == size.nonzeroBitCount else {
            throw .readerReturnedWrongCount(expected: size.nonzeroBitCount, got: hashes.count)
        }
        self.size = size
        self.hashes = hashes
    }

    /// Reads the frontier of a tree of `size` leaves from a hash store.
    public init(size: UInt64, reader: some MerkleHashReader) throws {
        let nodes = Self.nodes(forSize: size)
        try self.init(size: size, hashes: nodes.isEmpty ? [] : reader.hashes(of: nodes))
    }

    /// The complete subtrees that make up a tree of `size` leaves, largest first.
    public static func nodes(forSize size: UInt64) -> [MerkleNodeID] {
        MerkleProofPlan.rangeDecomposition(from: 0, to: size)
    }

    /// The tree head, MTH(D[0:size]): the frontier's hashes folded from right to left.
    public var rootHash: MerkleHash {
        guard var result = hashes.last else { return .emptyTree }
        for hash in hashes.dropLast().reversed() { result = .node(hash, result) }
        return result
    }

    /// Appends a leaf.
    public mutating func append(leafHash: MerkleHash) {
        append(leafHash: leafHash) { _, _ in }
    }

    /// Appends a leaf. `store` is told the leaf node and every complete subtree the leaf completes, lowest first:
    /// exactly the node hashes a persistent log must save to serve proofs later.
    public mutating func append(leafHash: MerkleHash, store: (MerkleNodeID, MerkleHash) throws -> Void) rethrows {
        var node = MerkleNodeID.leaf(size)
        var hash = leafHash
        try store(node, hash)
        // Each trailing 1 bit of the old size is a subtree of the same height as the one just completed.
        for _ in 0..<size.trailingNonzeroBits {
            hash = .node(hashes.removeLast(), hash)
            node = MerkleNodeID(level: node.level + 1, index: node.index >> 1)
            try store(node, hash)
        }
        hashes.append(hash)
        size += 1
    }
}

extension UInt64 {
    /// The number of consecutive 1 bits at the low end.
    fileprivate var trailingNonzeroBits: Int { (~self).trailingZeroBitCount }
}
