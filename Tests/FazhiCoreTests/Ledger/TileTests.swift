import Testing

@testable import FazhiCore

@Suite("Tiles 瓦片 (C2SP tlog-tiles)")
struct TileTests {
    @Test(
        "Index encoding in 3-digit path elements",
        arguments: [
            (0, "000"), (5, "005"), (999, "999"), (1000, "x001/000"), (1_234_067, "x001/x234/067"),
            (UInt64.max, "x018/x446/x744/x073/x709/x551/615"),
        ] as [(UInt64, String)])
    func indexEncoding(index: UInt64, path: String) throws {
        #expect(TilePath.encode(index: index) == path)
        #expect(try TileID(path: "tile/0/" + path) == TileID(level: 0, index: index))
    }

    @Test("Paths of hash tiles and entry bundles round-trip")
    func paths() throws {
        let tile = TileID(level: 1, index: 1_234_067, width: 17)
        #expect(tile.path == "tile/1/x001/x234/067.p/17")
        #expect(try TileID(path: tile.path) == tile)
        #expect(TileID(level: 63, index: 0).path == "tile/63/000")
        let bundle = EntryBundleID(index: 1000, width: 3)
        #expect(bundle.path == "tile/entries/x001/000.p/3")
        #expect(try TilePath.parse(bundle.path) == .entries(bundle))
        #expect(try TilePath.parse("tile/entries/042") == .entries(EntryBundleID(index: 42)))
        #expect(throws: TilePathError.notAHashTile) { try TileID(path: "tile/entries/000") }
        #expect(throws: TilePathError.notAnEntryBundle) { try EntryBundleID(path: "tile/0/000") }
    }

    @Test(
        "Malformed and non-canonical paths are refused",
        arguments: [
            "", "tile", "tile/0", "tile/0/", "tiles/0/000", "/tile/0/000", "tile/0/000/", "tile/00/000", "tile/64/000",
            "tile/-1/000", "tile/+1/000", "tile/0/0", "tile/0/0000", "tile/0/00a", "tile/0/x000", "tile/0/001/002",
            "tile/0/x000/001", "tile/0/y001/002", "tile/0/x01/002", "tile/0/000.p", "tile/0/000.p/", "tile/0/000.p/0",
            "tile/0/000.p/256", "tile/0/000.p/08", "tile/0/000.p/1/2", "tile/0/000.q/1", "tile/0/x001.p/1/000",
            "tile/0/x018/x446/x744/x073/x709/x551/616", "tile/0/x001/x018/x446/x744/x073/x709/x551/615",
            "tile/entries/000.p/256", "tile/ 0/000", "tile/0/\u{0660}00",
        ])
    func malformedPaths(path: String) {
        #expect(throws: TilePathError.self) { try TilePath.parse(path) }
    }

    @Test("The spec's example: the tiles of a tree of size 70,000")
    func tilesOfTree() {
        let tiles = TileLayout.tiles(treeSize: 70_000)
        #expect(tiles.filter { $0.level == 0 && !$0.isPartial }.count == 273)
        #expect(
            tiles.filter { $0.isPartial } == [
                TileID(level: 0, index: 273, width: 112), TileID(level: 1, index: 1, width: 17),
                TileID(level: 2, index: 0, width: 1),
            ])
        #expect(tiles.filter { $0.level == 1 && !$0.isPartial } == [TileID(level: 1, index: 0)])
        #expect(tiles.count == 277)
        // "A tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1."
        #expect(TileLayout.tiles(treeSize: 256) == [TileID(level: 0, index: 0), TileID(level: 1, index: 0, width: 1)])
        #expect(TileLayout.tiles(treeSize: 0) == [])
        #expect(
            TileLayout.rightmostTiles(treeSize: 70_000) == [
                TileID(level: 0, index: 273, width: 112), TileID(level: 1, index: 1, width: 17),
                TileID(level: 2, index: 0, width: 1),
            ])
        #expect(
            TileLayout.rightmostTiles(treeSize: 65_536) == [
                TileID(level: 0, index: 255), TileID(level: 1, index: 0), TileID(level: 2, index: 0, width: 1),
            ])
    }

    @Test("Tiles to write when the tree grows are exactly the tiles that are new or changed")
    func tilesToWrite() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let old = UInt64.random(in: 0...200_000, using: &rng)
            let new = old + UInt64.random(in: 0...70_000, using: &rng)
            let before = Set(TileLayout.tiles(treeSize: old))
            let expected = TileLayout.tiles(treeSize: new).filter { !before.contains($0) }
            #expect(TileLayout.tilesToWrite(from: old, to: new) == expected, "\(old) → \(new)")
            #expect(
                TileLayout.entryBundlesToWrite(from: old, to: new)
                    == expected.filter { $0.level == 0 }.map { EntryBundleID(index: $0.index, width: $0.width) })
        }
    }

    @Test("Tile contents are the stored hashes at tree level 8·L, and decode back")
    func tileContents() throws {
        let tree = LedgerFixtures.tree(size: 70_000)
        let level1 = try TileLayout.hashes(of: TileID(level: 1, index: 1, width: 17), from: tree)
        #expect(level1[3] == (try tree.hash(of: MerkleNodeID(level: 8, index: 259))))
        let tile = TileID(level: 0, index: 273, width: 112)
        let bytes = TileLayout.encode(try TileLayout.hashes(of: tile, from: tree))
        #expect(bytes.count == 112 * 32)
        #expect(try TileLayout.decode(bytes, as: tile).first == tree.leafHash(at: 273 * 256))
        #expect(throws: TileError.wrongTileSize(tile, bytes: bytes.count - 1)) {
            try TileLayout.decode(bytes.dropLast(), as: tile)
        }
        #expect(throws: TileError.self) { try TileLayout.decode(bytes, as: TileID(level: 0, index: 273)) }
    }

    @Test("A tile reader rebuilds every root and proof of a 70,000-leaf tree from tiles alone")
    func tileReaderProofs() throws {
        var rng = SplitMix64(seed: 6)
        let tree = LedgerFixtures.tree(size: 70_000)
        // Publish every tile the largest tree has, as a log would have done along the way.
        let published = Dictionary(
            uniqueKeysWithValues: try TileLayout.tiles(treeSize: tree.size).map {
                ($0, TileLayout.encode(try TileLayout.hashes(of: $0, from: tree)))
            })
        for _ in 0..<60 {
            let size = UInt64.random(in: 1...tree.size, using: &rng)
            let index = UInt64.random(in: 0..<size, using: &rng)
            let old = UInt64.random(in: 1...size, using: &rng)
            let nodes =
                try MerkleProofPlan.inclusion(leafIndex: index, treeSize: size).nodes
                + MerkleProofPlan.consistency(oldSize: old, newSize: size).nodes
                + MerkleProofPlan.root(treeSize: size).nodes + MerkleProofPlan.root(treeSize: old).nodes
            // Fetch the tiles as they existed at `size`: partial tiles are cut to that tree's width.
            let reader = try TileHashReader(treeSize: size, nodes: nodes) { tile in
                let full = TileLayout.tiles(treeSize: tree.size).first {
                    $0.level == tile.level && $0.index == tile.index
                }!
                return Array(published[full]!.prefix(tile.width * 32))
            }
            #expect(try reader.rootHash(treeSize: size) == tree.rootHash(treeSize: size))
            #expect(try reader.rootHash(treeSize: old) == tree.rootHash(treeSize: old))
            #expect(
                try reader.inclusionProof(leafIndex: index, treeSize: size)
                    == tree.inclusionProof(leafIndex: index, treeSize: size))
            #expect(
                try reader.consistencyProof(oldSize: old, newSize: size)
                    == tree.consistencyProof(oldSize: old, newSize: size))
        }
    }

    @Test("A tile reader reports missing tiles and nodes outside its tree")
    func tileReaderErrors() throws {
        let tree = LedgerFixtures.tree(size: 1000)
        var reader = TileHashReader(treeSize: 1000)
        #expect(throws: TileError.missingTile(TileID(level: 0, index: 1))) { try reader.hash(of: .leaf(300)) }
        #expect(throws: TileError.nodeNotInTree(.leaf(1000))) { try reader.hash(of: .leaf(1000)) }
        #expect(throws: TileError.self) { try TileLayout.tiles(holding: [.leaf(1000)], treeSize: 1000) }
        let partial = TileID(level: 0, index: 3, width: 232)
        // A partial tile that is too narrow for the node does not count; a wider copy replaces it.
        reader.add(partial, hashes: try TileLayout.hashes(of: TileID(level: 0, index: 3, width: 10), from: tree))
        #expect(throws: TileError.missingTile(partial)) { try reader.hash(of: MerkleNodeID(level: 3, index: 97)) }
        try reader.add(partial, bytes: TileLayout.encode(try TileLayout.hashes(of: partial, from: tree)))
        #expect(
            try reader.hash(of: MerkleNodeID(level: 3, index: 97)) == tree.hash(of: MerkleNodeID(level: 3, index: 97)))
        #expect(
            try TileLayout.tiles(holding: [.leaf(5), .leaf(6), MerkleNodeID(level: 9, index: 0)], treeSize: 1000)
                == [TileID(level: 0, index: 0), TileID(level: 1, index: 0, width: 3)])
    }

    @Test("Entry bundles are uint16-length-prefixed entries whose leaf hashes form the level-0 tile")
    func entryBundles() throws {
        let entries: [[UInt8]] = [[], [0x41], Array(repeating: 0x42, count: 300), Array(repeating: 7, count: 65_535)]
        let bytes = try EntryBundle.encode(entries)
        #expect(Array(bytes.prefix(5)) == [0x00, 0x00, 0x00, 0x01, 0x41])
        #expect(Array(bytes[5..<7]) == [0x01, 0x2C])
        #expect(try EntryBundle.decode(bytes) == entries)
        #expect(try EntryBundle.decode(bytes, as: EntryBundleID(index: 0, width: 4)) == entries)
        #expect(throws: TileError.wrongEntryCount(expected: 5, got: 4)) {
            try EntryBundle.decode(bytes, as: EntryBundleID(index: 0, width: 5))
        }
        #expect(throws: TileError.truncatedEntryBundle) { try EntryBundle.decode(Array(bytes.dropLast())) }
        #expect(throws: TileError.truncatedEntryBundle) { try EntryBundle.decode([0x00]) }
        #expect(throws: TileError.entryTooLarge(index: 1, bytes: 65_536)) {
            try EntryBundle.encode([[], Array(repeating: 0, count: 65_536)])
        }
        let tree = MerkleTree(leafHashes: EntryBundle.leafHashes(of: entries))
        #expect(tree.leafHash(at: 1) == MerkleHash.leaf([0x41]))
    }
}
