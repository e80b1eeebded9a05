/// What the log hands out when it accepts an entry: enough for anyone to check, offline, that the entry is in the
/// log the checkpoint's signers vouch for.
///
/// The receipt carries the entry's index and leaf hash, the signed checkpoint (a C2SP signed note, possibly with
/// witness cosignatures) and the inclusion proof from the leaf to that checkpoint's root. It is Codable, with
/// hashes as base64 strings:
///
/// ```json
/// {"entryIndex": 7, "leafHash": "…", "checkpoint": "fazhi.example/evidence\n8\n…\n\n— …\n",
///  "inclusionProof": ["…", "…", "…"]}
/// ```
public struct LogReceipt: Codable, Hashable, Sendable {
    /// The entry's position in the log, counting from 0.
    public var entryIndex: UInt64
    /// SHA-256(0x00 || entry), RFC 9162 §2.1.1.
    public var leafHash: MerkleHash
    /// The signed checkpoint, as note text.
    public var checkpoint: String
    /// PATH(entryIndex, D[0:checkpoint size]), from the leaf upwards.
    public var inclusionProof: [MerkleHash]

    public init(entryIndex: UInt64, leafHash: MerkleHash, checkpoint: String, inclusionProof: [MerkleHash]) {
        self.entryIndex = entryIndex
        self.leafHash = leafHash
        self.checkpoint = checkpoint
        self.inclusionProof = inclusionProof
    }

    /// Checks the receipt: the checkpoint's signature by a trusted key, its format (and, with `origin` given, that
    /// it is that log's), and the inclusion proof of the leaf in the checkpoint's tree.
    ///
    /// Each failure says which step went wrong. Success means: the holders of the trusted keys signed a tree
    /// head that contains this leaf hash at this index.
    @discardableResult
    public func verify(
        against verifiers: NoteVerifierSet, origin: String? = nil
    ) throws(ReceiptError) -> VerifiedReceipt {
        let checkpoint: Checkpoint
        let note: VerifiedNote
        do {
            (checkpoint, note) = try Checkpoint.open(self.checkpoint, verifiers: verifiers, origin: origin)
        } catch {
            switch error {
            case .note(let noteError): throw .checkpointSignature(noteError)
            case .wrongOrigin(let expected, let found): throw .wrongLog(expected: expected, found: found)
            default: throw .checkpointFormat(error)
            }
        }
        guard entryIndex < checkpoint.size else {
            throw .entryOutsideTree(entryIndex: entryIndex, treeSize: checkpoint.size)
        }
        let proof = InclusionProof(leafIndex: entryIndex, treeSize: checkpoint.size, hashes: inclusionProof)
        do {
            try proof.verify(leafHash: leafHash, rootHash: checkpoint.rootHash)
        } catch {
            throw .inclusionProof(error)
        }
        return VerifiedReceipt(entryIndex: entryIndex, leafHash: leafHash, checkpoint: checkpoint, note: note)
    }

    /// Checks that `entry` is the logged entry, then checks the receipt as ``verify(against:origin:)`` does.
    @discardableResult
    public func verify(
        entry: some Sequence<UInt8>, against verifiers: NoteVerifierSet, origin: String? = nil
    ) throws(ReceiptError) -> VerifiedReceipt {
        guard MerkleHash.leaf(entry) == leafHash else { throw .entryMismatch }
        return try verify(against: verifiers, origin: origin)
    }
}

/// A receipt that passed every check.
public struct VerifiedReceipt: Hashable, Sendable {
    public let entryIndex: UInt64
    public let leafHash: MerkleHash
    /// The checkpoint, now known to be signed by a trusted key.
    public let checkpoint: Checkpoint
    /// The signatures that were verified and those that were not (for example cosignatures of unknown witnesses).
    public let note: VerifiedNote
}

/// Which step of checking a receipt failed.
public enum ReceiptError: Error, Hashable, Sendable {
    /// The checkpoint is not a valid signed note, or carries no valid signature by a trusted key.
    case checkpointSignature(NoteError)
    /// The checkpoint is signed but its text is not a valid checkpoint.
    case checkpointFormat(CheckpointError)
    /// The checkpoint belongs to another log.
    case wrongLog(expected: String, found: String)
    /// The entry index is not below the checkpoint's tree size.
    case entryOutsideTree(entryIndex: UInt64, treeSize: UInt64)
    /// The entry presented does not hash to the receipt's leaf hash.
    case entryMismatch
    /// The inclusion proof does not lead from the leaf to the checkpoint's root.
    case inclusionProof(MerkleProofError)

    public var message: String {
        switch self {
        case .checkpointSignature(let error):
            switch error {
            case .invalidSignature, .duplicateSignature: "签名无效：\(error.message)"
            case .noTrustedSignature: "检查点没有可信密钥的签名"
            default: "检查点格式错误：\(error.message)"
            }
        case .checkpointFormat(let error): "检查点内容错误：\(error.message)"
        case .wrongLog(let expected, let found): "收据属于日志 \(found)，而非 \(expected)"
        case .entryOutsideTree(let index, let size): "条目序号 \(index) 不在大小为 \(size) 的树中"
        case .entryMismatch: "证据内容与收据的叶哈希不符"
        case .inclusionProof(let error): "包含证明无效：\(error.message)"
        }
    }
}

extension ReceiptError: CustomStringConvertible {
    public var description: String { message }
}
