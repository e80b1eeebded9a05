import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

/// Rows changed behind the log's back with plain SQL, as someone with database access could, and what
/// `fazhi ledger audit` (``LedgerAuditor``) says about each. Runs on SQLite and, with FAZHI_TEST_POSTGRES_URL, on
/// PostgreSQL.
@Suite("Ledger audit: tampered rows are named")
struct LedgerAuditTests {
    /// One way to tamper, and the finding it must produce.
    struct Tampering: CustomTestStringConvertible, Sendable {
        let name: String
        let kind: LedgerAuditReport.Kind
        /// The finding's row must contain this (with `{id}` for the audit row at ledger index 2).
        let row: String
        let apply: @Sendable (TestLedger, _ auditID: UUID) async throws -> Void
        var testDescription: String { name }
    }

    static let forged = Array(#"{"type":"audit","forged":true}"#.utf8)

    static let tamperings: [Tampering] = [
        Tampering(name: "UPDATE an entry's data", kind: .altered, row: "ledger_entries idx=3") { ledger, _ in
            try await ledger.sql.raw("UPDATE ledger_entries SET data = \(bind: Data(forged)) WHERE idx = 3").run()
        },
        Tampering(name: "UPDATE an entry's data and leaf hash", kind: .altered, row: "ledger_entries idx=4") {
            ledger, _ in
            try await ledger.sql.raw(
                """
                UPDATE ledger_entries SET data = \(bind: Data(forged)),
                leaf_hash = \(bind: Data(MerkleHash.leaf(forged).bytes)) WHERE idx = 4
                """
            ).run()
        },
        Tampering(name: "UPDATE an audit row's content", kind: .altered, row: "audit_entries id={id}") { ledger, id in
            try await ledger.sql.raw(#"UPDATE audit_entries SET after = '{"name":"改过"}' WHERE id = \#(bind: id)"#).run()
        },
        Tampering(name: "UPDATE an audit row's ledger index", kind: .altered, row: "audit_entries id={id}") {
            ledger, id in
            try await ledger.sql.raw("UPDATE audit_entries SET ledger_index = 999 WHERE id = \(bind: id)").run()
        },
        Tampering(name: "DELETE an entry", kind: .removed, row: "ledger_entries idx=5..<6") { ledger, _ in
            try await ledger.sql.raw("DELETE FROM ledger_entries WHERE idx = 5").run()
        },
        Tampering(name: "DELETE the last signed entries", kind: .removed, row: "ledger_entries idx=") { ledger, _ in
            try await ledger.sql.raw("DELETE FROM ledger_entries WHERE idx >= 6").run()
        },
        Tampering(name: "DELETE a logged audit row", kind: .removed, row: "audit_entries id={id}") { ledger, id in
            try await ledger.sql.raw("DELETE FROM audit_entries WHERE id = \(bind: id)").run()
        },
        Tampering(name: "DELETE a stored subtree hash", kind: .removed, row: "ledger_nodes level=8 idx=0") {
            ledger, _ in
            try await ledger.sql.raw("DELETE FROM ledger_nodes").run()
        },
        Tampering(name: "INSERT an entry at the end", kind: .inserted, row: "ledger_entries idx=") { ledger, _ in
            let size = try await ledger.tables.size()
            try await ledger.sql.raw(
                """
                INSERT INTO ledger_entries (idx, data, leaf_hash, created_at) VALUES (\(bind: Int64(size)),
                \(bind: Data(forged)), \(bind: Data(MerkleHash.leaf(forged).bytes)), \(bind: Date()))
                """
            ).run()
        },
        Tampering(name: "INSERT an entry far past the end", kind: .inserted, row: "ledger_entries idx=1000000") {
            ledger, _ in
            try await ledger.sql.raw(
                """
                INSERT INTO ledger_entries (idx, data, leaf_hash, created_at) VALUES (1000000,
                \(bind: Data(forged)), \(bind: Data(MerkleHash.leaf(forged).bytes)), \(bind: Date()))
                """
            ).run()
        },
        Tampering(name: "INSERT a subtree hash", kind: .inserted, row: "ledger_nodes level=8 idx=7") { ledger, _ in
            try await ledger.sql.raw(
                "INSERT INTO ledger_nodes (level, idx, hash) VALUES (8, 7, \(bind: Data(repeating: 1, count: 32)))"
            ).run()
        },
        Tampering(name: "INSERT a forged checkpoint", kind: .inserted, row: "ledger_checkpoints size=100") {
            ledger, _ in
            let forger = try Ed25519NoteSigner.generate(name: TestLedger.origin)
            let size: UInt64 = 100
            let root = try await ledger.tables.rootHash(treeSize: size)
            let note = try Checkpoint(origin: TestLedger.origin, size: size, rootHash: root).sign(with: [forger])
            try await ledger.sql.raw(
                """
                INSERT INTO ledger_checkpoints (size, root_hash, note, created_at) VALUES (\(bind: Int64(size)),
                \(bind: Data(root.bytes)), \(bind: note.serialized), \(bind: Date()))
                """
            ).run()
        },
    ]

    /// 260 audit rows (past one full tile), all logged, with a checkpoint over them. The rows are written as the
    /// repositories write them, in one transaction to keep the test quick.
    func loggedHistory(_ ledger: TestLedger) async throws {
        let root = OrgPath.root(UUID())
        try await ledger.store.db.transaction { tx in
            for n in 0..<260 {
                let change = AuditChange(
                    action: "organisation.create", entityType: "organisation", entityID: UUID().uuidString,
                    before: nil, after: #"{"name":"部门\#(n)"}"#)
                try await AuditLog.append(change, orgPath: root, by: Actor.system("测试"), on: tx)
            }
        }
        try await ledger.drainOutbox()
        try await ledger.checkpointer.signIfGrown()
    }

    @Test("an untouched log audits clean")
    func clean() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            try await loggedHistory(ledger)
            // when
            let report = try await ledger.auditor().run()
            // then
            #expect(report.isClean, "\(report.findings.map(\.line))")
            #expect(report.size == 260)
            #expect(report.auditRowsChecked == 260)
            #expect(report.checkpointsChecked == 1 && report.signaturesChecked == 1)
        }
    }

    @Test("each kind of tampering is caught and the row named", arguments: tamperings)
    func tampering(_ tampering: Tampering) async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            try await loggedHistory(ledger)
            let target = try #require(
                try await AuditEntryModel.query(on: store.db).filter(\.$ledgerIndex == 2).first()?.id)
            // when
            try await tampering.apply(ledger, target)
            let report = try await ledger.auditor().run()
            // then
            let row = tampering.row.replacingOccurrences(of: "{id}", with: target.uuidString.lowercased())
            let matching = report.findings(of: tampering.kind).filter { $0.row.contains(row) }
            #expect(!matching.isEmpty, "expected [\(tampering.kind)] \(row); found \(report.findings.map(\.line))")
        }
    }

    @Test("entries no audit row claims count as inserted, unless allowed (logs filled by the benchmark)")
    func unclaimedEntries() async throws {
        try await TestStore.with { store in
            // given
            let ledger = try TestLedger(store)
            _ = try await ledger.appendConcurrently(3)
            // when
            let strict = try await ledger.auditor().run()
            let lenient = try await ledger.auditor(unclaimedEntriesAllowed: true).run()
            // then
            #expect(strict.findings(of: .inserted).count == 3)
            #expect(lenient.isClean)
        }
    }
}
