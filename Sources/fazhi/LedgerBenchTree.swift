import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi ledger bench-tree`: the in-memory Merkle tree's speed, no database. Tree hashing (leaves and interior
/// nodes), appends, and inclusion proof generation and verification in a tree of 10 million entries.
/// `scripts/bench/ledger-tree.sh` runs it beside `openssl speed` and pymerkle and prints the ratios.
struct LedgerBenchTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-tree",
        abstract: "Benchmark tree hashing, in-memory appends and inclusion proofs (no database).",
        discussion: """
            Entry i is 64 bytes: i as a big-endian 64-bit number, eight times (scripts/bench/ledger_tree_pymerkle.py
            builds the same entries, so the roots printed can be compared). Timed parts run --runs times and report
            the median. The SHA-256 engine is the SHA extensions when the CPU has them; FAZHI_LEDGER_SHA256=swift-crypto
            selects swift-crypto.
            """)

    @ArgumentParser.Option(help: "Entries in the large tree (tree hashing, proofs).") var treeSize = 10_000_000
    @ArgumentParser.Option(help: "Entries appended per run in the append benchmark.") var appends = 200_000
    @ArgumentParser.Option(help: "Proofs generated and verified per run.") var proofs = 200_000
    @ArgumentParser.Option(help: "Runs of each timed part (the median is reported).") var runs = 3
    @ArgumentParser.Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() throws {
        var figures: [String: Any] = [
            "engine": MerkleHashEngine.current.rawValue, "sha_extensions": MerkleHashEngine.shaExtensionsAvailable,
            "tree_size": treeSize, "appends": appends, "proofs": proofs, "runs": runs,
        ]
        print(
            "SHA-256 engine: \(MerkleHashEngine.current.rawValue) (CPU SHA extensions: \(MerkleHashEngine.shaExtensionsAvailable ? "yes" : "no"))"
        )

        // 1. One node hash after another, each depending on the last (as in proof verification), per engine.
        var nodeLatency: [String: Double] = [:]
        let engines = MerkleHashEngine.shaExtensionsAvailable ? MerkleHashEngine.allCases : [.swiftCrypto]
        for engine in engines {
            let chain = 1_000_000
            let seconds = median(
                (0..<runs).map { _ in
                    var hash = MerkleHash.emptyTree
                    return time {
                        for _ in 0..<chain { hash = MerkleHash.node(hash, hash, engine: engine) }
                        blackHole(hash)
                    }
                })
            nodeLatency[engine.rawValue] = seconds / Double(chain) * 1e9
            print(
                "node hash, chained (\(engine.rawValue)): "
                    + String(format: "%.1f ns each", seconds / Double(chain) * 1e9))
        }
        figures["node_hash_ns"] = nodeLatency

        // 2. Tree hashing: the leaves of the large tree, then every interior node (MerkleTree keeps them all).
        var leafHashes: [MerkleHash] = []
        leafHashes.reserveCapacity(treeSize)
        let leafSeconds = time {
            for i in 0..<treeSize { leafHashes.append(Self.entry(UInt64(i)) { MerkleHash.leaf($0) }) }
        }
        // The tree head alone, hashed in place level by level (the last node of an odd level moves up unhashed, which
        // gives RFC 9162's tree): hashing and nothing else, the figure to hold against `openssl speed`.
        var scratch = leafHashes
        var inPlaceRoot = MerkleHash.emptyTree
        let rootSeconds = time {
            scratch.withUnsafeMutableBufferPointer { level in
                var count = level.count
                while count > 1 {
                    for i in 0..<(count / 2) { level[i] = MerkleHash.node(level[2 * i], level[2 * i + 1]) }
                    if count % 2 == 1 { level[count / 2] = level[count - 1] }
                    count = (count + 1) / 2
                }
                if count == 1 { inPlaceRoot = level[0] }
            }
        }
        scratch = []
        // The whole tree as MerkleTree keeps it: every node hash stored, as proofs need.
        var tree = MerkleTree()
        let nodeSeconds = time { tree = MerkleTree(leafHashes: leafHashes) }
        leafHashes = []
        let root = tree.rootHash
        precondition(inPlaceRoot == root, "the in-place tree head differs from MerkleTree's")
        let nodes = Double(treeSize - 1)
        // Bytes given to SHA-256: 0x00 and 64 bytes per leaf, 0x01 and two hashes per node.
        let hashing: [String: Any] = [
            "leaf_hashes_per_second": Double(treeSize) / leafSeconds, "leaf_seconds": leafSeconds,
            "leaf_bytes_per_second": Double(treeSize) * 65 / leafSeconds,
            "node_hashes_per_second": nodes / rootSeconds, "node_seconds": rootSeconds,
            "node_bytes_per_second": nodes * 65 / rootSeconds,
            "hashes_per_second": (Double(treeSize) + nodes) / (leafSeconds + rootSeconds),
            "bytes_per_second": (Double(treeSize) + nodes) * 65 / (leafSeconds + rootSeconds),
            "merkle_tree_build_node_hashes_per_second": nodes / nodeSeconds,
            "merkle_tree_build_seconds": nodeSeconds, "root": root.hex,
        ]
        figures["tree_hashing"] = hashing
        print(
            String(
                format:
                    "tree hashing, %d leaves: leaves %.0f hashes/s, interior nodes %.0f hashes/s (%.1f MB/s of 65-byte input), %.2f s in all",
                treeSize, Double(treeSize) / leafSeconds, nodes / rootSeconds, nodes * 65 / rootSeconds / 1e6,
                leafSeconds + rootSeconds))
        print(
            String(
                format: "  building a MerkleTree of them (every node stored): %.0f node hashes/s, %.2f s",
                nodes / nodeSeconds, nodeSeconds))
        print("  root of \(treeSize): \(root.hex)")

        // 3. In-memory appends, entry data in hand: MerkleTree (keeps every hash) and MerkleFrontier (keeps the edge).
        let appendCount = appends
        var appendRoot = MerkleHash.zero
        let treeAppend = median(
            (0..<runs).map { _ in
                var small = MerkleTree()
                let seconds = time { for i in 0..<appendCount { _ = Self.entry(UInt64(i)) { small.append(data: $0) } } }
                appendRoot = small.rootHash
                return seconds
            })
        let frontierAppend = median(
            (0..<runs).map { _ in
                var frontier = MerkleFrontier()
                let seconds = time {
                    for i in 0..<appendCount {
                        frontier.append(leafHash: Self.entry(UInt64(i)) { MerkleHash.leaf($0) })
                    }
                }
                precondition(frontier.rootHash == appendRoot)
                return seconds
            })
        figures["append"] = [
            "tree_leaves_per_second": Double(appendCount) / treeAppend,
            "frontier_leaves_per_second": Double(appendCount) / frontierAppend, "root": appendRoot.hex,
        ]
        print(
            String(
                format: "in-memory appends, %d entries: MerkleTree %.0f leaves/s, MerkleFrontier %.0f leaves/s",
                appendCount,
                Double(appendCount) / treeAppend, Double(appendCount) / frontierAppend))
        print("  root of \(appendCount): \(appendRoot.hex)")

        // 4. Inclusion proofs at the large tree's size, for random entries.
        var rng = SystemRandomNumberGenerator()
        let size = UInt64(treeSize)
        var generated: [InclusionProof] = []
        let generation = median(
            (0..<runs).map { _ in
                let indices = (0..<proofs).map { _ in UInt64.random(in: 0..<size, using: &rng) }
                var batch: [InclusionProof] = []
                batch.reserveCapacity(proofs)
                let seconds = time {
                    for index in indices { batch.append(try! tree.inclusionProof(leafIndex: index, treeSize: size)) }
                }
                generated = batch
                return seconds
            })
        let leaves = generated.map { tree.leafHash(at: $0.leafIndex)! }
        let verification = median(
            (0..<runs).map { _ in
                var failures = 0
                let seconds = time {
                    for (proof, leaf) in zip(generated, leaves)
                    where (try? proof.verify(leafHash: leaf, rootHash: root)) == nil {
                        failures += 1
                    }
                }
                precondition(failures == 0, "\(failures) proofs failed to verify")
                return seconds
            })
        let meanLength = Double(generated.reduce(0) { $0 + $1.hashes.count }) / Double(max(1, generated.count))
        let generatedPerSecond = Double(proofs) / generation
        let verifiedPerSecond = Double(proofs) / verification
        figures["proofs"] = [
            "tree_size": treeSize, "generated_per_second": generatedPerSecond, "verified_per_second": verifiedPerSecond,
            "mean_proof_hashes": meanLength, "target_generated_per_second": 50_000,
            "target_verified_per_second": 200_000,
        ]
        print(
            String(
                format:
                    "inclusion proofs at %d entries (mean %.1f hashes): generated %.0f/s (target 50,000), verified %.0f/s (target 200,000)",
                treeSize, meanLength, generatedPerSecond, verifiedPerSecond))

        if let json {
            try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys, .prettyPrinted])
                .write(to: URL(fileURLWithPath: json))
        }
    }

    /// Lends entry `i`: 64 bytes, i big-endian eight times.
    @inline(__always)
    static func entry<T>(_ i: UInt64, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let word = i.bigEndian
        return withUnsafeBytes(of: (word, word, word, word, word, word, word, word)) { body($0) }
    }

    private func time(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        return (ContinuousClock.now - start).seconds
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// Keeps a value alive so that the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
