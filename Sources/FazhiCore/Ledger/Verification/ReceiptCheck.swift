import Foundation

/// Checks a receipt (存证凭证) step by step, the same checks as ``LogReceipt/verify(against:origin:)`` but reporting
/// each one, so that a person sees what was proven: who signed the tree head, which log it belongs to, that the
/// entry is in that tree, and (given the original record) that the record is the entry. Given an audit record's
/// 证明材料 (``AuditOpening``) instead of the bare record, it also opens the commitments the record holds.
public enum ReceiptCheck {
    /// The receipt read from its JSON, if the first step passed, and every step's outcome.
    public struct Result: Sendable {
        public var receipt: LogReceipt?
        public var checkpoint: Checkpoint?
        public var steps: [VerificationStep]
    }

    /// Runs the checks on receipt JSON and, optionally, the original record's bytes.
    ///
    /// - Parameter origin: the log the receipt must belong to; nil accepts any log signed by a trusted key.
    public static func run(
        receiptJSON: [UInt8], record: [UInt8]?, verifiers: NoteVerifierSet, origin: String?
    ) -> Result {
        let receipt: LogReceipt
        do {
            receipt = try JSONDecoder().decode(LogReceipt.self, from: Data(receiptJSON))
        } catch {
            return Result(
                receipt: nil, checkpoint: nil,
                steps: [.failed("读取凭证", "不是有效的存证凭证 JSON（需要 entryIndex、leafHash、checkpoint、inclusionProof）")])
        }
        var steps: [VerificationStep] = [
            .passed("读取凭证", "第 \(receipt.entryIndex) 条，叶哈希 \(receipt.leafHash.hex)")
        ]
        let checkpoint = run(receipt, verifiers: verifiers, origin: origin, into: &steps)
        // 证明材料 (an audit record's opening) carries the record and what its commitments hide.
        if let record, let opening = try? JSONDecoder().decode(AuditOpening.self, from: Data(record)) {
            steps.append(recordStep(Array(opening.record.utf8), leafHash: receipt.leafHash))
            if opening.entryIndex != receipt.entryIndex {
                steps.append(
                    .failed("开启承诺", "证明材料属于第 \(opening.entryIndex) 条，凭证属于第 \(receipt.entryIndex) 条"))
            } else {
                steps.append(contentsOf: opening.check())
            }
        } else {
            steps.append(recordStep(record, leafHash: receipt.leafHash))
        }
        return Result(receipt: receipt, checkpoint: checkpoint, steps: steps)
    }

    /// The signature, origin and inclusion steps; returns the checkpoint when all passed.
    static func run(
        _ receipt: LogReceipt, verifiers: NoteVerifierSet, origin: String?, into steps: inout [VerificationStep]
    ) -> Checkpoint? {
        let note: VerifiedNote
        do {
            note = try SignedNote(parsing: receipt.checkpoint).verify(using: verifiers)
        } catch {
            steps.append(.failed("检查点签名", error.message))
            steps.append(.skipped("日志标识", "签名未通过，不再检查"))
            steps.append(.skipped("包含证明", "签名未通过，不再检查"))
            return nil
        }
        let signers = note.verifiedSignatures.map { "\($0.name)（密钥编号 \(LedgerHex.encode($0.keyID))）" }
        steps.append(.passed("检查点签名", "由可信密钥 \(signers.joined(separator: "、")) 签名"))

        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(text: note.text)
        } catch {
            steps.append(.failed("日志标识", "检查点内容错误：\(error.message)"))
            steps.append(.skipped("包含证明", "检查点无法读取，不再检查"))
            return nil
        }
        if let origin, checkpoint.origin != origin {
            steps.append(.failed("日志标识", "凭证属于日志 \(checkpoint.origin)，而非 \(origin)"))
            steps.append(.skipped("包含证明", "不是本日志的凭证，不再检查"))
            return nil
        }
        steps.append(
            .passed(
                "日志标识", "日志 \(checkpoint.origin)，树大小 \(checkpoint.size)，根哈希 \(checkpoint.rootHash.base64)"))

        guard receipt.entryIndex < checkpoint.size else {
            steps.append(.failed("包含证明", "条目序号 \(receipt.entryIndex) 不在大小为 \(checkpoint.size) 的树中"))
            return nil
        }
        let proof = InclusionProof(
            leafIndex: receipt.entryIndex, treeSize: checkpoint.size, hashes: receipt.inclusionProof)
        do {
            try proof.verify(leafHash: receipt.leafHash, rootHash: checkpoint.rootHash)
        } catch {
            steps.append(.failed("包含证明", error.message))
            return nil
        }
        steps.append(
            .passed(
                "包含证明",
                "叶哈希经 \(receipt.inclusionProof.count) 个哈希推出签名的根哈希（RFC 9162 §2.1.3.2）：第 \(receipt.entryIndex) 条在日志中"))
        return checkpoint
    }

    /// Whether the original record hashes to the leaf hash; skipped without a record.
    static func recordStep(_ record: [UInt8]?, leafHash: MerkleHash) -> VerificationStep {
        guard let record, !record.isEmpty else {
            return .skipped("原始记录", "未提供原始记录；提供后可核对记录与凭证的叶哈希是否一致")
        }
        if MerkleHash.leaf(record) == leafHash {
            return .passed("原始记录", "记录的叶哈希 SHA-256(0x00‖记录) 与凭证一致：记录未被改动")
        }
        // A record pasted with other white space or key order is still the same JSON: say so rather than fail
        // without a hint.
        if let canonical = try? CanonicalJSON.canonicalize(record), MerkleHash.leaf(canonical) == leafHash {
            return .passed("原始记录", "记录规范化（RFC 8785）后的叶哈希与凭证一致：记录内容未被改动")
        }
        return .failed("原始记录", "记录的叶哈希与凭证不符：记录不是该条目，或已被改动")
    }
}
