import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Ledger sequencer: group commit, durability, stored hashes")
struct LedgerSequencerTests {
    @Test("concurrent appends get dense, distinct indices, in few transactions")
    func denseIndices() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            // when
            let indices = try await ledger.appendConcurrently(700)
            // then
            #expect(Set(indices.values) == Set(0..<700))
            #expect(try await ledger.tables.size() == 700)
            for (n, index) in indices.prefix(20) {
                #expect(try await ledger.tables.entry(at: index)?.data == Array("entry \(n)".utf8))
            }
            let batches = await ledger.sequencer.committedBatches
            #expect(batches < 700, "700 concurrent appends should share transactions")
            #expect(await ledger.sequencer.committedEntries == 700)
        }
    }

    @Test("stored hashes give the in-memory tree's root, inclusion and consistency proofs, at every tile boundary")
    func storedHashesAgree() async throws {
        try await TestStore.with { store in
            // given: just over two full level-0 tiles, so level-8 nodes are stored
            let ledger = try TestLedger(store)
            _ = try await ledger.appendConcurrently(530)
            let reference = try await ledger.referenceTree()
            // when / then
            for size: UInt64 in [1, 2, 7, 255, 256, 257, 511, 512, 513, 530] {
                #expect(try await ledger.tables.rootHash(treeSize: size) == (try reference.rootHash(treeSize: size)))
            }
            for index: UInt64 in [0, 1, 255, 256, 300, 529] {
                let proof = try await ledger.tables.inclusionProof(index: index, treeSize: 530)
                #expect(proof == (try reference.inclusionProof(leafIndex: index, treeSize: 530)))
                try proof.verify(leafHash: reference.leafHash(at: index)!, rootHash: reference.rootHash)
            }
            let consistency = try await ledger.tables.consistencyProof(oldSize: 257, newSize: 530)
            try consistency.verify(oldRoot: try reference.rootHash(treeSize: 257), newRoot: reference.rootHash)
            let nodes = try await ledger.sql.raw("SELECT level, idx FROM ledger_nodes ORDER BY idx").all()
            #expect(nodes.count == 2, "one level-8 hash per full tile of 256 entries")
        }
    }

    @Test("a new sequencer continues from the tables where the last one stopped")
    func restart() async throws {
        try await TestStore.with { store in
            // given
            let first = try TestLedger(store)
            _ = try await first.appendConcurrently(300)
            // when: a second process (or the same after a restart) appends
            let second = LedgerSequencer(db: store.db)
            let next = try await second.append(Array("after restart".utf8))
            // then
            #expect(next == 300)
            let reference = try await first.referenceTree()
            #expect(try await second.treeHead().rootHash == reference.rootHash)
            #expect(try await second.treeHead().size == 301)
        }
    }

    @Test("a batch is all or nothing: a failed transaction leaves no entry and the next batch reuses its indices")
    func batchAtomicity() async throws {
        try await TestStore.with { store in
            // given: a row in the way of the level-8 hash that entry 255 completes
            let ledger = try TestLedger(store)
            _ = try await ledger.appendConcurrently(200)
            try await ledger.sql.raw(
                "INSERT INTO ledger_nodes (level, idx, hash) VALUES (8, 0, \(bind: Data(repeating: 7, count: 32)))"
            ).run()
            // when: one batch of 100 entries crosses the tile boundary
            let failures = await withTaskGroup(of: Bool.self) { group in
                for n in 0..<100 {
                    group.addTask {
                        (try? await ledger.sequencer.append(Array("crossing \(n)".utf8))) == nil
                    }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            let sizeAfterFailure = try await ledger.tables.size()
            try await ledger.sql.raw("DELETE FROM ledger_nodes").run()
            let next = try await ledger.sequencer.append(Array("retry".utf8))
            // then
            #expect(failures > 0)
            #expect(sizeAfterFailure == 200 + UInt64(100 - failures), "only batches that committed left entries")
            #expect(next == sizeAfterFailure)
            let reference = try await ledger.referenceTree()
            #expect(try await ledger.tables.rootHash(treeSize: reference.size) == reference.rootHash)
        }
    }

    @Test("an entry longer than an entry bundle allows is refused")
    func entryTooLarge() async throws {
        try await TestStore.with { store in
            let ledger = try TestLedger(store)
            await #expect(throws: LedgerError.entryTooLarge(70_000)) {
                try await ledger.sequencer.append([UInt8](repeating: 1, count: 70_000))
            }
            #expect(try await ledger.tables.size() == 0)
        }
    }
}
