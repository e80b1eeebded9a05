import Foundation
import Testing

@testable import FazhiCore

@Suite("Inclusion and consistency proofs 包含证明与一致性证明 (RFC 9162 §2.1.3, §2.1.4)")
struct MerkleProofTests {
    static let reference = MerkleTree(leafHashes: LedgerFixtures.referenceLeaves.map { MerkleHash.leaf($0) })

    /// The probes use some values that are not 32 bytes long. Our API cannot even hold those, so they are mapped to
    /// a tagged digest: equal inputs stay equal, and none can collide with a real hash of the reference tree.
    static func probeHash(_ base64: String) -> MerkleHash {
        let bytes = [UInt8](Data(base64Encoded: base64)!)
        return MerkleHash(bytes: bytes) ?? MerkleHash.leaf(Array("not a 32-byte hash:".utf8) + bytes)
    }

    @Test("transparency-dev inclusion probes", arguments: TransparencyDevProbes.inclusion)
    func inclusionProbe(_ probe: InclusionProbe) {
        // Like the Go verifier, refuse a leaf hash of the wrong length; here the type cannot even be built.
        guard let leafHash = MerkleHash(bytes: [UInt8](Data(base64Encoded: probe.leafHash)!)) else {
            #expect(probe.wantError)
            return
        }
        let proof = InclusionProof(
            leafIndex: probe.leafIndex, treeSize: probe.treeSize, hashes: probe.proof.map(Self.probeHash))
        let result = Result { () throws(MerkleProofError) in
            try proof.verify(leafHash: leafHash, rootHash: Self.probeHash(probe.root))
        }
        if probe.wantError {
            #expect(throws: MerkleProofError.self) { try result.get() }
        } else {
            #expect(throws: Never.self) { try result.get() }
        }
    }

    @Test("transparency-dev consistency probes", arguments: TransparencyDevProbes.consistency)
    func consistencyProbe(_ probe: ConsistencyProbe) {
        let proof = ConsistencyProof(
            oldSize: probe.size1, newSize: probe.size2, hashes: probe.proof.map(Self.probeHash))
        let result = Result { () throws(MerkleProofError) in
            try proof.verify(oldRoot: Self.probeHash(probe.root1), newRoot: Self.probeHash(probe.root2))
        }
        if probe.wantError {
            #expect(throws: MerkleProofError.self) { try result.get() }
        } else {
            #expect(throws: Never.self) { try result.get() }
        }
    }

    @Test("Generated proofs equal the published happy-path proofs of the reference tree")
    func generatedMatchPublished() throws {
        for probe in TransparencyDevProbes.inclusion where probe.name.hasSuffix("happy-path") {
            let proof = try Self.reference.inclusionProof(leafIndex: probe.leafIndex, treeSize: probe.treeSize)
            #expect(proof.hashes == probe.proof.map(Self.probeHash), "\(probe.name)")
        }
        for probe in TransparencyDevProbes.consistency where probe.name.hasSuffix("happy-path") {
            let proof = try Self.reference.consistencyProof(oldSize: probe.size1, newSize: probe.size2)
            #expect(proof.hashes == probe.proof.map(Self.probeHash), "\(probe.name)")
        }
        // Spot checks by hand from the published node hashes: leaf 0 in 8, and 6 → 8.
        let nodes = LedgerFixtures.referenceNodes
        #expect(
            try Self.reference.inclusionProof(leafIndex: 0, treeSize: 8).hashes.map(\.hex)
                == [nodes[0][1], nodes[1][1], nodes[2][1]])
        #expect(
            try Self.reference.consistencyProof(oldSize: 6, newSize: 8).hashes.map(\.hex)
                == [nodes[1][2], nodes[1][3], nodes[2][0]])
    }

    @Test("Every proof in trees of up to 70 leaves matches the RFC definition and verifies")
    func exhaustiveSmallTrees() throws {
        var rng = SplitMix64(seed: 3)
        let leaves = LedgerFixtures.randomLeaves(70, &rng)
        let tree = MerkleTree(leafHashes: leaves)
        for size in 1...leaves.count {
            let root = try tree.rootHash(treeSize: UInt64(size))
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: UInt64(index), treeSize: UInt64(size))
                #expect(proof.hashes == ReferenceMerkle.path(index, leaves[..<size]))
                #expect(throws: Never.self) { try proof.verify(leafHash: leaves[index], rootHash: root) }
            }
            for old in 1...size {
                let proof = try tree.consistencyProof(oldSize: UInt64(old), newSize: UInt64(size))
                #expect(proof.hashes == ReferenceMerkle.consistency(old, leaves[..<size]))
                let oldRoot = try tree.rootHash(treeSize: UInt64(old))
                #expect(throws: Never.self) { try proof.verify(oldRoot: oldRoot, newRoot: root) }
            }
        }
    }

    @Test("Proofs at random sizes up to 5,000 verify, and every kind of tampering is caught")
    func randomTampering() throws {
        var rng = SplitMix64(seed: 4)
        let tree = MerkleTree(leafHashes: LedgerFixtures.randomLeaves(5000, &rng))
        for _ in 0..<150 {
            let size = UInt64.random(in: 2...tree.size, using: &rng)
            let index = UInt64.random(in: 0..<size, using: &rng)
            let root = try tree.rootHash(treeSize: size)
            let leaf = tree.leafHash(at: index)!
            let proof = try tree.inclusionProof(leafIndex: index, treeSize: size)
            try proof.verify(leafHash: leaf, rootHash: root)
            for position in proof.hashes.indices {
                var tampered = proof
                tampered.hashes[position] = LedgerFixtures.flipped(
                    tampered.hashes[position], bit: Int(index) + position)
                #expect(throws: MerkleProofError.rootMismatch) { try tampered.verify(leafHash: leaf, rootHash: root) }
            }
            #expect(throws: MerkleProofError.rootMismatch) {
                try proof.verify(leafHash: LedgerFixtures.flipped(leaf, bit: 7), rootHash: root)
            }
            #expect(throws: MerkleProofError.self) {
                try InclusionProof(leafIndex: index ^ 1, treeSize: size, hashes: proof.hashes)
                    .verify(leafHash: leaf, rootHash: root)
            }
            #expect(throws: MerkleProofError.self) {
                try InclusionProof(leafIndex: index, treeSize: size, hashes: proof.hashes.dropLast())
                    .verify(leafHash: leaf, rootHash: root)
            }
            #expect(throws: MerkleProofError.self) {
                try InclusionProof(leafIndex: index, treeSize: size, hashes: proof.hashes + [root])
                    .verify(leafHash: leaf, rootHash: root)
            }

            let old = UInt64.random(in: 1..<size, using: &rng)
            let oldRoot = try tree.rootHash(treeSize: old)
            let consistency = try tree.consistencyProof(oldSize: old, newSize: size)
            try consistency.verify(oldRoot: oldRoot, newRoot: root)
            for position in consistency.hashes.indices {
                var tampered = consistency
                tampered.hashes[position] = LedgerFixtures.flipped(tampered.hashes[position], bit: position)
                #expect(throws: MerkleProofError.self) { try tampered.verify(oldRoot: oldRoot, newRoot: root) }
            }
            #expect(throws: MerkleProofError.self) {
                try consistency.verify(oldRoot: LedgerFixtures.flipped(oldRoot, bit: 1), newRoot: root)
            }
            #expect(throws: MerkleProofError.self) {
                try consistency.verify(oldRoot: oldRoot, newRoot: LedgerFixtures.flipped(root, bit: 1))
            }
            #expect(throws: MerkleProofError.self) {
                try ConsistencyProof(oldSize: old, newSize: size, hashes: consistency.hashes.dropLast())
                    .verify(oldRoot: oldRoot, newRoot: root)
            }
        }
    }

    @Test("Sizes that admit no proof are refused when generating")
    func invalidRequests() {
        let tree = LedgerFixtures.tree(size: 10)
        #expect(throws: MerkleProofError.leafIndexOutOfRange(leafIndex: 10, treeSize: 10)) {
            try tree.inclusionProof(leafIndex: 10, treeSize: 10)
        }
        #expect(throws: MerkleProofError.oldSizeExceedsNewSize(oldSize: 5, newSize: 4)) {
            try tree.consistencyProof(oldSize: 5, newSize: 4)
        }
        #expect(throws: MerkleProofError.consistencyFromEmptyTree) { try tree.consistencyProof(oldSize: 0, newSize: 4) }
        #expect(throws: MerkleProofError.self) { try tree.inclusionProof(leafIndex: 3, treeSize: 11) }
        #expect((try? tree.consistencyProof(oldSize: 10, newSize: 10).hashes) == [])
    }

    @Test("Plans for huge trees stay within 64 levels and assemble their border")
    func hugeTreePlans() throws {
        let size = UInt64.max - 12_345
        let plan = try MerkleProofPlan.inclusion(leafIndex: size - 1, treeSize: size)
        #expect(plan.nodes.allSatisfy { $0.isComplete(inTreeOfSize: size) })
        let early = try MerkleProofPlan.inclusion(leafIndex: 0, treeSize: size)
        #expect(early.proofLength == 64)
        #expect(!early.border.isEmpty)
        let consistency = try MerkleProofPlan.consistency(oldSize: 1 << 40 + 3, newSize: size)
        #expect(consistency.nodes.allSatisfy { $0.isComplete(inTreeOfSize: size) })
        #expect(MerkleProofPlan.root(treeSize: size).nodes.count == size.nonzeroBitCount)
        #expect(throws: MerkleProofError.readerReturnedWrongCount(expected: early.nodes.count, got: 0)) {
            try early.assemble([])
        }
    }
}
