/// A transparency log checkpoint (C2SP tlog-checkpoint): the note text that commits the log to its tree head.
///
/// ```
/// fazhi.example/evidence
/// 20852163
/// CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
/// ```
///
/// The origin line names the log, then come the tree size in decimal and the base64 RFC 6962 root hash; optional
/// extension lines may follow. Signed by the log (and cosigned by witnesses) it is the log's public promise that
/// this is its content, which inclusion and consistency proofs are checked against.
public struct Checkpoint: Hashable, Sendable {
    /// The log's identity, conventionally its URL prefix without scheme, e.g. `fazhi.example/evidence`.
    public var origin: String
    /// The number of entries in the tree.
    public var size: UInt64
    /// MTH(D[0:size]).
    public var rootHash: MerkleHash
    /// Opaque extra lines, each non-empty. The spec discourages them, as monitors cannot audit them.
    public var extensionLines: [String]

    public init(origin: String, size: UInt64, rootHash: MerkleHash, extensionLines: [String] = [])
        throws(CheckpointError)
    {
        guard !origin.isEmpty, !origin.contains("\n") else { throw .invalidOrigin }
        for line in extensionLines where line.isEmpty || line.contains("\n") { throw .invalidExtensionLine }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensionLines = extensionLines
    }

    /// Parses checkpoint note text (which must end with a newline).
    ///
    /// Strict: the size must be canonical decimal (no sign, no leading zeros, "0" only for the empty tree) and the
    /// root the canonical base64 of exactly 32 bytes, so that every tree head has one spelling.
    public init(text: String) throws(CheckpointError) {
        guard text.utf8.last == 0x0A else { throw .missingFinalNewline }
        let lines = text.utf8.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        guard lines.count >= 3 else { throw .tooFewLines }
        guard let size = Self.treeSize(lines[1]) else { throw .invalidSize }
        guard let root = MerkleHash(base64: lines[2]) else { throw .invalidRootHash }
        try self.init(origin: lines[0], size: size, rootHash: root, extensionLines: Array(lines[3...]))
    }

    /// The note text: origin, size, root hash and extension lines, each ending in a newline.
    public var text: String {
        ([origin, String(size), rootHash.base64] + extensionLines).map { $0 + "\n" }.joined()
    }

    /// Signs this checkpoint as a note.
    public func sign(with signers: [any NoteSigner]) throws(NoteError) -> SignedNote {
        try SignedNote.sign(text: text, with: signers)
    }

    /// Parses a signed checkpoint, verifies it against the trusted keys, and reads the checkpoint from it.
    ///
    /// With `origin` given, the checkpoint must be for that log; a checkpoint of another log signed by a key that
    /// happens to be trusted must not be mistaken for this log's.
    public static func open(
        _ note: String, verifiers: NoteVerifierSet, origin: String? = nil
    ) throws(CheckpointError) -> (checkpoint: Checkpoint, note: VerifiedNote) {
        let verified: VerifiedNote
        do {
            verified = try SignedNote(parsing: note).verify(using: verifiers)
        } catch {
            throw .note(error)
        }
        let checkpoint = try Checkpoint(text: verified.text)
        if let origin, checkpoint.origin != origin { throw .wrongOrigin(expected: origin, found: checkpoint.origin) }
        return (checkpoint, verified)
    }

    /// A tree size as the C2SP formats write it (checkpoints, tlog-witness requests and answers): ASCII decimal
    /// with no leading zeros other than "0" itself.
    static func treeSize(_ line: some StringProtocol) -> UInt64? {
        guard !line.isEmpty, line.utf8.allSatisfy({ (0x30...0x39).contains($0) }), line == "0" || line.first != "0"
        else { return nil }
        return UInt64(line)
    }
}

/// Why a checkpoint was refused.
public enum CheckpointError: Error, Hashable, Sendable {
    /// The signed note around the checkpoint was refused.
    case note(NoteError)
    /// The text does not end with a newline.
    case missingFinalNewline
    /// Fewer than the three lines origin, size and root hash.
    case tooFewLines
    /// The origin line is empty.
    case invalidOrigin
    /// The size line is not a canonical decimal number that fits 64 bits.
    case invalidSize
    /// The root hash line is not the base64 of 32 bytes.
    case invalidRootHash
    /// An extension line is empty.
    case invalidExtensionLine
    /// The checkpoint is for another log.
    case wrongOrigin(expected: String, found: String)

    public var message: String {
        switch self {
        case .note(let error): error.message
        case .missingFinalNewline: "检查点缺少结尾换行"
        case .tooFewLines: "检查点少于三行"
        case .invalidOrigin: "检查点的日志标识为空"
        case .invalidSize: "检查点的树大小格式错误"
        case .invalidRootHash: "检查点的根哈希格式错误"
        case .invalidExtensionLine: "检查点的扩展行为空"
        case .wrongOrigin(let expected, let found): "检查点属于日志 \(found)，而非 \(expected)"
        }
    }
}

extension CheckpointError: CustomStringConvertible {
    public var description: String { message }
}
