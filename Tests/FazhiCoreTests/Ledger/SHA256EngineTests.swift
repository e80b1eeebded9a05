import Crypto
import Testing

@testable import FazhiCore

/// The SHA-256 engines behind the tree hashing (``MerkleHashEngine``): our SHA-extensions code must give exactly
/// swift-crypto's hashes. On a CPU without the SHA extensions only swift-crypto runs, and these tests say so.
@Suite("Ledger SHA-256 engines")
struct SHA256EngineTests {
    static var engines: [MerkleHashEngine] {
        MerkleHashEngine.shaExtensionsAvailable ? [.shaExtensions, .swiftCrypto] : [.swiftCrypto]
    }

    @Test("the SHA extensions are used when the CPU has them, and the process reports which engine it uses")
    func engineChoice() {
        if !MerkleHashEngine.shaExtensionsAvailable {
            print("note: this CPU has no SHA extensions; only swift-crypto is tested")
            #expect(MerkleHashEngine.current == .swiftCrypto)
        }
        #expect(MerkleHashEngine.allCases.contains(MerkleHashEngine.current))
    }

    @Test("every input length 0…300, split at every point, hashes as swift-crypto does")
    func randomInputs() {
        var rng = SplitMix64(seed: 0x5348_4132_3536)
        for length in 0...300 {
            let data = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let expected = MerkleHash(SHA256.hash(data: data))
            data.withUnsafeBytes { bytes in
                // Splits exercise the buffering of a message fed in two parts, across block boundaries.
                let splits =
                    length <= 70
                    ? Array(0...length)
                    : [0, 1, 55, 56, 63, 64, 65, 127, 128, length / 2, length].filter { $0 <= length }
                for engine in Self.engines {
                    for split in splits {
                        let hash = engine.hash(
                            UnsafeRawBufferPointer(rebasing: bytes[..<split]),
                            UnsafeRawBufferPointer(rebasing: bytes[split...]))
                        #expect(hash == expected, "\(engine) length \(length) split \(split)")
                    }
                }
            }
        }
    }

    @Test("leaf and node hashes of the RFC 6962 reference tree, with each engine")
    func referenceVectors() throws {
        for engine in Self.engines {
            var level = LedgerFixtures.referenceLeaves.map { leaf in
                [UInt8(0x00)].withUnsafeBytes { prefix in leaf.withUnsafeBytes { engine.hash(prefix, $0) } }
            }
            for expected in LedgerFixtures.referenceNodes {
                #expect(level.map(\.hex) == expected, "\(engine)")
                level = stride(from: 0, to: level.count - 1, by: 2).map {
                    MerkleHash.node(level[$0], level[$0 + 1], engine: engine)
                }
            }
        }
        // And through the public entry points, whichever engine this process uses.
        let tree = MerkleTree(leafHashes: LedgerFixtures.referenceLeaves.map { MerkleHash.leaf($0) })
        for size in 0...8 {
            #expect(try tree.rootHash(treeSize: UInt64(size)).hex == LedgerFixtures.referenceRoots[size])
        }
    }

    @Test("node hashes of random children agree between the engines")
    func randomNodes() {
        var rng = SplitMix64(seed: 65)
        for _ in 0..<2000 {
            let left = MerkleHash(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })!
            let right = MerkleHash(bytes: (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })!
            let hashes = Self.engines.map { MerkleHash.node(left, right, engine: $0) }
            #expect(Set(hashes).count == 1)
            #expect(hashes[0] == MerkleHash(SHA256.hash(data: [0x01] + left.bytes + right.bytes)))
        }
    }
}
