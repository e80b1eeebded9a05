import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Recomputes the log from the database rows and names every row that is not what the log recorded
/// (`fazhi ledger audit`): the check an operator or an inspector runs on a copy of the database.
///
/// One pass over `ledger_entries` in index order rebuilds the tree with a ``MerkleFrontier`` (memory O(log n)),
/// comparing on the way
/// - each entry's data with its stored leaf hash;
/// - each complete subtree at tile levels 8, 16, … with `ledger_nodes`;
/// - the root at each checkpoint's size with the signed root (and, given the log's key, the signature);
/// - each entry with the audit row that claims it (`audit_entries.ledger_index`), whose leaf is rebuilt from the
///   row and its salts.
///
/// A root that matches a signed checkpoint proves every entry below that size authentic (SHA-256 collision
/// resistance), so a disagreement between an audit row and such an entry is blamed on the audit row; elsewhere
/// the finding names both.
public struct LedgerAuditor: Sendable {
    let db: any Database
    /// The log's verifier key and origin, to check checkpoint signatures; nil checks roots only.
    let verifiers: NoteVerifierSet?
    let origin: String?
    /// Accept entries no audit row claims (logs filled by `fazhi ledger bench`).
    let unclaimedEntriesAllowed: Bool
    let pageSize = 4096

    public init(
        db: any Database, verifiers: NoteVerifierSet? = nil, origin: String? = nil,
        unclaimedEntriesAllowed: Bool = false
    ) {
        self.db = db
        self.verifiers = verifiers
        self.origin = origin
        self.unclaimedEntriesAllowed = unclaimedEntriesAllowed
    }

    public func run() async throws -> LedgerAuditReport {
        var pass = AuditPass(
            report: LedgerAuditReport(), storedNodes: try await storedNodes(),
            checkpoints: try await LedgerStore(db: db).allCheckpoints())
        checkSignatures(&pass)
        let sql = db as! any SQLDatabase
        let rowCount =
            try await sql.raw("SELECT COUNT(*) AS n FROM ledger_entries").first()?
            .decode(column: "n", as: Int64.self) ?? 0
        // Beyond this, a gap before a row means the row was put far past the end, not that rows were removed.
        let plausibleEnd = max(UInt64(rowCount), pass.checkpoints.last?.size ?? 0)
        for row in try await sql.raw("SELECT idx FROM ledger_entries WHERE idx < 0").all() {
            pass.report.add(
                .inserted, "ledger_entries idx=\(try row.decode(column: "idx", as: Int64.self))", "条目序号为负数，不是账本写入的")
        }
        pass.compareCheckpoints()
        var cursor: Int64 = 0
        while true {
            let page = try await entries(from: cursor)
            guard let last = page.last else { break }
            let claims = try await claims(from: page[0].index, through: last.index)
            for entry in page {
                try await pass.take(entry, claim: claims[entry.index], plausibleEnd: plausibleEnd, auditor: self)
            }
            cursor = Int64(last.index) + 1
        }
        pass.finish()
        try await checkStrayClaims(&pass)
        pass.report.pendingAuditRows = Int(
            try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE ledger_index IS NULL").first()?
                .decode(column: "n", as: Int64.self) ?? 0)
        return pass.report
    }

    // MARK: reading

    private func storedNodes() async throws -> [MerkleNodeID: MerkleHash] {
        let sql = db as! any SQLDatabase
        var nodes: [MerkleNodeID: MerkleHash] = [:]
        for row in try await sql.raw("SELECT level, idx, hash FROM ledger_nodes").all() {
            let level = try row.decode(column: "level", as: Int.self)
            let index = try row.decode(column: "idx", as: Int64.self)
            guard (1...63).contains(level), index >= 0 else { continue }
            let hash = MerkleHash(bytes: try row.decode(column: "hash", as: Data.self)) ?? .zero
            nodes[MerkleNodeID(level: level, index: UInt64(index))] = hash
        }
        return nodes
    }

    struct Entry {
        let index: UInt64
        let data: [UInt8]
        let storedLeafHash: MerkleHash?
    }

    private func entries(from cursor: Int64) async throws -> [Entry] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT idx, data, leaf_hash FROM ledger_entries WHERE idx >= \(bind: cursor)
            ORDER BY idx LIMIT \(unsafeRaw: String(pageSize))
            """
        ).all().map { row in
            Entry(
                index: UInt64(try row.decode(column: "idx", as: Int64.self)),
                data: Array(try row.decode(column: "data", as: Data.self)),
                storedLeafHash: MerkleHash(bytes: try row.decode(column: "leaf_hash", as: Data.self)))
        }
    }

    /// The audit rows claiming entries in `first...last`, by index.
    private func claims(from first: UInt64, through last: UInt64) async throws -> [UInt64: AuditOutbox.Row] {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT \(unsafeRaw: AuditOutbox.columns) FROM audit_entries
            WHERE ledger_index >= \(bind: Int64(first)) AND ledger_index <= \(bind: Int64(last))
            """
        ).all().map(AuditOutbox.row)
        return Dictionary(rows.map { (UInt64($0.ledgerIndex!), $0) }) { first, _ in first }
    }

    /// The audit row with this id, wherever it claims to be.
    func auditRow(id: String) async throws -> AuditOutbox.Row? {
        guard let uuid = UUID(uuidString: id) else { return nil }
        return try await (db as! any SQLDatabase).raw(
            "SELECT \(unsafeRaw: AuditOutbox.columns) FROM audit_entries WHERE id = \(bind: uuid)"
        ).first().map(AuditOutbox.row)
    }

    // MARK: checks outside the pass

    private func checkSignatures(_ pass: inout AuditPass) {
        guard let verifiers else { return }
        for checkpoint in pass.checkpoints {
            let row = "ledger_checkpoints size=\(checkpoint.size)"
            do {
                let opened = try Checkpoint.open(checkpoint.note, verifiers: verifiers, origin: origin).checkpoint
                if opened.size != checkpoint.size || opened.rootHash != checkpoint.rootHash {
                    pass.report.add(.altered, row, "表中的大小或根哈希与签名的检查点文本不符")
                }
                pass.report.signaturesChecked += 1
            } catch {
                pass.report.add(.inserted, row, "检查点不是本日志的密钥签署的：\(error.message)")
            }
        }
    }

    /// Audit rows that claim an entry past the end of the log.
    private func checkStrayClaims(_ pass: inout AuditPass) async throws {
        let size = Int64(pass.report.size)
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT \(unsafeRaw: AuditOutbox.columns) FROM audit_entries
            WHERE ledger_index >= \(bind: size) OR ledger_index < 0
            """
        ).all().map(AuditOutbox.row)
        for row in rows {
            pass.report.add(
                .inserted, "audit_entries id=\(row.leaf.id)",
                "声称记入账本第 \(row.ledgerIndex!) 条，但账本只有 \(size) 条")
        }
    }
}
