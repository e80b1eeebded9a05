import CFazhiSHA256
import Crypto
import Foundation

/// Which SHA-256 implementation computes the tree's leaf and node hashes. Both give the same hashes; they differ in
/// speed only.
///
/// A node hash is SHA-256 of 65 bytes, and verifying an inclusion proof at 10 million entries takes about 24 of
/// them, so the fixed cost of one hash call decides the verification rate. swift-crypto's `SHA256` on Linux puts
/// its context in a heap object and copies and zeroes it when finalizing, which costs several times the two
/// compression blocks themselves; it has no allocation-free one-shot API. On x86-64 CPUs with the SHA extensions the
/// small C target `CFazhiSHA256` hashes straight from the stack instead. Everywhere else swift-crypto is used.
public enum MerkleHashEngine: String, Sendable, CaseIterable {
    /// The x86 SHA extensions, through `CFazhiSHA256`.
    case shaExtensions = "sha-ni"
    /// swift-crypto's `SHA256`.
    case swiftCrypto = "swift-crypto"

    /// The engine this process uses, chosen once: the SHA extensions when the CPU has them, unless the environment
    /// variable `FAZHI_LEDGER_SHA256=swift-crypto` asks for swift-crypto (for benchmarks and comparisons).
    public static let current: MerkleHashEngine = {
        if ProcessInfo.processInfo.environment["FAZHI_LEDGER_SHA256"] == MerkleHashEngine.swiftCrypto.rawValue {
            return .swiftCrypto
        }
        return shaExtensionsAvailable ? .shaExtensions : .swiftCrypto
    }()

    /// Whether this CPU has the SHA extensions (and SSSE3 and SSE4.1), so that ``shaExtensions`` can run.
    public static let shaExtensionsAvailable = fazhi_sha256_ni_available() == 1

    /// SHA-256(0x01 || left || right) on the SHA extensions, the message laid out in registers by the C code.
    @inline(__always)
    static func shaExtensionsNode(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        var result = MerkleHash.zero
        Swift.withUnsafeBytes(of: left.words) { left in
            Swift.withUnsafeBytes(of: right.words) { right in
                Swift.withUnsafeMutableBytes(of: &result.words) { digest in
                    fazhi_sha256_ni_node(
                        left.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        right.baseAddress!.assumingMemoryBound(to: UInt8.self),
                        digest.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
        }
        return result
    }

    /// SHA-256(first || second) with this engine. ``shaExtensions`` must only be used when
    /// ``shaExtensionsAvailable``.
    @inline(__always)
    func hash(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> MerkleHash {
        switch self {
        case .shaExtensions:
            var result = MerkleHash.zero
            Swift.withUnsafeMutableBytes(of: &result.words) { digest in
                fazhi_sha256_ni(
                    first.baseAddress, first.count, second.baseAddress, second.count,
                    digest.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            return result
        case .swiftCrypto:
            var hasher = SHA256()
            hasher.update(bufferPointer: first)
            hasher.update(bufferPointer: second)
            return MerkleHash(hasher.finalize())
        }
    }
}
