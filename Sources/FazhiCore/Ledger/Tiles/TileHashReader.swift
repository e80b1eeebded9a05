/// Rebuilds the hash of any complete subtree from a log's tiles, so that tree heads, inclusion proofs and
/// consistency proofs can be computed by a client that has only fetched tiles (C2SP tlog-tiles).
///
/// A tile at level L stores the hashes at tree level 8·L; the seven levels in between are recomputed by hashing the
/// stored hashes pairwise. Tiles are untrusted input: whatever this reader returns must be checked against a signed
/// tree head, which proof verification does.
///
/// Use it in two steps, which keep the fetching (network, files, database) outside: ask which tiles are needed,
/// fetch them, add them, then generate proofs as with any ``MerkleHashReader``:
///
/// ```swift
/// let plan = try MerkleProofPlan.inclusion(leafIndex: 7, treeSize: checkpoint.size)
/// var reader = TileHashReader(treeSize: checkpoint.size)
/// for tile in try TileLayout.tiles(holding: plan.nodes, treeSize: checkpoint.size) {
///     try reader.add(tile, bytes: fetch(tile.path))
/// }
/// let proof = try reader.inclusionProof(leafIndex: 7, treeSize: checkpoint.size)
/// ```
public struct TileHashReader: MerkleHashReader, Sendable {
    /// The size of the tree the tiles were fetched for; nodes must be complete in a tree of this size.
    public let treeSize: UInt64

    private struct Key: Hashable {
        var level: Int
        var index: UInt64
    }

    private var tiles: [Key: [MerkleHash]] = [:]

    public init(treeSize: UInt64) {
        self.treeSize = treeSize
    }

    /// Fetches, through `fetch`, every tile needed for `nodes` and keeps them.
    public init(treeSize: UInt64, nodes: [MerkleNodeID], fetch: (TileID) throws -> [UInt8]) throws {
        self.init(treeSize: treeSize)
        for tile in try TileLayout.tiles(holding: nodes, treeSize: treeSize) {
            try add(tile, bytes: try fetch(tile))
        }
    }

    /// Adds a tile's bytes. A wider copy of the same tile (a full tile instead of a partial one) is also fine.
    public mutating func add(_ tile: TileID, bytes: some Collection<UInt8>) throws(TileError) {
        add(tile, hashes: try TileLayout.decode(bytes, as: tile))
    }

    /// Adds a tile's hashes; keeps the widest copy when a tile is added twice.
    public mutating func add(_ tile: TileID, hashes: [MerkleHash]) {
        let key = Key(level: tile.level, index: tile.index)
        if let existing = tiles[key], existing.count >= hashes.count { return }
        tiles[key] = hashes
    }

    public func hashes(of nodes: [MerkleNodeID]) throws -> [MerkleHash] {
        var result: [MerkleHash] = []
        result.reserveCapacity(nodes.count)
        for node in nodes { result.append(try hash(of: node)) }
        return result
    }

    /// The hash of one complete subtree, recomputed from the tile that holds its hashes.
    public func hash(of node: MerkleNodeID) throws(TileError) -> MerkleHash {
        guard let tile = TileLayout.tile(holding: node, treeSize: treeSize) else { throw .nodeNotInTree(node) }
        let height = node.level % TileID.height
        let first = Int((node.index << UInt64(height)) % UInt64(TileID.fullWidth))
        let count = 1 << height
        guard let hashes = tiles[Key(level: tile.level, index: tile.index)], first + count <= hashes.count else {
            throw .missingTile(tile)
        }
        if count == 1 { return hashes[first] }
        var row = Array(hashes[first..<(first + count)])
        while row.count > 1 {
            for pair in 0..<(row.count / 2) { row[pair] = .node(row[2 * pair], row[2 * pair + 1]) }
            row.removeLast(row.count / 2)
        }
        return row[0]
    }
}
