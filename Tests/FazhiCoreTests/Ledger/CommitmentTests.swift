import Foundation
import Testing

@testable import FazhiCore

@Suite("Commitments 加盐承诺")
struct CommitmentTests {
    static let salt = CommitmentSalt(bytes: Array(0..<32))!

    @Test("Known answers, computed independently with Python's hashlib from the documented encoding")
    func knownAnswers() {
        // SHA-256("fazhi/commitment/v1" || 0x00 || salt || value)
        #expect(
            Commitment.commit(to: "张三 110101199003071234", salt: Self.salt).hex
                == "74fe0e48c0561bc37ea48eafc184b418abd921a3000f5d2c02293f4d81397438")
        #expect(
            Commitment.commit(to: [UInt8](), salt: CommitmentSalt(bytes: Array(repeating: 0, count: 32))!).hex
                == "80a10545d34a680f4016167d5bd6795e9d1bd22d5d30ea13123a6a46efaf44bf")
    }

    @Test("Opening checks value and salt")
    func opening() {
        let (commitment, salt) = Commitment.make(for: Array("身份证号 110101199003071234".utf8))
        #expect(commitment.matches("身份证号 110101199003071234", salt: salt))
        #expect(!commitment.matches("身份证号 110101199003071235", salt: salt))
        #expect(!commitment.matches("身份证号 110101199003071234", salt: Self.salt))
        // Fresh salts hide equal values.
        let (again, otherSalt) = Commitment.make(for: Array("身份证号 110101199003071234".utf8))
        #expect(again != commitment)
        #expect(otherSalt != salt)
    }

    @Test("Streaming equals one shot; the commitment is not a log leaf hash of the same bytes")
    func streaming() {
        var rng = SplitMix64(seed: 9)
        let file = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        var builder = Commitment.Builder(salt: Self.salt)
        var offset = 0
        while offset < file.count {
            let end = min(file.count, offset + Int.random(in: 1...9000, using: &rng))
            builder.update(file[offset..<end])
            offset = end
        }
        builder.update(AnySequence([UInt8]()))
        #expect(builder.finalize() == Commitment.commit(to: file, salt: Self.salt))
        let preimage = Array(Commitment.domain.utf8) + [0] + Self.salt.bytes + file
        #expect(MerkleHash.leaf(preimage).bytes != Commitment.commit(to: file, salt: Self.salt).bytes)
    }

    @Test("Text forms and Codable")
    func forms() throws {
        let commitment = Commitment.commit(to: "x", salt: Self.salt)
        #expect(Commitment(hex: commitment.hex) == commitment)
        #expect(Commitment(base64: commitment.base64) == commitment)
        #expect(Commitment(hex: "00") == nil)
        #expect(CommitmentSalt(hex: Self.salt.hex) == Self.salt)
        #expect(CommitmentSalt(base64: Self.salt.base64) == Self.salt)
        #expect(CommitmentSalt(bytes: [1, 2]) == nil)
        struct Record: Codable, Equatable {
            var commitment: Commitment
            var salt: CommitmentSalt
        }
        let record = Record(commitment: commitment, salt: Self.salt)
        let json = try JSONEncoder().encode(record)
        #expect(String(decoding: json, as: UTF8.self).contains(commitment.hex))
        #expect(try JSONDecoder().decode(Record.self, from: json) == record)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Record.self, from: Data(#"{"commitment":"zz","salt":"00"}"#.utf8))
        }
    }
}
