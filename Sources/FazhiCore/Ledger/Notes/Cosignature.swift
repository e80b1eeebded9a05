import Crypto

/// Witness cosignatures of checkpoints, Ed25519 variant (C2SP tlog-cosignature, "cosignature/v1").
///
/// A witness signs a checkpoint only after checking that it is consistent with every earlier checkpoint it saw of
/// the same log. A client that requires cosignatures from independent witnesses is protected against a log that
/// shows different trees to different people (a split view).
///
/// The witness signs, with Ed25519, the message
///
///     cosignature/v1
///     time <POSIX seconds>
///     <the checkpoint note text>
///
/// and the note signature is timestamp (8 bytes, big-endian) || Ed25519 signature (64 bytes). Its key ID uses
/// signature type 0x04, so a cosigner key can never be confused with a plain Ed25519 note key.
public enum Cosignature {
    /// The header line that separates cosignatures from every other use of the key.
    public static let header = "cosignature/v1"

    /// The bytes the cosigner signs for `checkpointText` at `timestamp`.
    public static func signedMessage(checkpointText: [UInt8], timestamp: UInt64) -> [UInt8] {
        Array("\(header)\ntime \(timestamp)\n".utf8) + checkpointText
    }

    /// The timestamp of a cosignature line, if the signature has the cosignature/v1 shape (72 bytes).
    public static func timestamp(of signature: NoteSignature) -> UInt64? {
        guard signature.signature.count == 72 else { return nil }
        return signature.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}

/// Verifies cosignature/v1 signatures of one witness.
public struct CosignatureV1Verifier: NoteVerifier, Hashable {
    public let name: String
    public let keyID: UInt32
    /// The witness's 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    public init(name: String, publicKey: Curve25519.Signing.PublicKey) throws(NoteKeyError) {
        guard NoteKey.isValidName(name) else { throw .invalidKeyName }
        self.name = name
        self.publicKey = Array(publicKey.rawRepresentation)
        self.keyID = NoteKey.keyID(name: name, type: NoteSignatureType.cosignatureV1, publicKey: self.publicKey)
    }

    /// Reads a vkey of signature type 0x04, such as
    /// `remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2`.
    public init(vkey: some StringProtocol) throws(NoteKeyError) {
        let key = try NoteVerifierKey(parsing: vkey)
        guard key.type == NoteSignatureType.cosignatureV1 else { throw .unsupportedSignatureType(key.type) }
        guard key.publicKey.count == 32 else { throw .invalidKey }
        self.name = key.name
        self.keyID = key.keyID
        self.publicKey = key.publicKey
    }

    /// The vkey text of this witness key (signature type 0x04).
    public var vkey: String {
        "\(name)+\(LedgerHex.encode(keyID))+\(LedgerBase64.encode([NoteSignatureType.cosignatureV1] + publicKey))"
    }

    public func verify(message: [UInt8], signature: [UInt8]) -> Bool {
        guard signature.count == 72,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey)
        else { return false }
        let timestamp = signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard timestamp <= UInt64(Int64.max) else { return false }  // the spec caps timestamps at 2^63 − 1
        let signed = Cosignature.signedMessage(checkpointText: message, timestamp: timestamp)
        return key.isValidSignature(signature[8...], for: signed)
    }
}

/// Produces cosignature/v1 signatures, as a witness does after checking a checkpoint's consistency.
public struct CosignatureV1Signer: NoteSigner {
    public let name: String
    public let keyID: UInt32
    private let privateKey: Curve25519.Signing.PrivateKey
    private let clock: @Sendable () -> UInt64

    /// - Parameter clock: the current POSIX time in seconds. It is injected so that signing stays free of I/O and
    ///   tests are reproducible.
    public init(
        name: String, privateKey: Curve25519.Signing.PrivateKey, clock: @escaping @Sendable () -> UInt64
    ) throws(NoteKeyError) {
        guard NoteKey.isValidName(name) else { throw .invalidKeyName }
        self.name = name
        self.privateKey = privateKey
        self.clock = clock
        self.keyID = NoteKey.keyID(
            name: name, type: NoteSignatureType.cosignatureV1, publicKey: privateKey.publicKey.rawRepresentation)
    }

    /// Uses the key of a golang.org/x/mod/sumdb/note private key string (Ed25519) as a cosigner key, as the
    /// transparency-dev tooling does; the key ID is recomputed for signature type 0x04.
    public init(skey: some StringProtocol, clock: @escaping @Sendable () -> UInt64) throws(NoteKeyError) {
        let signer = try Ed25519NoteSigner(skey: skey)
        guard let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: signer.seed) else {
            throw .invalidKey
        }
        try self.init(name: signer.name, privateKey: privateKey, clock: clock)
    }

    /// The matching verifier.
    public var verifier: CosignatureV1Verifier {
        // The name was validated on the way in, so this cannot fail.
        try! CosignatureV1Verifier(name: name, publicKey: privateKey.publicKey)
    }

    public func sign(message: [UInt8]) throws -> [UInt8] {
        let timestamp = clock()
        guard timestamp <= UInt64(Int64.max) else { throw NoteError.signingFailed("timestamp beyond 2^63 − 1") }
        let signed = Cosignature.signedMessage(checkpointText: message, timestamp: timestamp)
        let stamp = (0..<8).map { UInt8(timestamp >> (56 - 8 * UInt64($0)) & 0xFF) }
        return stamp + Array(try privateKey.signature(for: signed))
    }
}
