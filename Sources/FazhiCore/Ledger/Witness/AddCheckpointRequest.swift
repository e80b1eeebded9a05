/// The body of a C2SP tlog-witness `add-checkpoint` request: the size of the checkpoint the witness last cosigned
/// for this log (as the log believes), a consistency proof from that size to the new checkpoint, and the new
/// checkpoint as a signed note.
///
/// ```
/// old 20852014
/// PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
/// …
///
/// example.com/log
/// 20852163
/// CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
///
/// — example.com/log Az3grlgtzPICa5OS8npVmf1M…
/// ```
public struct AddCheckpointRequest: Hashable, Sendable {
    /// At most this many proof lines (the spec's limit: a proof in a tree of 2^64 leaves has fewer).
    public static let maximumProofLines = 63
    /// The largest body read: a note of the largest accepted size plus a full proof.
    public static let maximumBodySize = SignedNote.maximumSize + 4096

    public var oldSize: UInt64
    public var proof: [MerkleHash]
    /// The checkpoint's signed note, as sent.
    public var checkpointNote: String

    public init(oldSize: UInt64, proof: [MerkleHash], checkpointNote: String) {
        self.oldSize = oldSize
        self.proof = proof
        self.checkpointNote = checkpointNote
    }

    /// The request body.
    public var body: String {
        "old \(oldSize)\n" + proof.map { $0.base64 + "\n" }.joined() + "\n" + checkpointNote
    }

    /// Reads a request body; a malformed one is a 400 (``WitnessRefusal/badRequest(_:)``).
    public init(parsing body: [UInt8]) throws(WitnessRefusal) {
        guard body.count <= Self.maximumBodySize else { throw .badRequest("请求过大") }
        var lines = body.split(separator: 0x0A, maxSplits: Self.maximumProofLines + 2, omittingEmptySubsequences: false)
            .makeIterator()
        guard let first = lines.next(), let oldLine = String(validating: first, as: UTF8.self),
            oldLine.hasPrefix("old "), let oldSize = Checkpoint.treeSize(oldLine.dropFirst(4))
        else { throw .badRequest("第一行应为「old <树大小>」") }
        var proof: [MerkleHash] = []
        var consumed = first.count + 1
        let missingCheckpoint = WitnessRefusal.badRequest("缺少检查点（一致性证明之后应有一个空行，再接检查点）")
        while true {
            guard let line = lines.next() else { throw missingCheckpoint }
            consumed += line.count + 1
            if line.isEmpty { break }
            guard proof.count < Self.maximumProofLines else { throw .badRequest("一致性证明超过 63 行") }
            guard let text = String(validating: line, as: UTF8.self), let hash = MerkleHash(base64: text) else {
                throw .badRequest("一致性证明第 \(proof.count + 1) 行不是 base64 编码的 32 字节哈希")
            }
            proof.append(hash)
        }
        guard consumed < body.count else { throw missingCheckpoint }
        if oldSize == 0, !proof.isEmpty { throw .badRequest("旧树大小为 0 时一致性证明必须为空") }
        guard let note = String(validating: body[consumed...], as: UTF8.self) else {
            throw .badRequest("检查点不是有效的 UTF-8 文本")
        }
        self.init(oldSize: oldSize, proof: proof, checkpointNote: note)
    }
}
