import FazhiCore
import Foundation

/// The state of one audit pass over the entries, in index order.
///
/// Two trees are rebuilt side by side: one from the entries as stored, and one in which every entry claimed by an
/// audit row is replaced by the leaf rebuilt from that row. Where an entry and its audit row disagree, the next
/// stored subtree hash or signed root tells which side is original: if the entries' tree reproduces it, the audit
/// row was altered; if the audit rows' tree does, the entry was (data and leaf hash rewritten together).
struct AuditPass {
    var report: LedgerAuditReport
    /// Stored tile-level nodes not yet reached; what is left at the end belongs to no entry.
    var storedNodes: [MerkleNodeID: MerkleHash]
    /// Signed checkpoints, smallest first.
    let checkpoints: [StoredCheckpoint]

    private var entries = MerkleFrontier()
    private var claims = MerkleFrontier()
    /// The last position already reported (a missing or altered entry): hashes over it are not reported again.
    private var lastSuspect: UInt64?
    private var nextCheckpoint = 0
    /// Entries whose claiming audit row rebuilds a different leaf, not yet blamed on either side.
    private var mismatches: [(index: UInt64, row: AuditOutbox.Row)] = []

    init(report: LedgerAuditReport, storedNodes: [MerkleNodeID: MerkleHash], checkpoints: [StoredCheckpoint]) {
        self.report = report
        self.storedNodes = storedNodes
        self.checkpoints = checkpoints
    }

    /// Takes the next entry row (rows arrive in index order).
    mutating func take(
        _ entry: LedgerAuditor.Entry, claim: AuditOutbox.Row?, plausibleEnd: UInt64, auditor: LedgerAuditor
    ) async throws {
        if entry.index > entries.size {
            guard entry.index < plausibleEnd else {
                report.add(
                    .inserted, "ledger_entries idx=\(entry.index)",
                    "序号远超账本末尾（前面缺少 \(entry.index - entries.size) 条），不是账本写入的")
                return
            }
            let count = entry.index - entries.size
            report.add(
                .removed, "ledger_entries idx=\(entries.size)..<\(entry.index)", count == 1 ? "条目缺失" : "\(count) 个条目缺失")
            while entries.size < entry.index {
                lastSuspect = entries.size
                append(.zero, claimed: .zero)
            }
        }
        let leafHash = MerkleHash.leaf(entry.data)
        if entry.storedLeafHash != leafHash {
            report.add(.altered, "ledger_entries idx=\(entry.index)", "条目数据与其叶哈希不符：数据被改动")
            lastSuspect = entry.index
        }
        let claimed = try await checkClaim(entry, leafHash: leafHash, claim: claim, auditor: auditor)
        append(leafHash, claimed: claimed)
    }

    /// Compares the entry with the audit row that claims it, or looks up the row its content names. Returns the
    /// leaf hash the audit row says belongs here.
    private mutating func checkClaim(
        _ entry: LedgerAuditor.Entry, leafHash: MerkleHash, claim: AuditOutbox.Row?, auditor: LedgerAuditor
    ) async throws -> MerkleHash {
        if let claim {
            report.auditRowsChecked += 1
            guard claim.hadSalts else {
                report.add(.altered, "audit_entries id=\(claim.leaf.id)", "已记入账本，但承诺的盐值被删除，无法核对")
                return leafHash
            }
            let claimed = MerkleHash.leaf(claim.leaf.bytes)
            // Data altered under an intact leaf hash is reported above; the audit row agrees with the leaf hash.
            if claimed != leafHash, claimed != entry.storedLeafHash { mismatches.append((entry.index, claim)) }
            return claimed
        }
        let row = "ledger_entries idx=\(entry.index)"
        guard let json = try? JSONValue(parsing: entry.data), json["type"]?.stringValue == AuditLeaf.type,
            let id = json["id"]?.stringValue
        else {
            if !auditor.unclaimedEntriesAllowed { report.add(.inserted, row, "不是审计记录的存证，也没有审计记录引用它") }
            return leafHash
        }
        if let owner = try await auditor.auditRow(id: id) {
            report.add(
                .altered, "audit_entries id=\(id)",
                "账本第 \(entry.index) 条记录了它，但它的账本序号是 \(owner.ledgerIndex.map(String.init) ?? "空")")
        } else {
            report.add(.removed, "audit_entries id=\(id)", "已记入账本第 \(entry.index) 条的审计记录不存在")
        }
        return leafHash
    }

    private mutating func append(_ leafHash: MerkleHash, claimed: MerkleHash) {
        var completed: [(MerkleNodeID, MerkleHash)] = []
        entries.append(leafHash: leafHash) { node, hash in
            if node.level > 0, node.level % TileID.height == 0 { completed.append((node, hash)) }
        }
        var claimedNodes: [MerkleNodeID: MerkleHash] = [:]
        claims.append(leafHash: claimed) { node, hash in
            if node.level > 0, node.level % TileID.height == 0 { claimedNodes[node] = hash }
        }
        for (node, hash) in completed { compare(node, hash, claimed: claimedNodes[node]) }
        compareCheckpoints()
    }

    private mutating func compare(_ node: MerkleNodeID, _ hash: MerkleHash, claimed: MerkleHash?) {
        let row = "ledger_nodes level=\(node.level) idx=\(node.index)"
        guard let stored = storedNodes.removeValue(forKey: node) else {
            report.add(.removed, row, "条目 \(node.firstLeaf)..<\(node.endLeaf) 之上的哈希缺失")
            return
        }
        let explained = lastSuspect.map { $0 >= node.firstLeaf } ?? false
        if !blame(below: node.endLeaf, entriesMatch: stored == hash, claimsMatch: stored == claimed),
            stored != hash, !explained
        {
            report.add(
                .altered, row, "与条目 \(node.firstLeaf)..<\(node.endLeaf) 重算的哈希不符：该哈希或其下的条目（连同叶哈希）被改动")
        }
    }

    /// Compares both recomputed roots with every checkpoint of the current size.
    mutating func compareCheckpoints() {
        while nextCheckpoint < checkpoints.count, checkpoints[nextCheckpoint].size == entries.size {
            let checkpoint = checkpoints[nextCheckpoint]
            report.checkpointsChecked += 1
            let entriesMatch = entries.rootHash == checkpoint.rootHash
            if !blame(
                below: checkpoint.size, entriesMatch: entriesMatch, claimsMatch: claims.rootHash == checkpoint.rootHash),
                !entriesMatch, lastSuspect == nil
            {
                report.add(
                    .altered, "ledger_entries idx<\(checkpoint.size)",
                    "重算的根哈希与大小为 \(checkpoint.size) 的已签名检查点不符：其中有条目连同叶哈希被改动（或检查点行被改动）")
            }
            nextCheckpoint += 1
        }
    }

    /// Blames the open disagreements below `end` on one side, when a stored hash or signed root decides it.
    /// Returns whether the audit rows' tree explained a mismatch of the entries' tree.
    private mutating func blame(below end: UInt64, entriesMatch: Bool, claimsMatch: Bool) -> Bool {
        guard entriesMatch || claimsMatch else { return false }
        let (decided, open) = (mismatches.filter { $0.index < end }, mismatches.filter { $0.index >= end })
        mismatches = open
        for (index, row) in decided {
            if entriesMatch {
                report.add(.altered, "audit_entries id=\(row.leaf.id)", "与账本第 \(index) 条（签名树根可证）记录的内容不符：审计记录被改动")
            } else {
                report.add(.altered, "ledger_entries idx=\(index)", "条目连同叶哈希被改动：审计记录 \(row.leaf.id) 的原始存证可由签名树根证明")
            }
        }
        return !entriesMatch && !decided.isEmpty
    }

    /// After the last entry: signed entries that are gone, stored hashes of no entry, undecided disagreements.
    mutating func finish() {
        report.size = entries.size
        for checkpoint in checkpoints[nextCheckpoint...] where checkpoint.size > entries.size {
            report.add(
                .removed, "ledger_entries idx=\(entries.size)..<\(checkpoint.size)",
                "已由大小为 \(checkpoint.size) 的检查点签署的条目缺失")
        }
        for node in storedNodes.keys.sorted() {
            report.add(.inserted, "ledger_nodes level=\(node.level) idx=\(node.index)", "哈希不属于账本中的任何条目")
        }
        for (index, row) in mismatches {
            report.add(
                .altered, "audit_entries id=\(row.leaf.id) / ledger_entries idx=\(index)",
                "审计记录与账本第 \(index) 条不符，该条尚无签名树根可证：两者之一被改动")
        }
        mismatches = []
    }
}
