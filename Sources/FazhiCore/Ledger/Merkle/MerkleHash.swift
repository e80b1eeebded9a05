import Crypto

/// A 32-byte SHA-256 value: a leaf hash, an interior node hash or a tree head of the evidence log.
///
/// The log follows RFC 9162 §2.1 (the same tree as RFC 6962 §2.1), where every hash is SHA-256. The bytes are kept
/// inline as four machine words rather than in an `Array`, so that a hash costs no heap allocation: proofs are
/// verified hundreds of thousands of times a second and trees hold tens of millions of hashes.
public struct MerkleHash: Sendable {
    /// The number of bytes in a hash: the SHA-256 output size.
    public static let byteCount = 32

    /// The raw bytes, in order. A homogeneous tuple is laid out like a C array, so its memory is the 32 bytes.
    @usableFromInline internal var words: (UInt64, UInt64, UInt64, UInt64)

    @inlinable internal init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// The hash with every byte zero. It is not the hash of anything; it serves as a placeholder.
    public static let zero = MerkleHash(words: (0, 0, 0, 0))

    /// Reads a hash from exactly 32 bytes; returns nil for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &words) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte }
        }
        self.words = words
    }

    /// Takes the output of swift-crypto's SHA-256.
    public init(_ digest: SHA256Digest) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &words) { target in
            digest.withUnsafeBytes { source in target.copyMemory(from: source) }
        }
        self.words = words
    }

    /// Reads 64 hexadecimal digits (either case); returns nil for anything else.
    public init?(hex: some StringProtocol) {
        guard let bytes = LedgerHex.decode(hex) else { return nil }
        self.init(bytes: bytes)
    }

    /// Reads the standard base64 (RFC 4648 §4, padded) of 32 bytes, the form checkpoints and receipts use.
    public init?(base64: some StringProtocol) {
        guard let bytes = LedgerBase64.decode(base64) else { return nil }
        self.init(bytes: bytes)
    }

    /// Lends the 32 bytes without copying them.
    @inlinable
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try Swift.withUnsafeBytes(of: words, body)
    }

    /// The 32 bytes as an array.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Lowercase hexadecimal, 64 digits.
    public var hex: String { withUnsafeBytes { LedgerHex.encode($0) } }

    /// Standard padded base64, 44 characters, as in checkpoints (C2SP tlog-checkpoint) and receipts.
    public var base64: String { withUnsafeBytes { LedgerBase64.encode($0) } }
}

extension MerkleHash: Hashable {
    @inlinable
    public static func == (lhs: MerkleHash, rhs: MerkleHash) -> Bool {
        // Combine the four comparisons without branching: hashes are public values, but there is no reason
        // to leak how many leading bytes matched either.
        ((lhs.words.0 ^ rhs.words.0) | (lhs.words.1 ^ rhs.words.1) | (lhs.words.2 ^ rhs.words.2)
            | (lhs.words.3 ^ rhs.words.3)) == 0
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

extension MerkleHash: CustomStringConvertible {
    public var description: String { hex }
}

extension MerkleHash: Codable {
    /// Encoded as its base64 string, the form used by checkpoints, receipts and the transparency-dev tooling.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let hash = MerkleHash(base64: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected the base64 of a 32-byte SHA-256 hash")
        }
        self = hash
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(base64)
    }
}
