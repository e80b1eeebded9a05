import Foundation
import Testing

@testable import FazhiCore

@Suite("Audit leaves 审计记录存证条目")
struct AuditLeafTests {
    static func leaf(before: String? = #"{"name":"旧"}"#, after: String? = #"{"name":"新"}"#) -> AuditLeaf {
        var generator = SplitMix64(seed: 7)
        return AuditLeaf(
            id: "0f8fad5b-d9cb-469f-a165-70867728950e", atMilliseconds: 1_772_439_330_123, action: "user.update",
            entityType: "user", entityID: "A1B2", orgPath: "/1/2/", actorID: nil, actorName: "系统：测试",
            before: before, after: after,
            salts: AuditSalts(
                actor: .random(using: &generator), before: .random(using: &generator),
                after: .random(using: &generator)))
    }

    @Test(
        "timestamps are RFC 3339 UTC with milliseconds",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00.000Z"), (1_772_439_330_123, "2026-03-02T08:15:30.123Z"),
            (-1, "1969-12-31T23:59:59.999Z"), (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        ])
    func timestamps(_ milliseconds: Int64, _ expected: String) {
        #expect(AuditLeaf.timestamp(milliseconds: milliseconds) == expected)
    }

    @Test("the leaf is canonical JSON with public facts in clear and commitments for the rest")
    func shape() throws {
        // given
        let leaf = Self.leaf()
        // when
        let text = String(decoding: leaf.bytes, as: UTF8.self)
        let json = try JSONValue(parsing: leaf.bytes)
        // then
        #expect(try CanonicalJSON.encode(json) == leaf.bytes)
        #expect(text.hasPrefix(#"{"action":"user.update","actor":""#))
        #expect(json["at"] == "2026-03-02T08:15:30.123Z")
        #expect(json["type"] == "audit" && json["v"] == 1)
        #expect(!text.contains("系统") && !text.contains("旧") && !text.contains("新"))
        let after = try #require(json["after"]?.stringValue.flatMap(Commitment.init(hex:)))
        #expect(after.matches(#"{"name":"新"}"#, salt: leaf.salts.after))
        #expect(!after.matches(#"{"name":"新"}"#, salt: leaf.salts.before), "each commitment has its own salt")
        let actor = try #require(json["actor"]?.stringValue.flatMap(Commitment.init(hex:)))
        #expect(actor.matches(#"{"id":null,"name":"系统：测试"}"#, salt: leaf.salts.actor))
    }

    @Test("a record that did not exist before (or after) is null, not a commitment")
    func absentStates() throws {
        let json = try JSONValue(parsing: Self.leaf(before: nil).bytes)
        #expect(json["before"] == .null)
        #expect(json["after"]?.stringValue?.count == 64)
    }
}

@Suite("证明材料: opening an audit leaf's commitments")
struct AuditOpeningTests {
    @Test("an opening made from the leaf opens every commitment; a changed value or salt does not")
    func opens() throws {
        // given
        let leaf = AuditLeafTests.leaf(before: nil)
        let opening = AuditOpening(leaf: leaf, entryIndex: 4)
        var altered = opening
        altered.after?.value = #"{"name":"另一个"}"#
        var withheld = opening
        withheld.actor = nil
        // when / then
        #expect(opening.check().map(\.outcome) == [.passed, .passed, .passed])
        #expect(altered.check().map(\.outcome) == [.passed, .passed, .failed])
        #expect(withheld.check().map(\.outcome) == [.skipped, .passed, .passed])
        let decoded = try JSONDecoder().decode(AuditOpening.self, from: try JSONEncoder().encode(opening))
        #expect(decoded == opening)
    }

    @Test("a receipt check given the opening instead of the record checks the record and opens the commitments")
    func withReceipt() throws {
        // given: a one-entry log holding the leaf
        let leaf = AuditLeafTests.leaf()
        let signer = try Ed25519NoteSigner.generate(name: "fazhi.example/ledger")
        let tree = MerkleTree(leafHashes: [MerkleHash.leaf(leaf.bytes)])
        let note = try Checkpoint(origin: signer.name, size: 1, rootHash: tree.rootHash).sign(with: [signer])
        let receipt = LogReceipt(
            entryIndex: 0, leafHash: tree.rootHash, checkpoint: note.serialized, inclusionProof: [])
        let opening = AuditOpening(leaf: leaf, entryIndex: 0)
        // when
        let result = ReceiptCheck.run(
            receiptJSON: Array(try JSONEncoder().encode(receipt)), record: Array(try JSONEncoder().encode(opening)),
            verifiers: NoteVerifierSet([signer.verifier]), origin: nil)
        // then
        #expect(result.steps.allPassed, "\(result.steps.map(\.line))")
        #expect(result.steps.suffix(3).map(\.title) == ["开启承诺·操作人", "开启承诺·变更前内容", "开启承诺·变更后内容"])
    }
}
