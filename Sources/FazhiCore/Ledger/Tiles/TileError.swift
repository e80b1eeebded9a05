/// Why tiles or entry bundles could not be used.
public enum TileError: Error, Hashable, Sendable {
    /// Tile bytes that are not exactly the tile's width in hashes.
    case wrongTileSize(TileID, bytes: Int)
    /// A tile needed to compute a node hash has not been provided.
    case missingTile(TileID)
    /// A node was asked for that is not a complete subtree of the tree.
    case nodeNotInTree(MerkleNodeID)
    /// An entry longer than the 65,535 bytes a uint16 length prefix allows.
    case entryTooLarge(index: Int, bytes: Int)
    /// An entry bundle that ends in the middle of an entry.
    case truncatedEntryBundle
    /// An entry bundle with a different number of entries than its width.
    case wrongEntryCount(expected: Int, got: Int)

    public var message: String {
        switch self {
        case .wrongTileSize(let tile, let bytes): "瓦片 \(tile.path) 的长度 \(bytes) 字节不对"
        case .missingTile(let tile): "缺少瓦片 \(tile.path)"
        case .nodeNotInTree(let node): "节点 \(node) 不在这棵树中"
        case .entryTooLarge(let index, let bytes): "第 \(index) 个条目长 \(bytes) 字节，超过 65535 字节上限"
        case .truncatedEntryBundle: "条目包在条目中间截断"
        case .wrongEntryCount(let expected, let got): "条目包应有 \(expected) 个条目，实际有 \(got) 个"
        }
    }
}

extension TileError: CustomStringConvertible {
    public var description: String { message }
}
