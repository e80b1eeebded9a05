import Crypto

/// Checks signatures of one key on signed notes (C2SP signed-note).
///
/// A verifier is identified by its key name and 32-bit key ID; a note's signature lines that carry a different
/// name or ID are not for this verifier and are ignored.
public protocol NoteVerifier: Sendable {
    /// The key name, e.g. `fazhi.example/evidence-log`.
    var name: String { get }
    /// The key ID: the first four bytes of SHA-256(name || 0x0A || signature type || public key).
    var keyID: UInt32 { get }
    /// Whether `signature` (the bytes after the key ID) is valid for the note text `message`.
    func verify(message: [UInt8], signature: [UInt8]) -> Bool
}

/// Signs note text with one key (C2SP signed-note).
public protocol NoteSigner: Sendable {
    var name: String { get }
    var keyID: UInt32 { get }
    /// The signature bytes (without the key ID) over the note text `message`.
    func sign(message: [UInt8]) throws -> [UInt8]
}

/// Signature type bytes assigned by C2SP signed-note ("Signature types"); they go into key IDs and vkeys.
public enum NoteSignatureType {
    /// Ed25519 signatures over the note text.
    public static let ed25519: UInt8 = 0x01
    /// Timestamped Ed25519 checkpoint cosignatures (C2SP tlog-cosignature, cosignature/v1).
    public static let cosignatureV1: UInt8 = 0x04
}

/// Key names and key IDs as C2SP signed-note defines them.
public enum NoteKey {
    /// Whether `name` can name a key: non-empty, with no Unicode white space and no `+` (which separates the
    /// fields of a vkey). The same test as golang.org/x/mod/sumdb/note, so that names valid there are valid here.
    public static func isValidName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0 == "+" || $0.properties.isWhitespace }
    }

    /// key ID = SHA-256(key name || 0x0A || signature type || public key)[:4], read big-endian.
    ///
    /// Folding the signature type in keeps one key used for two signature types from getting one ID for both.
    public static func keyID(name: String, type: UInt8, publicKey: some Sequence<UInt8>) -> UInt32 {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8) + [0x0A, type] + Array(publicKey))
        return hasher.finalize().withUnsafeBytes { digest in
            UInt32(digest[0]) << 24 | UInt32(digest[1]) << 16 | UInt32(digest[2]) << 8 | UInt32(digest[3])
        }
    }
}

/// A verifier key in text form, `<name>+<hex key ID>+<base64(type || public key)>` (C2SP signed-note
/// "Verifier keys"), e.g. `example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k`.
public struct NoteVerifierKey: Hashable, Sendable {
    public var name: String
    public var keyID: UInt32
    public var type: UInt8
    public var publicKey: [UInt8]

    /// A vkey for `publicKey`, with its key ID computed.
    public init(name: String, type: UInt8, publicKey: [UInt8]) throws(NoteKeyError) {
        guard NoteKey.isValidName(name) else { throw .invalidKeyName }
        self.name = name
        self.type = type
        self.publicKey = publicKey
        self.keyID = NoteKey.keyID(name: name, type: type, publicKey: publicKey)
    }

    /// Parses a vkey and checks that its key ID matches its name and key.
    public init(parsing vkey: some StringProtocol) throws(NoteKeyError) {
        let text = String(vkey)
        let fields = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, NoteKey.isValidName(fields[0]) else { throw .malformedKey }
        guard let id = Self.keyID(hex: fields[1]), let key = LedgerBase64.decode(fields[2]), key.count >= 2 else {
            throw .malformedKey
        }
        self.name = String(fields[0])
        self.keyID = id
        self.type = key[0]
        self.publicKey = Array(key.dropFirst())
        guard id == NoteKey.keyID(name: name, type: type, publicKey: publicKey) else { throw .keyIDMismatch }
    }

    /// The text form.
    public var text: String {
        name + "+" + LedgerHex.encode(keyID) + "+" + LedgerBase64.encode([type] + publicKey)
    }

    /// Eight hex digits, either case (as golang.org/x/mod/sumdb/note accepts).
    static func keyID(hex: some StringProtocol) -> UInt32? {
        guard hex.utf8.count == 8, let bytes = LedgerHex.decode(hex) else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// Why a key string or key could not be used.
public enum NoteKeyError: Error, Hashable, Sendable {
    /// The text does not have the vkey or private-key shape.
    case malformedKey
    /// The key name is empty or contains white space or `+`.
    case invalidKeyName
    /// The key ID does not match the name and key.
    case keyIDMismatch
    /// The key is of a signature type this verifier or signer does not handle.
    case unsupportedSignatureType(UInt8)
    /// The key bytes are not a valid key of their type.
    case invalidKey

    public var message: String {
        switch self {
        case .malformedKey: "密钥格式错误"
        case .invalidKeyName: "密钥名称无效"
        case .keyIDMismatch: "密钥编号与名称和公钥不符"
        case .unsupportedSignatureType(let type): "不支持的签名类型 \(type)"
        case .invalidKey: "密钥无效"
        }
    }
}

extension NoteKeyError: CustomStringConvertible {
    public var description: String { message }
}
