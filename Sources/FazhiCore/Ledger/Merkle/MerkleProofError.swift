/// Why a Merkle proof could not be generated or did not verify.
///
/// Each case names one precise reason, so that a receipt checker can tell the user which step failed.
public enum MerkleProofError: Error, Hashable, Sendable {
    /// The entry index is not below the tree size.
    case leafIndexOutOfRange(leafIndex: UInt64, treeSize: UInt64)
    /// A consistency proof was asked for from a larger tree to a smaller one.
    case oldSizeExceedsNewSize(oldSize: UInt64, newSize: UInt64)
    /// A consistency proof from the empty tree proves nothing and is refused.
    case consistencyFromEmptyTree
    /// The proof has more or fewer hashes than the tree sizes call for.
    case wrongProofLength
    /// The proof leads to a different tree head than the one expected (for a consistency proof: the new one).
    case rootMismatch
    /// A consistency proof does not reproduce the old tree head.
    case oldRootMismatch
    /// A hash store does not have a node that a proof needs.
    case nodeUnavailable(MerkleNodeID)
    /// A hash store answered a batch request with the wrong number of hashes.
    case readerReturnedWrongCount(expected: Int, got: Int)

    /// A message for people, in Chinese.
    public var message: String {
        switch self {
        case .leafIndexOutOfRange(let index, let size): "条目序号 \(index) 超出了树的大小 \(size)"
        case .oldSizeExceedsNewSize(let old, let new): "旧树大小 \(old) 大于新树大小 \(new)"
        case .consistencyFromEmptyTree: "不能从空树证明一致性"
        case .wrongProofLength: "证明的哈希个数不对"
        case .rootMismatch: "证明得出的树根与签名的树根不符"
        case .oldRootMismatch: "一致性证明得出的旧树根与已知旧树根不符"
        case .nodeUnavailable(let node): "缺少节点 \(node) 的哈希"
        case .readerReturnedWrongCount(let expected, let got): "哈希存储应返回 \(expected) 个哈希，实际返回 \(got) 个"
        }
    }
}

extension MerkleProofError: CustomStringConvertible {
    public var description: String { message }
}
