/// An append-only Merkle tree held in memory, keeping the hash of every complete subtree.
///
/// Appending stores the leaf and every subtree it completes, which is one hash per append on average (2n − 1 hashes
/// in all), so `append` is O(1) amortised. The tree head at any size m ≤ n, and any inclusion or consistency proof,
/// then takes O(log n) lookups, plus a few hashes for the right border (see ``MerkleProofPlan``).
///
/// This is the reference store for tests and tools, and a model of the database table that will hold the same
/// node hashes.
public struct MerkleTree: Sendable, MerkleHashReader {
    /// `levels[l][i]` is the hash of the complete subtree (l, i); level 0 holds the leaf hashes.
    private var levels: [[MerkleHash]] = [[]]

    public init() {}

    /// A tree with these leaf hashes, in order.
    public init(leafHashes: some Sequence<MerkleHash>) {
        // Room for every level up front, so that no level is copied as it grows (at 10 million leaves that was
        // hundreds of megabytes of copying).
        var capacity = leafHashes.underestimatedCount
        levels[0].reserveCapacity(capacity)
        while capacity > 1 {
            capacity /= 2
            levels.append([])
            levels[levels.count - 1].reserveCapacity(capacity)
        }
        for hash in leafHashes { append(leafHash: hash) }
    }

    /// The number of entries.
    public var size: UInt64 { UInt64(levels[0].count) }

    /// The head of the whole tree, MTH(D[0:size]).
    public var rootHash: MerkleHash {
        // The stored subtrees always answer, so this cannot fail.
        (try? rootHash(treeSize: size)) ?? .emptyTree
    }

    /// The leaf hash of entry `index`, if there is one.
    public func leafHash(at index: UInt64) -> MerkleHash? {
        index < size ? levels[0][Int(index)] : nil
    }

    /// Appends an entry by its data and returns its leaf hash.
    @discardableResult
    public mutating func append(data: some Sequence<UInt8>) -> MerkleHash {
        let hash = MerkleHash.leaf(data)
        append(leafHash: hash)
        return hash
    }

    /// Appends an entry by its leaf hash, and stores each subtree it completes.
    public mutating func append(leafHash: MerkleHash) {
        levels[0].append(leafHash)
        var level = 0
        while levels[level].count % 2 == 0 {
            let count = levels[level].count
            let parent = MerkleHash.node(levels[level][count - 2], levels[level][count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
    }

    public func hashes(of nodes: [MerkleNodeID]) throws -> [MerkleHash] {
        var result: [MerkleHash] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            guard node.level < levels.count, node.index < UInt64(levels[node.level].count) else {
                throw MerkleProofError.nodeUnavailable(node)
            }
            result.append(levels[node.level][Int(node.index)])
        }
        return result
    }
}
