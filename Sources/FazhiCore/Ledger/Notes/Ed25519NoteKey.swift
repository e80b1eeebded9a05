import Crypto

/// Verifies Ed25519 note signatures (C2SP signed-note "Ed25519 signatures", signature type 0x01).
public struct Ed25519NoteVerifier: NoteVerifier, Hashable {
    public let name: String
    public let keyID: UInt32
    /// The 32-byte Ed25519 public key (RFC 8032).
    public let publicKey: [UInt8]

    public init(name: String, publicKey: Curve25519.Signing.PublicKey) throws(NoteKeyError) {
        guard NoteKey.isValidName(name) else { throw .invalidKeyName }
        self.name = name
        self.publicKey = Array(publicKey.rawRepresentation)
        self.keyID = NoteKey.keyID(name: name, type: NoteSignatureType.ed25519, publicKey: self.publicKey)
    }

    /// Reads a vkey such as `PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW`.
    public init(vkey: some StringProtocol) throws(NoteKeyError) {
        let key = try NoteVerifierKey(parsing: vkey)
        guard key.type == NoteSignatureType.ed25519 else { throw .unsupportedSignatureType(key.type) }
        guard key.publicKey.count == 32 else { throw .invalidKey }
        self.name = key.name
        self.keyID = key.keyID
        self.publicKey = key.publicKey
    }

    /// The vkey text of this key.
    public var vkey: String { "\(name)+\(LedgerHex.encode(keyID))+\(LedgerBase64.encode([0x01] + publicKey))" }

    public func verify(message: [UInt8], signature: [UInt8]) -> Bool {
        guard signature.count == 64, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
            return false
        }
        return key.isValidSignature(signature, for: message)
    }
}

/// Signs notes with Ed25519 (C2SP signed-note, signature type 0x01).
///
/// The private key travels as `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || 32-byte seed)>`, the format of
/// golang.org/x/mod/sumdb/note, so keys can be made and checked with the Go tools (`note.GenerateKey`).
public struct Ed25519NoteSigner: NoteSigner {
    public let name: String
    public let keyID: UInt32
    private let privateKey: Curve25519.Signing.PrivateKey

    public init(name: String, privateKey: Curve25519.Signing.PrivateKey) throws(NoteKeyError) {
        guard NoteKey.isValidName(name) else { throw .invalidKeyName }
        self.name = name
        self.privateKey = privateKey
        self.keyID = NoteKey.keyID(
            name: name, type: NoteSignatureType.ed25519, publicKey: privateKey.publicKey.rawRepresentation)
    }

    /// Reads a private key string and checks its key ID against the public key derived from it.
    public init(skey: some StringProtocol) throws(NoteKeyError) {
        let key = try NotePrivateKey(parsing: skey)
        guard key.type == NoteSignatureType.ed25519 else { throw .unsupportedSignatureType(key.type) }
        guard key.seed.count == 32, let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: key.seed)
        else { throw .invalidKey }
        try self.init(name: key.name, privateKey: privateKey)
        guard keyID == key.keyID else { throw .keyIDMismatch }
    }

    /// A new random key.
    public static func generate(name: String) throws(NoteKeyError) -> Ed25519NoteSigner {
        try Ed25519NoteSigner(name: name, privateKey: Curve25519.Signing.PrivateKey())
    }

    /// The private key string. It is the secret: keep it out of logs and version control.
    public var skey: String {
        NotePrivateKey(name: name, keyID: keyID, type: NoteSignatureType.ed25519, seed: seed).text
    }

    /// The matching verifier.
    public var verifier: Ed25519NoteVerifier {
        // The name was validated on the way in, so this cannot fail.
        try! Ed25519NoteVerifier(name: name, publicKey: privateKey.publicKey)
    }

    /// The 32-byte seed, needed by ``CosignatureV1Signer`` to reuse the same key material.
    var seed: [UInt8] { Array(privateKey.rawRepresentation) }

    public func sign(message: [UInt8]) throws -> [UInt8] {
        Array(try privateKey.signature(for: message))
    }
}

/// The private-key text of golang.org/x/mod/sumdb/note: `PRIVATE+KEY+<name>+<hex key ID>+<base64(type || seed)>`.
/// The key ID is that of the public key.
struct NotePrivateKey {
    var name: String
    var keyID: UInt32
    var type: UInt8
    var seed: [UInt8]

    init(name: String, keyID: UInt32, type: UInt8, seed: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.type = type
        self.seed = seed
    }

    init(parsing skey: some StringProtocol) throws(NoteKeyError) {
        let fields = String(skey).split(separator: "+", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0] == "PRIVATE", fields[1] == "KEY" else { throw .malformedKey }
        guard NoteKey.isValidName(fields[2]) else { throw .invalidKeyName }
        guard let id = NoteVerifierKey.keyID(hex: fields[3]), let key = LedgerBase64.decode(fields[4]),
            key.count >= 2
        else { throw .malformedKey }
        self.init(name: String(fields[2]), keyID: id, type: key[0], seed: Array(key.dropFirst()))
    }

    var text: String {
        "PRIVATE+KEY+\(name)+\(LedgerHex.encode(keyID))+\(LedgerBase64.encode([type] + seed))"
    }
}
