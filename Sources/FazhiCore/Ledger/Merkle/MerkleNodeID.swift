/// The position of a complete (perfect) subtree in the log's Merkle tree: `level` 0 is a leaf, and the node at
/// (`level`, `index`) is the root of the subtree over leaves `index·2^level ..< (index+1)·2^level`.
///
/// In RFC 9162 §2.1.1 the tree over n leaves splits at the largest power of two below n, so every node of it is
/// either such a complete subtree or lies on the right border and changes as the log grows. Only complete subtrees
/// are stored (in memory, in the database or in tiles), because they never change once the log has grown past them;
/// border nodes are recomputed from them.
public struct MerkleNodeID: Hashable, Sendable, Comparable {
    /// Height above the leaves, 0...63.
    public var level: Int
    /// Position among the nodes of this level, counting from 0 at the left.
    public var index: UInt64

    public init(level: Int, index: UInt64) {
        precondition((0...63).contains(level), "a Merkle tree over 64-bit leaf indices has levels 0...63")
        self.level = level
        self.index = index
    }

    /// The leaf node for entry `index`.
    public static func leaf(_ index: UInt64) -> MerkleNodeID { MerkleNodeID(level: 0, index: index) }

    /// The first leaf index this subtree covers.
    public var firstLeaf: UInt64 { index << UInt64(level) }

    /// One past the last leaf index this subtree covers (saturating at `UInt64.max`).
    public var endLeaf: UInt64 {
        let (end, overflow) = (index + 1).multipliedReportingOverflow(by: 1 << UInt64(level))
        return overflow ? .max : end
    }

    /// Whether this subtree is complete in a tree of `treeSize` leaves, so that its hash is fixed for ever.
    public func isComplete(inTreeOfSize treeSize: UInt64) -> Bool {
        let (end, overflow) = (index + 1).multipliedReportingOverflow(by: 1 << UInt64(level))
        return !overflow && end <= treeSize
    }

    public static func < (lhs: MerkleNodeID, rhs: MerkleNodeID) -> Bool {
        (lhs.level, lhs.index) < (rhs.level, rhs.index)
    }
}

extension MerkleNodeID: CustomStringConvertible {
    public var description: String { "(\(level), \(index))" }
}
