import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Ledger outbox and checkpoints")
struct LedgerOutboxTests {
    @Test("every audit row reaches the log once, as canonical JSON with commitments instead of personal data")
    func outboxLogsEachRowOnce() async throws {
        try await TestStore.with { store in
            // given: writes that leave audit rows
            let ledger = try TestLedger(store)
            let tree = try await Tree.build(in: store)
            let user = try await store.user("li.ming", in: tree.justice)
            let rows = try await store.auditCount()
            // when
            let first = try await ledger.drainOutbox()
            let again = try await ledger.drainOutbox()
            // then
            #expect(first == rows)
            #expect(again == 0)
            #expect(try await ledger.tables.size() == UInt64(rows))
            let models = try await AuditEntryModel.query(on: store.db).all()
            #expect(Set(models.compactMap(\.ledgerIndex)) == Set((0..<rows).map(Int64.init)))
            let created = try #require(models.first { $0.action == "user.create" })
            let entry = try #require(try await ledger.tables.entry(at: UInt64(created.ledgerIndex!)))
            let text = String(decoding: entry.data, as: UTF8.self)
            let json = try JSONValue(parsing: entry.data)
            #expect(try CanonicalJSON.encode(json) == entry.data, "the entry is RFC 8785 canonical")
            #expect(json["type"] == "audit")
            #expect(json["id"]?.stringValue == created.id!.uuidString.lowercased())
            #expect(json["entityID"]?.stringValue == user.id.uuidString)
            #expect(json["before"] == .null)
            #expect(!text.contains("li.ming") && !text.contains(store.actor.name), "no names in the public log")
            // the holder of the row opens the commitment to `after`
            let after = try #require(json["after"]?.stringValue.flatMap(Commitment.init(hex:)))
            let salt = try #require(created.afterSalt.flatMap(CommitmentSalt.init(hex:)))
            #expect(after.matches(created.after!, salt: salt))
            #expect(!after.matches(created.after! + " ", salt: salt))
        }
    }

    @Test("rows written before the ledger existed get salts when logged, beside rows that have theirs, and audit clean")
    func rowsWithoutSalts() async throws {
        try await TestStore.with { store in
            // given: audit rows of which two lost their salts, as rows older than the ledger have none
            let ledger = try TestLedger(store)
            let city = try await store.org("测试市人民政府", kind: .government)
            try await store.org("测试市司法局", under: city, kind: .justiceBureau)
            try await store.org("测试市市场监督管理局", under: city, kind: .department)
            let old = try await AuditEntryModel.query(on: store.db).sort(\.$at).limit(2).all().map { $0.id! }
            try await ledger.sql.raw(
                """
                UPDATE audit_entries SET actor_salt = NULL, before_salt = NULL, after_salt = NULL
                WHERE id IN (\(binds: old))
                """
            ).run()
            // when
            let logged = try await ledger.drainOutbox()
            // then: every row is logged once, in order, and every row now holds the salts its entry commits with
            let models = try await AuditEntryModel.query(on: store.db).sort(\.$at).all()
            #expect(logged == models.count)
            #expect(models.map(\.ledgerIndex) == (0..<models.count).map { Int64($0) })
            #expect(models.allSatisfy { $0.actorSalt != nil && $0.beforeSalt != nil && $0.afterSalt != nil })
            #expect(try await ledger.auditor().run().isClean)
        }
    }

    @Test("rows logged by another process between reading and marking roll the whole batch back")
    func outboxConflict() async throws {
        try await TestStore.with { store in
            // given: pending rows read by two sequencers, and the first one's marks committed
            let ledger = try TestLedger(store)
            let city = try await store.org("测试市人民政府", kind: .government)
            try await store.org("测试市司法局", under: city, kind: .justiceBureau)
            let read = try await AuditOutbox.pending(limit: 100, on: store.db)
            try await AuditOutbox.mark(read, firstIndex: 0, on: store.db)
            // when: the second marks the same rows
            await #expect(throws: LedgerError.outboxConflict) {
                try await store.db.transaction { tx in try await AuditOutbox.mark(read, firstIndex: 2, on: tx) }
            }
            // then: the first marks stand
            let indices = try await AuditEntryModel.query(on: store.db).sort(\.$ledgerIndex).all().map(\.ledgerIndex)
            #expect(indices == (0..<read.count).map { Int64($0) })
        }
    }

    @Test("on SQLite, 500 marks find their rows by id, not by walking every pending row")
    func markingFindsRowsByID() async throws {
        try await TestStore.with { store in
            let sql = store.db as! any SQLDatabase
            guard sql.dialect.name == "sqlite" else { return }
            // when: the plan of a full statement of marks
            let marks = (0..<500).map { (id: UUID(), index: Int64($0)) }
            let plan = try await sql.raw("EXPLAIN QUERY PLAN " + AuditOutbox.markStatement(marks)).all()
                .map { try $0.decode(column: "detail", as: String.self) }
            // then: each mark is looked up by the primary key; the ledger_index index is not walked
            #expect(plan.contains { $0.contains("SEARCH audit_entries USING INDEX sqlite_autoindex_audit_entries_1") })
            #expect(!plan.contains { $0.contains("audit_entries_ledger_index") })
        }
    }

    @Test("on SQLite, the pending rows are read in order from the outbox index, not gathered and sorted")
    func pendingReadsTheOutboxIndex() async throws {
        try await TestStore.with { store in
            let sql = store.db as! any SQLDatabase
            guard sql.dialect.name == "sqlite" else { return }
            let plan = try await sql.raw("EXPLAIN QUERY PLAN " + AuditOutbox.pendingStatement(limit: 1000, on: sql))
                .all().map { try $0.decode(column: "detail", as: String.self) }
            #expect(plan.contains { $0.contains("USING INDEX audit_entries_pending") })
            #expect(!plan.contains { $0.contains("TEMP B-TREE") })
        }
    }

    @Test("a write after logging is logged on the next drain, after the earlier ones")
    func laterWrites() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            let city = try await store.org("测试市人民政府", kind: .government)
            try await ledger.drainOutbox()
            // when
            try await store.org("测试市司法局", under: city, kind: .justiceBureau)
            let logged = try await ledger.drainOutbox()
            // then
            #expect(logged == 1)
            let latest = try #require(
                try await AuditEntryModel.query(on: store.db).sort(\.$ledgerIndex, .descending).first())
            #expect(latest.ledgerIndex == 1)
            #expect(try await ledger.auditor().run().isClean)
        }
    }

    @Test("checkpoints are signed when the tree grew, verify against the log key, and extend each other")
    func checkpoints() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            _ = try await ledger.appendConcurrently(10)
            // when
            let first = try await ledger.checkpointer.signIfGrown()
            let unchanged = try await ledger.checkpointer.signIfGrown()
            _ = try await ledger.appendConcurrently(5, prefix: "more")
            let second = try await ledger.checkpointer.signIfGrown()
            // then
            #expect(first.size == 10)
            #expect(unchanged == first)
            #expect(second.size == 15)
            let opened = try Checkpoint.open(second.note, verifiers: ledger.verifiers, origin: TestLedger.origin)
            #expect(opened.checkpoint.rootHash == (try await ledger.referenceTree()).rootHash)
            let proof = try await ledger.tables.consistencyProof(oldSize: 10, newSize: 15)
            try proof.verify(oldRoot: first.rootHash, newRoot: second.rootHash)
            #expect(try await ledger.tables.allCheckpoints().map(\.size) == [10, 15])
        }
    }

    @Test("after rows under a signed checkpoint are altered, the log neither signs nor appends")
    func refusesToForkAfterTampering() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            _ = try await ledger.appendConcurrently(10)
            try await ledger.checkpointer.signIfGrown()
            let forged = Array("forged".utf8)
            try await ledger.sql.raw(
                """
                UPDATE ledger_entries SET data = \(bind: Data(forged)), leaf_hash = \(bind: Data(MerkleHash.leaf(forged).bytes))
                WHERE idx = 3
                """
            ).run()
            // when
            let restarted = LedgerSequencer(db: store.db)
            await #expect(throws: LedgerError.inconsistentWithCheckpoint(size: 10)) {
                try await restarted.append(Array("next".utf8))
            }
            _ = try await ledger.sequencer.append(Array("next".utf8))  // the running sequencer still appends…
            // then … but no checkpoint of the altered tree is signed
            await #expect(throws: LedgerError.inconsistentWithCheckpoint(size: 10)) {
                try await ledger.checkpointer.signIfGrown()
            }
        }
    }
}
