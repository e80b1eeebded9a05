import Crypto
import Testing

@testable import FazhiCore

@Suite("Checkpoints 检查点 (C2SP tlog-checkpoint) and cosignatures 见证联署 (C2SP tlog-cosignature)")
struct CheckpointTests {
    /// A checkpoint of the RFC 6962 reference tree (size 8).
    static let body = "fazhi.example/evidence\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
    /// The witness key "Wit1" of transparency-dev/formats witness_test.go.
    static let wit1Skey = "PRIVATE+KEY+Wit1+55ee4561+AeadRiG7XM4XiieCHzD8lxysXMwcViy5nYsoXURWGrlE"
    /// Computed independently with Python's `cryptography` package from the spec's definition: the cosigner key's
    /// vkey (type 0x04), and its cosignature of `body` at time 1700000000.
    static let wit1CosignerVkey = "Wit1+9b3fb2d5+BFhZSmQj9+SoL+p/nN0Hh76xXmF7QcHfytUrI1XfSClk"
    static let wit1Cosignature =
        "— Wit1 mz+y1QAAAABlU/EA1l0mzeS3Wh3CX2vLyVJu8Z+U1M97D6rTnbZhiBxjtix5DeBdip7iCSPARkd5Vijp"
        + "ffWvup+S5qB8FJv/CeGrAw=="

    @Test("Checkpoint text parses and prints back unchanged")
    func parsing() throws {
        let checkpoint = try Checkpoint(text: Self.body)
        #expect(checkpoint.origin == "fazhi.example/evidence")
        #expect(checkpoint.size == 8)
        #expect(checkpoint.rootHash.hex == LedgerFixtures.referenceRoots[8])
        #expect(checkpoint.text == Self.body)
        let extended = try Checkpoint(text: Self.body + "ext one\next two\n")
        #expect(extended.extensionLines == ["ext one", "ext two"])
        #expect(extended.text == Self.body + "ext one\next two\n")
        // transparency-dev/formats log/checkpoint_test.go: the example from the spec's own layout.
        let empty = try Checkpoint(origin: "Log", size: 0, rootHash: .emptyTree)
        #expect(empty.text == "Log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")
    }

    @Test(
        "Malformed checkpoints are refused",
        arguments: [
            (
                "fazhi.example/evidence\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=",
                CheckpointError.missingFinalNewline
            ),
            ("fazhi.example/evidence\n8\n", CheckpointError.tooFewLines),
            ("\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", CheckpointError.invalidOrigin),
            ("log\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", CheckpointError.invalidSize),
            ("log\n+8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", CheckpointError.invalidSize),
            ("log\n\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", CheckpointError.invalidSize),
            ("log\n18446744073709551616\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n", CheckpointError.invalidSize),
            ("log\n8\nYmFuYW5hcw==\n", CheckpointError.invalidRootHash),
            ("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n", CheckpointError.invalidRootHash),
            ("log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n", CheckpointError.invalidExtensionLine),
        ] as [(String, CheckpointError)])
    func malformed(text: String, error: CheckpointError) {
        #expect(throws: error) { try Checkpoint(text: text) }
    }

    @Test("A signed checkpoint opens with the log's key, for the right origin only")
    func signedCheckpoint() throws {
        let log = try Ed25519NoteSigner.generate(name: "fazhi.example/evidence")
        let checkpoint = try Checkpoint(text: Self.body)
        let note = try checkpoint.sign(with: [log]).serialized
        let verifiers = NoteVerifierSet([log.verifier])
        #expect(
            try Checkpoint.open(note, verifiers: verifiers, origin: "fazhi.example/evidence").checkpoint == checkpoint)
        #expect(throws: CheckpointError.wrongOrigin(expected: "other.example/log", found: "fazhi.example/evidence")) {
            try Checkpoint.open(note, verifiers: verifiers, origin: "other.example/log")
        }
        let stranger = try Ed25519NoteSigner.generate(name: "fazhi.example/evidence")
        #expect(throws: CheckpointError.note(.noTrustedSignature)) {
            try Checkpoint.open(note, verifiers: NoteVerifierSet([stranger.verifier]))
        }
    }

    @Test("The cosigner key ID uses signature type 0x04; a real witness vkey checks out")
    func cosignerKeys() throws {
        let signer = try CosignatureV1Signer(skey: Self.wit1Skey) { 1_700_000_000 }
        #expect(signer.verifier.vkey == Self.wit1CosignerVkey)
        #expect(try CosignatureV1Verifier(vkey: Self.wit1CosignerVkey).keyID == 0x9b3f_b2d5)
        // A public witness key from transparency-dev/formats note_cosigv1_test.go.
        let remora = try CosignatureV1Verifier(
            vkey: "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2")
        #expect(remora.keyID == 0xda77_ade7)
        // An Ed25519 (type 0x01) vkey is not a cosigner vkey, and the other way round.
        #expect(throws: NoteKeyError.unsupportedSignatureType(0x01)) {
            try CosignatureV1Verifier(vkey: "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
        }
        #expect(throws: NoteKeyError.unsupportedSignatureType(0x04)) {
            try Ed25519NoteVerifier(vkey: Self.wit1CosignerVkey)
        }
    }

    @Test("Cosigning reproduces the independently computed cosignature, which verifies")
    func cosignatureVector() throws {
        let signer = try CosignatureV1Signer(skey: Self.wit1Skey) { 1_700_000_000 }
        let note = try SignedNote.sign(text: Self.body, with: [signer])
        #if !canImport(Darwin)
            #expect(note.signatures[0].line == Self.wit1Cosignature)
        #endif
        let known = try SignedNote(parsing: Self.body + "\n" + Self.wit1Cosignature + "\n")
        let verifier = try CosignatureV1Verifier(vkey: Self.wit1CosignerVkey)
        let verified = try known.verify(using: NoteVerifierSet([verifier]))
        #expect(Cosignature.timestamp(of: verified.verifiedSignatures[0]) == 1_700_000_000)
        _ = try note.verify(using: NoteVerifierSet([verifier]))
    }

    @Test("A cosignature does not verify for another time, another checkpoint or as a plain signature")
    func cosignatureTampering() throws {
        let key = Curve25519.Signing.PrivateKey()
        let signer = try CosignatureV1Signer(name: "witness.example/w1", privateKey: key) { 1_679_315_147 }
        let note = try SignedNote.sign(text: Self.body + "extension\n", with: [signer])
        let verifier = signer.verifier
        var signature = note.signatures[0].signature
        #expect(verifier.verify(message: Array(note.text.utf8), signature: signature))
        signature[7] ^= 1  // another timestamp
        #expect(!verifier.verify(message: Array(note.text.utf8), signature: signature))
        signature[7] ^= 1
        signature[0] = 0x80  // beyond 2^63 − 1
        #expect(!verifier.verify(message: Array(note.text.utf8), signature: signature))
        // The extension line is covered by the signature.
        #expect(
            !verifier.verify(message: Array((Self.body + "extension!\n").utf8), signature: note.signatures[0].signature)
        )
        // The same key as a plain Ed25519 note key has another key ID, so the cosignature is not mistaken for it.
        let plain = try Ed25519NoteVerifier(name: "witness.example/w1", publicKey: key.publicKey)
        #expect(plain.keyID != verifier.keyID)
        #expect(throws: NoteError.noTrustedSignature) { try note.verify(using: NoteVerifierSet([plain])) }
    }

    @Test("Timestamps read from the spec's example and from transparency-dev/formats")
    func timestamps() throws {
        let example = try SignedNote(
            parsing: """
                example.com/behind-the-sofa
                20852163
                CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

                — example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/\
                Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
                — witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZ\
                qhf5nNo0xUe+mbIUBkBIfZ+qnA==

                """)
        #expect(try Checkpoint(text: example.text).size == 20_852_163)
        #expect(Cosignature.timestamp(of: example.signatures[1]) == 1_679_315_147)
        #expect(Cosignature.timestamp(of: example.signatures[0]) == nil)
        let formats = try SignedNote(
            parsing: Self.body + "\n— w ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxE"
                + "HWWOworDcFiEBYJXORmnFBOBA==\n")
        #expect(Cosignature.timestamp(of: formats.signatures[0]) == 1_727_964_367)
    }

    @Test("A log signature and witness cosignatures on one checkpoint")
    func logAndWitnesses() throws {
        let log = try Ed25519NoteSigner.generate(name: "fazhi.example/evidence")
        let witness1 = try CosignatureV1Signer(name: "w1.example", privateKey: .init()) { 1_800_000_000 }
        let witness2 = try CosignatureV1Signer(name: "w2.example", privateKey: .init()) { 1_800_000_001 }
        let signed = try Checkpoint(text: Self.body).sign(with: [log]).adding(signaturesFrom: [witness1, witness2])
        let parsed = try SignedNote(parsing: signed.serialized)
        let all = try parsed.verify(using: NoteVerifierSet([log.verifier, witness1.verifier, witness2.verifier]))
        #expect(all.verifiedSignatures.map(\.name) == ["fazhi.example/evidence", "w1.example", "w2.example"])
        let logOnly = try parsed.verify(using: NoteVerifierSet([log.verifier]))
        #expect(logOnly.unverifiedSignatures.count == 2)
    }
}
