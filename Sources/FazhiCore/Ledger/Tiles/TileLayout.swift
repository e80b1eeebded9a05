/// Which tiles make up a tree of a given size, and what they contain (C2SP tlog-tiles, "Merkle Tree").
///
/// The n-th tile at level l holds MTH(D[(n·256 + i)·256^l ..< (n·256 + i + 1)·256^l]) for i in 0..<width: the
/// hashes of complete subtrees at tree level 8·l. A tree of size s has floor(s / 256^l) hashes at tile level l,
/// so its rightmost tile at each level is partial with width floor(s / 256^l) mod 256 (and absent when that is 0).
public enum TileLayout {
    /// Every tile of a tree of `treeSize` leaves, level by level, left to right.
    ///
    /// A tree of size 70,000 has 273 full level-0 tiles, a partial level-0 tile of width 112, one full level-1 tile,
    /// a partial level-1 tile of width 17 and a partial level-2 tile of width 1 (the example in the spec).
    public static func tiles(treeSize: UInt64) -> [TileID] {
        var tiles: [TileID] = []
        for level in levels(treeSize: treeSize) {
            let count = hashCount(atTileLevel: level, treeSize: treeSize)
            let full = count / UInt64(TileID.fullWidth)
            for index in 0..<full { tiles.append(TileID(level: level, index: index)) }
            let rest = Int(count % UInt64(TileID.fullWidth))
            if rest > 0 { tiles.append(TileID(level: level, index: full, width: rest)) }
        }
        return tiles
    }

    /// The rightmost tile of each level, for a checkpoint of `treeSize`: with the full tiles to its left, these are
    /// what a client needs for the tree head. Partial ones must be published with each checkpoint.
    public static func rightmostTiles(treeSize: UInt64) -> [TileID] {
        levels(treeSize: treeSize).map { level in
            let count = hashCount(atTileLevel: level, treeSize: treeSize)
            return tile(atLevel: level, index: (count - 1) / UInt64(TileID.fullWidth), treeSize: treeSize)
        }
    }

    /// The tiles that are new or wider when the tree grows from `oldSize` to `newSize`: what the log must write
    /// before it publishes a checkpoint of `newSize`. Full tiles never change once written.
    public static func tilesToWrite(from oldSize: UInt64, to newSize: UInt64) -> [TileID] {
        guard oldSize < newSize else { return [] }
        var tiles: [TileID] = []
        for level in levels(treeSize: newSize) {
            let oldCount = hashCount(atTileLevel: level, treeSize: oldSize)
            let newCount = hashCount(atTileLevel: level, treeSize: newSize)
            guard newCount > oldCount else { continue }
            let first = oldCount / UInt64(TileID.fullWidth)
            let last = (newCount - 1) / UInt64(TileID.fullWidth)
            for index in first...last { tiles.append(tile(atLevel: level, index: index, treeSize: newSize)) }
        }
        return tiles
    }

    /// The entry bundles that are new or wider when the tree grows from `oldSize` to `newSize`.
    public static func entryBundlesToWrite(from oldSize: UInt64, to newSize: UInt64) -> [EntryBundleID] {
        tilesToWrite(from: oldSize, to: newSize).filter { $0.level == 0 }.map {
            EntryBundleID(index: $0.index, width: $0.width)
        }
    }

    /// The tile, as it exists in a tree of `treeSize`, that holds the hashes from which the complete subtree
    /// `node` is computed; nil when `node` is not complete in that tree.
    ///
    /// A node at tree level 8·L + h (h < 8) is the root of 2^h consecutive hashes of one level-L tile, so it is
    /// recomputed by hashing those h levels up; for h = 0 it is one of the tile's hashes.
    public static func tile(holding node: MerkleNodeID, treeSize: UInt64) -> TileID? {
        guard node.isComplete(inTreeOfSize: treeSize) else { return nil }
        let level = node.level / TileID.height
        let firstHash = node.index << UInt64(node.level % TileID.height)
        return tile(atLevel: level, index: firstHash / UInt64(TileID.fullWidth), treeSize: treeSize)
    }

    /// The tiles needed to compute the hashes of `nodes` in a tree of `treeSize`, sorted and without repeats.
    public static func tiles(holding nodes: [MerkleNodeID], treeSize: UInt64) throws(TileError) -> [TileID] {
        var tiles = Set<TileID>()
        for node in nodes {
            guard let tile = tile(holding: node, treeSize: treeSize) else { throw .nodeNotInTree(node) }
            tiles.insert(tile)
        }
        return tiles.sorted()
    }

    /// The content of `tile`, read from a store of complete subtree hashes (for example the ``MerkleTree`` or the
    /// database), ready for ``encode(_:)``.
    public static func hashes(of tile: TileID, from reader: some MerkleHashReader) throws -> [MerkleHash] {
        try reader.hashes(of: tile.nodes)
    }

    /// The bytes of a tile: its hashes concatenated, 32 bytes each (8,192 bytes for a full tile).
    public static func encode(_ hashes: [MerkleHash]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hashes.count * MerkleHash.byteCount)
        for hash in hashes { hash.withUnsafeBytes { bytes.append(contentsOf: $0) } }
        return bytes
    }

    /// Reads the bytes of `tile`; its length must be exactly `tile.width` hashes.
    public static func decode(_ bytes: some Collection<UInt8>, as tile: TileID) throws(TileError) -> [MerkleHash] {
        guard bytes.count == tile.width * MerkleHash.byteCount else {
            throw .wrongTileSize(tile, bytes: bytes.count)
        }
        var hashes: [MerkleHash] = []
        hashes.reserveCapacity(tile.width)
        var start = bytes.startIndex
        for _ in 0..<tile.width {
            let end = bytes.index(start, offsetBy: MerkleHash.byteCount)
            hashes.append(MerkleHash(bytes: bytes[start..<end])!)
            start = end
        }
        return hashes
    }

    /// The tile (level, index) as it exists in a tree of `treeSize`: full, or partial at its current width.
    static func tile(atLevel level: Int, index: UInt64, treeSize: UInt64) -> TileID {
        let count = hashCount(atTileLevel: level, treeSize: treeSize)
        let width = min(UInt64(TileID.fullWidth), count - index * UInt64(TileID.fullWidth))
        return TileID(level: level, index: index, width: Int(width))
    }

    /// The number of hashes at tile level `level`: floor(treeSize / 256^level).
    static func hashCount(atTileLevel level: Int, treeSize: UInt64) -> UInt64 {
        treeSize >> UInt64(level * TileID.height)
    }

    /// The tile levels that have at least one hash.
    private static func levels(treeSize: UInt64) -> [Int] {
        (0..<8).filter { hashCount(atTileLevel: $0, treeSize: treeSize) > 0 }
    }
}
