import Foundation
import Testing

@testable import FazhiCore

/// Vectors from golang.org/x/mod/sumdb/note (note_test.go) and from the C2SP signed-note spec, so that notes made
/// here open with the Go tools and the other way round.
@Suite("Signed notes 签名文本 (C2SP signed-note)")
struct SignedNoteTests {
    static let peterVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let peterSkey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let enochVkey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
    static let text =
        "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let peterSig =
        "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    static let enochSig =
        "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"

    static var peter: Ed25519NoteVerifier { try! Ed25519NoteVerifier(vkey: peterVkey) }
    static var enoch: Ed25519NoteVerifier { try! Ed25519NoteVerifier(vkey: enochVkey) }

    @Test("Verifier and signer keys parse, and agree on name and key ID")
    func keys() throws {
        let verifier = try Ed25519NoteVerifier(vkey: Self.peterVkey)
        #expect(verifier.name == "PeterNeumann")
        #expect(verifier.keyID == 0xc74f_20a3)
        #expect(verifier.vkey == Self.peterVkey)
        let signer = try Ed25519NoteSigner(skey: Self.peterSkey)
        #expect(signer.keyID == 0xc74f_20a3)
        #expect(signer.skey == Self.peterSkey)
        #expect(signer.verifier == verifier)
        #expect(try NoteVerifierKey(parsing: Self.peterVkey).text == Self.peterVkey)
    }

    @Test("Every mangling of the Go test keys is refused")
    func mangledKeys() {
        for key in [Self.peterVkey, Self.peterSkey] {
            let bytes = Array(key.utf8)
            var variants: [String] = []
            for start in 0...bytes.count {
                for end in (start + 1)..<(bytes.count + 1) where !(start == 0 && end == bytes.count) {
                    variants.append(String(decoding: bytes[start..<end], as: UTF8.self))
                }
            }
            for position in bytes.indices {
                var changed = bytes
                changed[position] &+= 1
                variants.append(String(decoding: changed, as: UTF8.self))
            }
            for variant in variants {
                if key == Self.peterVkey {
                    #expect(throws: NoteKeyError.self, "\(variant)") { try Ed25519NoteVerifier(vkey: variant) }
                } else {
                    #expect(throws: NoteKeyError.self, "\(variant)") { try Ed25519NoteSigner(skey: variant) }
                }
            }
        }
        // Wrong key length with an adjusted key ID (its base64 also has stray bits, refused first here), and an
        // unknown algorithm with an adjusted key ID.
        #expect(throws: NoteKeyError.self) {
            try Ed25519NoteVerifier(vkey: "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")
        }
        #expect(throws: NoteKeyError.unsupportedSignatureType(0x65)) {
            try Ed25519NoteVerifier(vkey: "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
        }
    }

    @Test("Signing reproduces the Go signature, and the note opens")
    func signing() throws {
        let signer = try Ed25519NoteSigner(skey: Self.peterSkey)
        let note = try SignedNote.sign(text: Self.text, with: [signer])
        #if !canImport(Darwin)
            // BoringSSL's Ed25519 is deterministic (RFC 8032); Apple's CryptoKit randomises signatures.
            #expect(note.serialized == Self.text + "\n" + Self.peterSig)
        #endif
        let opened = try SignedNote(parsing: note.serialized).verify(using: NoteVerifierSet([Self.peter]))
        #expect(opened.text == Self.text)
        // Re-signing replaces the signature of the same key instead of adding a second one.
        let resigned = try note.adding(signaturesFrom: [signer])
        #expect(resigned.signatures.count == 1)
        #expect(throws: NoteError.textMissingFinalNewline) { try SignedNote.sign(text: "abc", with: [signer]) }
    }

    @Test("The example of the C2SP signed-note spec verifies")
    func specExample() throws {
        let verifier = try Ed25519NoteVerifier(
            vkey: "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        let note = """
            This is an example message.

            — example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72\
            IneyaQM=

            """
        let verified = try SignedNote(parsing: note).verify(using: NoteVerifierSet([verifier]))
        #expect(verified.text == "This is an example message.\n")
        #expect(verified.verifiedSignatures.map(\.keyID) == [0x530d_903a])
    }

    @Test("Unknown keys are set aside; known keys must verify; at least one must")
    func verification() throws {
        let both = try SignedNote(parsing: Self.text + "\n" + Self.peterSig + Self.enochSig)
        let onlyPeter = try both.verify(using: NoteVerifierSet([Self.peter]))
        #expect(onlyPeter.verifiedSignatures.map(\.name) == ["PeterNeumann"])
        #expect(onlyPeter.unverifiedSignatures.map(\.name) == ["EnochRoot"])
        let all = try both.verify(using: NoteVerifierSet([Self.peter, Self.enoch]))
        #expect(all.verifiedSignatures.map(\.name) == ["PeterNeumann", "EnochRoot"])
        #expect(throws: NoteError.noTrustedSignature) { try both.verify(using: NoteVerifierSet([])) }
        #expect(throws: NoteError.ambiguousKey(name: "EnochRoot", keyID: 0xaf0c_fe78)) {
            try both.verify(using: NoteVerifierSet([Self.peter, Self.enoch, Self.enoch]))
        }
        // An unused duplicate verifier does no harm.
        let peterOnly = try SignedNote(parsing: Self.text + "\n" + Self.peterSig)
        _ = try peterOnly.verify(using: NoteVerifierSet([Self.enoch, Self.peter, Self.enoch]))

        // A corrupted signature by a trusted key rejects the note.
        let index = Self.peterSig.index(Self.peterSig.startIndex, offsetBy: 60)
        let corrupted = String(Self.peterSig[..<index]) + "ABCD" + String(Self.peterSig[index...])
        #expect(throws: NoteError.invalidSignature(name: "PeterNeumann", keyID: 0xc74f_20a3)) {
            try SignedNote(parsing: Self.text + "\n" + corrupted).verify(using: NoteVerifierSet([Self.peter]))
        }
        // A changed text no longer matches its signature.
        #expect(throws: NoteError.invalidSignature(name: "PeterNeumann", keyID: 0xc74f_20a3)) {
            try SignedNote(parsing: Self.text.replacingOccurrences(of: "answer", with: "Answer") + "\n" + Self.peterSig)
                .verify(using: NoteVerifierSet([Self.peter]))
        }
        // Same name but another key ID, or same ID under another name: not the trusted key, so ignored.
        let renamed = Self.peterSig.replacingOccurrences(of: "PeterNeumann", with: "PeterNeuman")
        #expect(throws: NoteError.noTrustedSignature) {
            try SignedNote(parsing: Self.text + "\n" + renamed).verify(using: NoteVerifierSet([Self.peter]))
        }
    }

    @Test("Repeated identical lines count once; two different signatures by one trusted key are refused")
    func duplicates() throws {
        let repeated = try SignedNote(
            parsing: Self.text + "\n" + Self.peterSig + Self.peterSig + Self.enochSig + Self.enochSig)
        let verified = try repeated.verify(using: NoteVerifierSet([Self.peter]))
        #expect(verified.verifiedSignatures.count == 1)
        #expect(verified.unverifiedSignatures.count == 1)
        let signer = try Ed25519NoteSigner(skey: Self.peterSkey)
        let other = NoteSignature(name: "PeterNeumann", keyID: 0xc74f_20a3, signature: try signer.sign(message: [1]))
        let twice = try SignedNote(text: Self.text, signatures: repeated.signatures + [other])
        #expect(throws: NoteError.duplicateSignature(name: "PeterNeumann", keyID: 0xc74f_20a3)) {
            try twice.verify(using: NoteVerifierSet([Self.peter]))
        }
    }

    @Test(
        "Malformed notes are refused with precise errors",
        arguments: [
            (text, NoteError.missingSignatures),
            (text + "\n", NoteError.missingSignatures),
            (text + "\n" + String(peterSig.dropLast()), NoteError.missingFinalNewline),
            ("\u{01}" + text + "\n" + peterSig, NoteError.controlCharacter),
            (text + "\r\n" + peterSig, NoteError.controlCharacter),
            (
                text + "\n" + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqd"
                    + "ngotpRZb6KE6RyyBwJnAM=\n",
                NoteError.invalidSignatureEncoding(name: "Bad")
            ),
            (text + "\n" + peterSig + "Unexpected line.\n", NoteError.malformedSignatureLine("Unexpected line.")),
            (text + "\n" + "- PeterNeumann AAAAAAA=\n", NoteError.malformedSignatureLine("- PeterNeumann AAAAAAA=")),
            (text + "\n" + "— PeterNeumann AAAA\n", NoteError.invalidSignatureEncoding(name: "PeterNeumann")),
            (text + "\n" + "— PeterNeumann AAAAAAA\n", NoteError.invalidSignatureEncoding(name: "PeterNeumann")),
            (text + "\n" + "— Peter+Neumann AAAAAAA=\n", NoteError.invalidKeyName("Peter+Neumann")),
            (text + "\n" + "—  AAAAAAA=\n", NoteError.invalidKeyName("")),
            (text + "\n" + String(repeating: peterSig, count: 101), NoteError.tooManySignatures),
        ] as [(String, NoteError)])
    func malformed(note: String, error: NoteError) {
        #expect(throws: error) { try SignedNote(parsing: note) }
    }

    @Test("Invalid UTF-8 and oversized notes are refused")
    func bytesLevel() {
        #expect(throws: NoteError.invalidUTF8) {
            try SignedNote(parsing: [0xFF] + Array((Self.text + "\n" + Self.peterSig).utf8))
        }
        let huge = String(repeating: "a", count: SignedNote.maximumSize) + "\n\n" + Self.peterSig
        #expect(throws: NoteError.tooLarge) { try SignedNote(parsing: huge) }
    }

    @Test("Key names follow the Go rules")
    func names() {
        #expect(NoteKey.isValidName("example.com/log-1"))
        #expect(NoteKey.isValidName("法治.example/证据"))
        for bad in ["", "a b", "a+b", "a\u{00A0}b", "a\u{3000}b", "a\tb", "a\u{2028}b"] {
            #expect(!NoteKey.isValidName(bad), "\(bad)")
        }
        #expect(throws: NoteKeyError.invalidKeyName) { try Ed25519NoteSigner.generate(name: "a b") }
    }

    @Test("Generated keys round-trip through their text forms and sign verifiable notes")
    func generatedKeys() throws {
        let signer = try Ed25519NoteSigner.generate(name: "fazhi.example/evidence")
        let again = try Ed25519NoteSigner(skey: signer.skey)
        let verifier = try Ed25519NoteVerifier(vkey: signer.verifier.vkey)
        #expect(again.keyID == signer.keyID)
        let note = try SignedNote.sign(text: "hello\n", with: [again])
        #expect(try note.verify(using: NoteVerifierSet([verifier])).text == "hello\n")
        #expect(!verifier.verify(message: Array("hello!\n".utf8), signature: note.signatures[0].signature))
        #expect(!verifier.verify(message: Array("hello\n".utf8), signature: [1, 2, 3]))
    }

    @Test("Errors read in Chinese through localizedDescription")
    func messages() {
        let error: any Error = NoteError.invalidSignature(name: "log", keyID: 0x0102_0304)
        #expect(error.localizedDescription == "签名无效：log+01020304")
    }
}
