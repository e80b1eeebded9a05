import Crypto
import Foundation
import Testing

@testable import FazhiCore

@Suite("MerkleHash 默克尔哈希 (RFC 6962 / RFC 9162 §2.1.1)")
struct MerkleHashTests {
    @Test("Known answers from transparency-dev/merkle rfc6962_test.go")
    func knownAnswers() {
        #expect(MerkleHash.emptyTree.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(MerkleHash.leaf([]).hex == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
        #expect(
            MerkleHash.leaf(Array("L123456".utf8)).hex
                == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56")
    }

    @Test("Interior nodes hash 0x01 || left || right, leaves 0x00 || data")
    func domainSeparation() {
        let left = MerkleHash.leaf(Array("Hello".utf8))
        let right = MerkleHash.leaf(Array("World".utf8))
        let expected = SHA256.hash(data: [0x01] + left.bytes + right.bytes)
        #expect(MerkleHash.node(left, right) == MerkleHash(expected))
        #expect(MerkleHash.node(left, right) != MerkleHash.node(right, left))
        // A leaf whose data is the two children concatenated must not collide with their parent.
        #expect(MerkleHash.leaf(left.bytes + right.bytes) != MerkleHash.node(left, right))
        #expect(MerkleHash.leaf(Array("Hello".utf8).lazy.map { $0 }) == left)
    }

    @Test("Hex and base64 round-trip; other lengths and non-canonical spellings are refused")
    func textForms() {
        let hash = MerkleHash.leaf(Array("x".utf8))
        #expect(MerkleHash(hex: hash.hex) == hash)
        #expect(MerkleHash(hex: hash.hex.uppercased()) == hash)
        #expect(MerkleHash(base64: hash.base64) == hash)
        #expect(hash.base64 == Data(hash.bytes).base64EncodedString())
        #expect(MerkleHash(hex: String(hash.hex.dropLast(2))) == nil)
        #expect(MerkleHash(hex: hash.hex + "00") == nil)
        #expect(MerkleHash(hex: "zz" + hash.hex.dropFirst(2)) == nil)
        #expect(MerkleHash(base64: String(hash.base64.dropLast())) == nil)
        #expect(MerkleHash(base64: " " + hash.base64) == nil)
        #expect(MerkleHash(bytes: [UInt8](repeating: 1, count: 31)) == nil)
        // 32 bytes leave 2 bits in the last symbol; the zero hash spelled with a stray low bit is not canonical.
        #expect(MerkleHash.zero.base64 == String(repeating: "A", count: 43) + "=")
        #expect(MerkleHash(base64: String(repeating: "A", count: 42) + "B=") == nil)
    }

    @Test("Base64 agrees with Foundation on every length and refuses bad padding")
    func base64AgreesWithFoundation() {
        var rng = SplitMix64(seed: 64)
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let encoded = LedgerBase64.encode(bytes)
            #expect(encoded == Data(bytes).base64EncodedString())
            #expect(LedgerBase64.decode(encoded) == bytes)
        }
        for bad in ["A", "AA", "AAA", "AA=A", "A===", "====", "AB==", "ABC=", "AA==AA==", "AAAA\n"] {
            #expect(LedgerBase64.decode(bad) == nil, "\(bad)")
        }
        #expect(LedgerBase64.decode("AA==") == [0])
        #expect(LedgerBase64.decode("AAA=") == [0, 0])
        #expect(LedgerBase64.decode("") == [])
    }

    @Test("Codable as a base64 string")
    func codable() throws {
        let hash = MerkleHash.leaf([1, 2, 3])
        let json = try JSONEncoder().encode([hash])
        #expect(
            String(decoding: json, as: UTF8.self) == "[\"\(hash.base64.replacingOccurrences(of: "/", with: "\\/"))\"]")
        #expect(try JSONDecoder().decode([MerkleHash].self, from: json) == [hash])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([MerkleHash].self, from: Data("[\"AAAA\"]".utf8))
        }
    }
}
