import Foundation
import Testing

@testable import FazhiCore

@Suite("Receipts 存证收据")
struct LogReceiptTests {
    struct Log {
        var tree = MerkleTree()
        let signer: Ed25519NoteSigner
        let origin = "fazhi.example/evidence"

        init() throws {
            signer = try Ed25519NoteSigner.generate(name: origin)
        }

        func receipt(for index: UInt64) throws -> LogReceipt {
            let checkpoint = try Checkpoint(origin: origin, size: tree.size, rootHash: tree.rootHash)
            return LogReceipt(
                entryIndex: index, leafHash: tree.leafHash(at: index)!,
                checkpoint: try checkpoint.sign(with: [signer]).serialized,
                inclusionProof: try tree.inclusionProof(leafIndex: index, treeSize: tree.size).hashes)
        }
    }

    static func makeLog() throws -> Log {
        var log = try Log()
        for number in 0..<1000 { log.tree.append(data: Array(#"{"evidence":\#(number)}"#.utf8)) }
        return log
    }

    @Test("A receipt verifies offline, against the log key, for the entry's bytes")
    func verifies() throws {
        let log = try Self.makeLog()
        let verifiers = NoteVerifierSet([log.signer.verifier])
        let receipt = try log.receipt(for: 123)
        let verified = try receipt.verify(against: verifiers, origin: log.origin)
        #expect(verified.checkpoint.size == 1000)
        #expect(verified.entryIndex == 123)
        try receipt.verify(entry: Array(#"{"evidence":123}"#.utf8), against: verifiers)
        #expect(throws: ReceiptError.entryMismatch) {
            try receipt.verify(entry: Array(#"{"evidence":124}"#.utf8), against: verifiers)
        }
    }

    @Test("Receipts survive JSON, with hashes as base64")
    func codable() throws {
        let receipt = try Self.makeLog().receipt(for: 5)
        let json = try JSONEncoder().encode(receipt)
        let object = try JSONValue(parsing: [UInt8](json))
        #expect(object["entryIndex"] == 5)
        #expect(object["inclusionProof"]?.arrayValue?.first?.stringValue == receipt.inclusionProof[0].base64)
        #expect(try JSONDecoder().decode(LogReceipt.self, from: json) == receipt)
    }

    @Test("Each failing step is named")
    func failures() throws {
        let log = try Self.makeLog()
        let verifiers = NoteVerifierSet([log.signer.verifier])
        let good = try log.receipt(for: 400)

        // Signed by a key of the same name that is not the trusted one.
        let stranger = try Ed25519NoteSigner.generate(name: log.origin)
        #expect(throws: ReceiptError.checkpointSignature(.noTrustedSignature)) {
            try good.verify(against: NoteVerifierSet([stranger.verifier]))
        }

        var forged = good
        forged.checkpoint = good.checkpoint.replacingOccurrences(of: "\n1000\n", with: "\n1001\n")
        #expect(throws: ReceiptError.checkpointSignature(.invalidSignature(name: log.origin, keyID: log.signer.keyID)))
        {
            try forged.verify(against: verifiers)
        }
        let error = #expect(throws: ReceiptError.self) { try forged.verify(against: verifiers) }
        #expect(error?.localizedDescription.hasPrefix("签名无效") == true)

        var garbled = good
        garbled.checkpoint = "not a note"
        #expect(throws: ReceiptError.checkpointSignature(.missingSignatures)) { try garbled.verify(against: verifiers) }

        #expect(throws: ReceiptError.wrongLog(expected: "other.example", found: log.origin)) {
            try good.verify(against: verifiers, origin: "other.example")
        }

        var outside = good
        outside.entryIndex = 1000
        #expect(throws: ReceiptError.entryOutsideTree(entryIndex: 1000, treeSize: 1000)) {
            try outside.verify(against: verifiers)
        }

        var wrongLeaf = good
        wrongLeaf.leafHash = log.tree.leafHash(at: 401)!
        #expect(throws: ReceiptError.inclusionProof(.rootMismatch)) { try wrongLeaf.verify(against: verifiers) }

        var wrongIndex = good
        wrongIndex.entryIndex = 401
        #expect(throws: ReceiptError.inclusionProof(.rootMismatch)) { try wrongIndex.verify(against: verifiers) }

        var short = good
        short.inclusionProof.removeLast()
        #expect(throws: ReceiptError.inclusionProof(.wrongProofLength)) { try short.verify(against: verifiers) }

        // A signed text that is not a checkpoint.
        var notCheckpoint = good
        notCheckpoint.checkpoint = try SignedNote.sign(text: "hello\n", with: [log.signer]).serialized
        #expect(throws: ReceiptError.checkpointFormat(.tooFewLines)) { try notCheckpoint.verify(against: verifiers) }
    }
}
