import Testing

@testable import FazhiCore

@Suite("MerkleTree 默克尔树 and MerkleFrontier")
struct MerkleTreeTests {
    static let reference = MerkleTree(leafHashes: LedgerFixtures.referenceLeaves.map { MerkleHash.leaf($0) })

    @Test("The RFC 6962 reference tree has the published node hashes")
    func referenceNodes() throws {
        for (level, row) in LedgerFixtures.referenceNodes.enumerated() {
            for (index, hex) in row.enumerated() {
                let node = MerkleNodeID(level: level, index: UInt64(index))
                #expect(try Self.reference.hash(of: node).hex == hex, "node \(node)")
            }
        }
    }

    @Test("Tree heads of every prefix of the reference tree match the published roots")
    func referenceRoots() throws {
        for (size, hex) in LedgerFixtures.referenceRoots.enumerated() {
            #expect(try Self.reference.rootHash(treeSize: UInt64(size)).hex == hex, "size \(size)")
            let prefix = MerkleTree(leafHashes: LedgerFixtures.referenceLeaves.prefix(size).map { MerkleHash.leaf($0) })
            #expect(prefix.rootHash.hex == hex, "size \(size)")
        }
        #expect(MerkleTree().rootHash == .emptyTree)
    }

    @Test("Roots at every size agree with the recursive definition of RFC 9162 §2.1.1")
    func rootsMatchDefinition() throws {
        var rng = SplitMix64(seed: 1)
        let leaves = LedgerFixtures.randomLeaves(300, &rng)
        let tree = MerkleTree(leafHashes: leaves)
        for size in 0...leaves.count {
            #expect(try tree.rootHash(treeSize: UInt64(size)) == ReferenceMerkle.root(leaves[..<size]), "size \(size)")
        }
    }

    @Test("Asking for a node the tree does not have fails")
    func missingNodes() {
        let tree = LedgerFixtures.tree(size: 5)
        #expect(throws: MerkleProofError.nodeUnavailable(MerkleNodeID(level: 0, index: 5))) {
            try tree.hash(of: .leaf(5))
        }
        #expect(throws: MerkleProofError.self) { try tree.hash(of: MerkleNodeID(level: 1, index: 2)) }
        #expect(throws: MerkleProofError.self) { try tree.rootHash(treeSize: 6) }
        #expect(tree.leafHash(at: 4) == MerkleHash.leaf(Array("leaf 4".utf8)))
        #expect(tree.leafHash(at: 5) == nil)
    }

    @Test("The frontier follows the tree, reports exactly the complete subtrees, and restores from storage")
    func frontier() throws {
        var rng = SplitMix64(seed: 2)
        let leaves = LedgerFixtures.randomLeaves(600, &rng)
        var frontier = MerkleFrontier()
        var stored: [MerkleNodeID: MerkleHash] = [:]
        var tree = MerkleTree()
        #expect(frontier.rootHash == .emptyTree)
        for leaf in leaves {
            frontier.append(leafHash: leaf) { node, hash in
                #expect(stored.updateValue(hash, forKey: node) == nil, "node \(node) reported twice")
            }
            tree.append(leafHash: leaf)
            #expect(frontier.rootHash == tree.rootHash)
            #expect(frontier.size == tree.size)
        }
        // 2n − 1 complete subtrees are reported for n = 2^k; in general n + (n − popcount(n)).
        #expect(stored.count == 2 * leaves.count - leaves.count.nonzeroBitCount)
        for (node, hash) in stored { #expect(try tree.hash(of: node) == hash) }

        for size in [0, 1, 2, 3, 255, 256, 257, 599, 600] as [UInt64] {
            let restored = try MerkleFrontier(size: size, reader: tree)
            #expect(try tree.rootHash(treeSize: size) == restored.rootHash)
            #expect(MerkleFrontier.nodes(forSize: size).count == size.nonzeroBitCount)
        }
        #expect(throws: MerkleProofError.self) { try MerkleFrontier(size: 3, hashes: [.zero]) }

        var resumed = try MerkleFrontier(size: 300, reader: tree)
        for leaf in leaves[300...] { resumed.append(leafHash: leaf) }
        #expect(resumed == frontier)
    }

    @Test("Node positions")
    func nodeIDs() {
        let node = MerkleNodeID(level: 3, index: 5)
        #expect(node.firstLeaf == 40)
        #expect(node.endLeaf == 48)
        #expect(node.isComplete(inTreeOfSize: 48))
        #expect(!node.isComplete(inTreeOfSize: 47))
        #expect(MerkleNodeID(level: 63, index: 2).endLeaf == .max)
        #expect(!MerkleNodeID(level: 63, index: 2).isComplete(inTreeOfSize: .max))
        #expect(MerkleNodeID(level: 1, index: 9) < MerkleNodeID(level: 2, index: 0))
    }
}
