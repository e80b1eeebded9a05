import Fluent
import Foundation
import SQLKit

@testable import FazhiCore
@testable import FazhiStore

/// The ledger pieces a store test needs, on the test's database.
struct TestLedger {
    static let origin = "test.fazhi.local/ledger"
    let store: TestStore
    let signer: Ed25519NoteSigner
    let sequencer: LedgerSequencer

    init(_ store: TestStore) throws {
        self.store = store
        signer = try Ed25519NoteSigner.generate(name: Self.origin)
        sequencer = LedgerSequencer(db: store.db)
    }

    var tables: LedgerStore { LedgerStore(db: store.db) }
    var checkpointer: LedgerCheckpointer { LedgerCheckpointer(origin: Self.origin, signer: signer, db: store.db) }
    var verifiers: NoteVerifierSet { NoteVerifierSet([signer.verifier]) }
    var sql: any SQLDatabase { store.db as! any SQLDatabase }

    func auditor(unclaimedEntriesAllowed: Bool = false) -> LedgerAuditor {
        LedgerAuditor(
            db: store.db, verifiers: verifiers, origin: Self.origin, unclaimedEntriesAllowed: unclaimedEntriesAllowed)
    }

    /// Logs every pending audit row.
    @discardableResult
    func drainOutbox() async throws -> Int {
        var total = 0
        while case let count = try await sequencer.sequenceAuditEntries(), count > 0 { total += count }
        return total
    }

    /// `count` entries `"entry <n>"`, appended concurrently; returns the index each got, by n.
    func appendConcurrently(_ count: Int, prefix: String = "entry") async throws -> [Int: UInt64] {
        try await withThrowingTaskGroup(of: (Int, UInt64).self) { group in
            for n in 0..<count {
                group.addTask { (n, try await sequencer.append(Array("\(prefix) \(n)".utf8))) }
            }
            var indices: [Int: UInt64] = [:]
            for try await (n, index) in group { indices[n] = index }
            return indices
        }
    }

    /// The log's entries as an in-memory tree, the reference the stored hashes must agree with.
    func referenceTree() async throws -> MerkleTree {
        let entries = try await tables.entries(in: 0..<(try await tables.size()))
        return MerkleTree(leafHashes: entries.map { MerkleHash.leaf($0.data) })
    }
}
