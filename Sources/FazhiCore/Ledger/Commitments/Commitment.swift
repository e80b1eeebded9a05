import Crypto

/// A salted hash commitment: the public log holds it in place of personal data or a document, and whoever holds
/// the value and the salt can later show that the value is what was logged.
///
/// Commitment = SHA-256("fazhi/commitment/v1" || 0x00 || salt || value), with a 32-byte random salt.
///
/// - The salt makes the commitment *hiding*: without it, a name, an ID number or a date could be found by hashing
///   every candidate. 32 random bytes put that out of reach. The salt is as sensitive as the value: it is stored
///   with the case file, never in the log.
/// - SHA-256 makes it *binding*: no other value (or salt) gives the same commitment.
/// - The domain string keeps commitments apart from every other SHA-256 in the system, such as log leaf hashes
///   (which start with 0x00) and node hashes (0x01). Salt and domain have fixed lengths, so the value needs no
///   length prefix and can be hashed as a stream (``Builder``).
///
/// The value is hashed exactly as given. Text that could arrive in different Unicode normalisations should be
/// normalised (NFC) by the caller before committing and before checking.
public struct Commitment: Hashable, Sendable {
    /// The domain separation string, version 1.
    public static let domain = "fazhi/commitment/v1"

    /// The 32-byte digest.
    public let bytes: [UInt8]

    /// Reads 32 digest bytes; nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    public init?(hex: some StringProtocol) {
        guard let bytes = LedgerHex.decode(hex) else { return nil }
        self.init(bytes: bytes)
    }

    public init?(base64: some StringProtocol) {
        guard let bytes = LedgerBase64.decode(base64) else { return nil }
        self.init(bytes: bytes)
    }

    public var hex: String { LedgerHex.encode(bytes) }
    public var base64: String { LedgerBase64.encode(bytes) }

    /// Commits to `value` with `salt`.
    public static func commit(to value: some Sequence<UInt8>, salt: CommitmentSalt) -> Commitment {
        var builder = Builder(salt: salt)
        builder.update(value)
        return builder.finalize()
    }

    /// Commits to the UTF-8 bytes of `text` with `salt`.
    public static func commit(to text: String, salt: CommitmentSalt) -> Commitment {
        commit(to: text.utf8, salt: salt)
    }

    /// Commits to `value` with a fresh random salt, which the caller must keep to open the commitment later.
    public static func make(for value: some Sequence<UInt8>) -> (commitment: Commitment, salt: CommitmentSalt) {
        let salt = CommitmentSalt.random()
        return (commit(to: value, salt: salt), salt)
    }

    /// Whether `value` with `salt` is what this commitment was made to. The comparison takes the same time
    /// wherever the digests differ.
    public func matches(_ value: some Sequence<UInt8>, salt: CommitmentSalt) -> Bool {
        let candidate = Commitment.commit(to: value, salt: salt)
        return zip(bytes, candidate.bytes).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Whether the UTF-8 bytes of `text` with `salt` are what this commitment was made to.
    public func matches(_ text: String, salt: CommitmentSalt) -> Bool {
        matches(text.utf8, salt: salt)
    }

    /// Computes a commitment over a value that arrives in pieces, such as a large file read in chunks.
    public struct Builder {
        private var hasher = SHA256()

        public init(salt: CommitmentSalt) {
            hasher.update(data: Array(Commitment.domain.utf8) + [0x00] + salt.bytes)
        }

        public mutating func update(_ chunk: some Sequence<UInt8>) {
            if chunk.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) })
                == nil
            {
                hasher.update(data: Array(chunk))
            }
        }

        public func finalize() -> Commitment {
            Commitment(bytes: Array(hasher.finalize()))!
        }
    }
}

extension Commitment: CustomStringConvertible {
    public var description: String { hex }
}

extension Commitment: Codable {
    /// Encoded as lowercase hex, which is safe in URLs and file names and easy to compare by eye.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let commitment = Commitment(hex: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected 64 hex digits")
        }
        self = commitment
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}

/// The 32 random bytes that hide a committed value.
public struct CommitmentSalt: Hashable, Sendable {
    public static let byteCount = 32

    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    public init?(hex: some StringProtocol) {
        guard let bytes = LedgerHex.decode(hex) else { return nil }
        self.init(bytes: bytes)
    }

    public init?(base64: some StringProtocol) {
        guard let bytes = LedgerBase64.decode(base64) else { return nil }
        self.init(bytes: bytes)
    }

    /// A salt from BoringSSL's generator (`RAND_bytes`, seeded by the kernel): every write takes three salts, and
    /// drawing them a byte at a time from `SystemRandomNumberGenerator` cost a system call per byte — a sixth of a
    /// batch of case events' time.
    public static func random() -> CommitmentSalt {
        let key = SymmetricKey(size: SymmetricKeySize(bitCount: byteCount * 8))
        return CommitmentSalt(bytes: key.withUnsafeBytes { Array($0) })!
    }

    /// A salt from `generator`; only a cryptographically secure generator makes the commitment hiding.
    public static func random(using generator: inout some RandomNumberGenerator) -> CommitmentSalt {
        CommitmentSalt(bytes: (0..<byteCount).map { _ in UInt8.random(in: 0...255, using: &generator) })!
    }

    public var hex: String { LedgerHex.encode(bytes) }
    public var base64: String { LedgerBase64.encode(bytes) }
}

extension CommitmentSalt: Codable {
    /// Encoded as lowercase hex, like ``Commitment``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let salt = CommitmentSalt(hex: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected 64 hex digits")
        }
        self = salt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
