/// A log a witness follows: its origin line and the keys that sign its checkpoints.
public struct WitnessedLog: Sendable {
    public var origin: String
    public var verifiers: [any NoteVerifier]

    public init(origin: String, verifiers: [any NoteVerifier]) {
        self.origin = origin
        self.verifiers = verifiers
    }

    /// A log given on the command line as `<vkey>` or `<vkey> <origin>`: the origin defaults to the key's name, as
    /// C2SP tlog-checkpoint recommends.
    public init(parsing text: String) throws(NoteKeyError) {
        let trimmed = text.drop { $0 == " " }
        let key = trimmed.prefix { $0 != " " }
        let origin = trimmed.dropFirst(key.count).drop { $0 == " " }
        let verifier = try Ed25519NoteVerifier(vkey: key)
        self.init(origin: origin.isEmpty ? verifier.name : String(origin), verifiers: [verifier])
    }
}

/// The latest checkpoint a witness cosigned for one log: all it must remember (C2SP tlog-witness).
public struct WitnessedCheckpoint: Hashable, Sendable {
    public var origin: String
    public var size: UInt64
    public var rootHash: MerkleHash
    /// The checkpoint's signed note as the log sent it, kept as evidence.
    public var note: String

    public init(origin: String, size: UInt64, rootHash: MerkleHash, note: String) {
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.note = note
    }
}

/// The witness side of C2SP tlog-witness, without I/O: decides whether an `add-checkpoint` request may be
/// cosigned, given the latest checkpoint cosigned for that log, and makes the cosignature.
///
/// A witness cosigns a checkpoint only when the log's signature verifies and the new tree provably extends the
/// last tree it cosigned. So two witnesses that each cosigned a checkpoint of the same log have seen one history,
/// and a log that shows one tree to some and another tree to others (a split view, a rewritten past) cannot
/// gather cosignatures for both.
public struct Witness: Sendable {
    public let signer: CosignatureV1Signer
    private let logs: [String: NoteVerifierSet]

    public init(signer: CosignatureV1Signer, logs: [WitnessedLog]) {
        self.signer = signer
        self.logs = Dictionary(logs.map { ($0.origin, NoteVerifierSet($0.verifiers)) }) { first, _ in first }
    }

    /// The origins followed.
    public var origins: [String] { logs.keys.sorted() }

    /// The request's checkpoint, verified, or the refusal, in the order tlog-witness lists the checks.
    /// - Parameter latest: the checkpoint last cosigned for the request's origin (nil: none yet).
    public func check(
        _ request: AddCheckpointRequest, latest: WitnessedCheckpoint?
    ) throws(WitnessRefusal) -> (checkpoint: Checkpoint, note: SignedNote) {
        let opened = try open(request)
        try checkExtends(request, opened.checkpoint, latest: latest)
        return opened
    }

    /// The first half of ``check(_:latest:)``, which needs no state: the checkpoint parsed, of a followed log, and
    /// signed by it. A store reads the latest state by its origin and retries the second half without redoing this.
    public func open(_ request: AddCheckpointRequest) throws(WitnessRefusal) -> (
        checkpoint: Checkpoint, note: SignedNote
    ) {
        let note: SignedNote
        let checkpoint: Checkpoint
        do {
            note = try SignedNote(parsing: request.checkpointNote)
            checkpoint = try Checkpoint(text: note.text)
        } catch {
            throw .badRequest("检查点格式错误：\(error)")
        }
        guard let verifiers = logs[checkpoint.origin] else { throw .unknownLog(origin: checkpoint.origin) }
        do {
            _ = try note.verify(using: verifiers)
        } catch {
            throw .untrustedSignature(error.message)
        }
        return (checkpoint, note)
    }

    /// The second half of ``check(_:latest:)``: the old size is the one last cosigned and the new tree provably
    /// extends that one.
    public func checkExtends(
        _ request: AddCheckpointRequest, _ checkpoint: Checkpoint, latest: WitnessedCheckpoint?
    ) throws(WitnessRefusal) {
        guard request.oldSize <= checkpoint.size else {
            throw .badRequest("旧树大小 \(request.oldSize) 大于检查点的树大小 \(checkpoint.size)")
        }
        let latestSize = latest?.size ?? 0
        guard request.oldSize == latestSize else { throw .staleOldSize(latest: latestSize) }
        if let latest, latest.size == checkpoint.size, latest.rootHash != checkpoint.rootHash {
            throw .rootMismatch(size: checkpoint.size)
        }
        if let latest, latest.size > 0 {
            let proof = ConsistencyProof(oldSize: latest.size, newSize: checkpoint.size, hashes: request.proof)
            do {
                try proof.verify(oldRoot: latest.rootHash, newRoot: checkpoint.rootHash)
            } catch {
                throw .inconsistent(oldSize: latest.size, newSize: checkpoint.size, reason: "\(error)")
            }
        }
    }

    /// The cosignature of a checked checkpoint, as the response line tlog-witness sends back.
    public func cosign(_ note: SignedNote) throws -> NoteSignature {
        NoteSignature(
            name: signer.name, keyID: signer.keyID, signature: try signer.sign(message: Array(note.text.utf8)))
    }
}
