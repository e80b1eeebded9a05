/// A text signed by one or more keys (C2SP signed-note): the text, ending in a newline, a blank line, then one
/// signature line per signature.
///
/// ```
/// example.com/log
/// 42
/// yXSx0FB0ZCRPtU6RR8JuTm6hU+IKRUzP2pqrp6HW7ng=
///
/// — example.com/log 6b0vAcKP…
/// ```
///
/// Parsing checks only the format. The text must not be trusted until ``verify(using:)`` has found a valid
/// signature by a trusted key; that is the point of the format.
public struct SignedNote: Hashable, Sendable {
    /// The largest note accepted, in bytes: room for well over the 16 signatures the spec requires verifiers to
    /// accept, even post-quantum ones of nearly 5 kB, while keeping a hostile note from exhausting memory.
    public static let maximumSize = 256 * 1024
    /// The most signature lines accepted (the Go implementation's limit).
    public static let maximumSignatures = 100

    /// The signed text, including its final newline.
    public let text: String
    /// The signature lines, in order.
    public let signatures: [NoteSignature]

    /// A note from its parts; the text must be valid note text ending in a newline.
    public init(text: String, signatures: [NoteSignature]) throws(NoteError) {
        try Self.checkCharacters(Array(text.utf8))
        guard text.utf8.last == 0x0A else { throw .textMissingFinalNewline }
        guard signatures.count <= Self.maximumSignatures else { throw .tooManySignatures }
        for signature in signatures where !NoteKey.isValidName(signature.name) {
            throw .invalidKeyName(signature.name)
        }
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note without verifying it.
    public init(parsing note: String) throws(NoteError) {
        try self.init(parsing: Array(note.utf8))
    }

    /// Parses a signed note without verifying it.
    ///
    /// Refuses, each with its own error: notes over ``maximumSize``, invalid UTF-8, control characters other than
    /// newline, no blank line before the signatures, a missing final newline, lines that are not signature lines,
    /// invalid key names, bad base64, signatures shorter than a key ID plus one byte, and more than
    /// ``maximumSignatures`` lines.
    public init(parsing note: [UInt8]) throws(NoteError) {
        guard note.count <= Self.maximumSize else { throw .tooLarge }
        try Self.checkCharacters(note)
        // The signatures follow the last blank line.
        var split = note.count - 2
        while split >= 0, !(note[split] == 0x0A && note[split + 1] == 0x0A) { split -= 1 }
        guard split >= 0 else { throw .missingSignatures }
        let text = note[...split]
        let block = note[(split + 2)...]
        guard let last = block.last else { throw .missingSignatures }
        guard last == 0x0A else { throw .missingFinalNewline }

        var signatures: [NoteSignature] = []
        for line in block.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard signatures.count < Self.maximumSignatures else { throw .tooManySignatures }
            signatures.append(try Self.parseSignatureLine(line))
        }
        self.text = String(decoding: text, as: UTF8.self)
        self.signatures = signatures
    }

    /// The note as text: the text, a blank line, and the signature lines.
    public var serialized: String {
        text + "\n" + signatures.map { $0.line + "\n" }.joined()
    }

    /// Signs `text` with each signer.
    public static func sign(text: String, with signers: [any NoteSigner]) throws(NoteError) -> SignedNote {
        try SignedNote(text: text, signatures: []).adding(signaturesFrom: signers)
    }

    /// This note with signatures from `signers` added after the existing ones. An existing signature by the same
    /// key (same name and key ID) is replaced, as golang.org/x/mod/sumdb/note does.
    public func adding(signaturesFrom signers: [any NoteSigner]) throws(NoteError) -> SignedNote {
        let message = Array(text.utf8)
        var fresh: [NoteSignature] = []
        for signer in signers {
            guard NoteKey.isValidName(signer.name) else { throw .invalidKeyName(signer.name) }
            do {
                fresh.append(
                    NoteSignature(name: signer.name, keyID: signer.keyID, signature: try signer.sign(message: message)))
            } catch {
                throw .signingFailed(String(describing: error))
            }
        }
        let replaced = Set(fresh.map { KeyReference(name: $0.name, keyID: $0.keyID) })
        let kept = signatures.filter { !replaced.contains(KeyReference(name: $0.name, keyID: $0.keyID)) }
        return try SignedNote(text: text, signatures: kept + fresh)
    }

    /// Checks the signatures against the trusted `verifiers` (C2SP signed-note "Signatures").
    ///
    /// Signature lines whose name and key ID match no trusted key are set aside unverified, as the spec requires;
    /// that is how key rotation and witness cosignatures coexist. A line that matches a trusted key must verify,
    /// or the whole note is refused, and at least one must. Repeated identical lines count once (as in Go); two
    /// different signatures by the same trusted key are refused as a duplicate.
    public func verify(using verifiers: NoteVerifierSet) throws(NoteError) -> VerifiedNote {
        let message = Array(text.utf8)
        var verified: [NoteSignature] = []
        var unverified: [NoteSignature] = []
        var seen: [KeyReference: NoteSignature] = [:]
        for signature in signatures {
            let reference = KeyReference(name: signature.name, keyID: signature.keyID)
            guard let verifier = try verifiers.verifier(name: signature.name, keyID: signature.keyID) else {
                if !unverified.contains(signature) { unverified.append(signature) }
                continue
            }
            if let earlier = seen[reference] {
                if earlier == signature { continue }
                throw .duplicateSignature(name: signature.name, keyID: signature.keyID)
            }
            seen[reference] = signature
            guard verifier.verify(message: message, signature: signature.signature) else {
                throw .invalidSignature(name: signature.name, keyID: signature.keyID)
            }
            verified.append(signature)
        }
        guard !verified.isEmpty else { throw .noTrustedSignature }
        return VerifiedNote(text: text, verifiedSignatures: verified, unverifiedSignatures: unverified)
    }

    private struct KeyReference: Hashable {
        var name: String
        var keyID: UInt32
    }

    /// Valid UTF-8 and no ASCII control characters but newline (C2SP signed-note "Format").
    private static func checkCharacters(_ bytes: [UInt8]) throws(NoteError) {
        // Decoding replaces invalid sequences, so the bytes survive a round trip exactly when they are valid.
        guard Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes else { throw .invalidUTF8 }
        guard !bytes.contains(where: { $0 < 0x20 && $0 != 0x0A }) else { throw .controlCharacter }
    }

    private static func parseSignatureLine(_ line: ArraySlice<UInt8>) throws(NoteError) -> NoteSignature {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("\u{2014} ") else { throw .malformedSignatureLine(text) }
        let fields = text.dropFirst(2).split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard fields.count == 2 else { throw .malformedSignatureLine(text) }
        guard NoteKey.isValidName(fields[0]) else { throw .invalidKeyName(String(fields[0])) }
        guard let bytes = LedgerBase64.decode(fields[1]), bytes.count >= 5 else {
            throw .invalidSignatureEncoding(name: String(fields[0]))
        }
        let keyID = bytes.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return NoteSignature(name: String(fields[0]), keyID: keyID, signature: Array(bytes.dropFirst(4)))
    }
}

/// A note whose text has been checked to carry at least one valid signature by a trusted key.
public struct VerifiedNote: Hashable, Sendable {
    /// The signed text, now trustworthy.
    public let text: String
    /// The signatures that were checked, by trusted keys.
    public let verifiedSignatures: [NoteSignature]
    /// The signatures by keys not in the verifier set, left unchecked.
    public let unverifiedSignatures: [NoteSignature]
}
