/// One signature line of a signed note: `— <key name> <base64(key ID || signature)>`.
public struct NoteSignature: Hashable, Sendable {
    public var name: String
    public var keyID: UInt32
    /// The signature proper, after the four key ID bytes.
    public var signature: [UInt8]

    public init(name: String, keyID: UInt32, signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The line as it appears in the note, without its newline.
    public var line: String {
        let id = [UInt8(keyID >> 24), UInt8(keyID >> 16 & 0xFF), UInt8(keyID >> 8 & 0xFF), UInt8(keyID & 0xFF)]
        return "\u{2014} \(name) \(LedgerBase64.encode(id + signature))"
    }
}
