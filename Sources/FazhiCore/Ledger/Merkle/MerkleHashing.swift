import Crypto

/// The RFC 6962 / RFC 9162 §2.1.1 tree hashing, with its domain separation: a leaf is hashed with a 0x00 prefix and
/// an interior node with 0x01, so that no leaf can be passed off as an interior node (second-preimage resistance).
extension MerkleHash {
    /// MTH({}) = SHA-256() — the root of the empty tree (RFC 9162 §2.1.1).
    public static let emptyTree = MerkleHash(SHA256.hash(data: [UInt8]()))

    /// MTH({d}) = SHA-256(0x00 || d) — the hash of one log entry.
    public static func leaf(_ data: some Sequence<UInt8>) -> MerkleHash {
        if let hash = data.withContiguousStorageIfAvailable({ leaf(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        return Array(data).withUnsafeBytes { leaf($0) }
    }

    /// MTH({d}) over bytes that are already in memory.
    public static func leaf(_ data: UnsafeRawBufferPointer) -> MerkleHash {
        Swift.withUnsafeBytes(of: UInt8(0x00)) { MerkleHashEngine.current.hash($0, data) }
    }

    /// SHA-256(0x01 || left || right) — an interior node over two adjacent subtrees.
    ///
    /// The 65 bytes are assembled on the stack and hashed in one call: this is the innermost operation of proof
    /// generation and verification, so it avoids every allocation it can (none with the SHA extensions; swift-crypto's
    /// hasher makes one, see ``MerkleHashEngine``).
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        node(left, right, engine: MerkleHashEngine.current)
    }

    /// An interior node hashed with the given engine (for benchmarks and for tests comparing the engines).
    @inline(__always)
    public static func node(_ left: MerkleHash, _ right: MerkleHash, engine: MerkleHashEngine) -> MerkleHash {
        if engine == .shaExtensions { return MerkleHashEngine.shaExtensionsNode(left, right) }
        // Nine words, laid out contiguously like a C array: the last byte of the first word is the 0x01 prefix
        // (`bigEndian` puts it there on any host), followed directly by the two children.
        let preimage = (
            UInt64(0x01).bigEndian, left.words.0, left.words.1, left.words.2, left.words.3,
            right.words.0, right.words.1, right.words.2, right.words.3
        )
        return Swift.withUnsafeBytes(of: preimage) { raw in
            engine.hash(UnsafeRawBufferPointer(rebasing: raw[7..<72]), UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }
}
