import FazhiCore
import Fluent
import Foundation

/// Signs checkpoints (C2SP tlog-checkpoint) of the committed tree and stores them.
///
/// The tree head is read from the tables, not from a sequencer's memory, so that any process may sign and every
/// signature covers only committed entries. Before signing, the stored tree is checked to extend the last
/// signed checkpoint: a log must never sign two checkpoints that no consistency proof can join (tlog-checkpoint,
/// "Signatures"), and a database altered behind the log's back must make it stop, not sign the altered tree.
///
/// With witnesses configured, a signed checkpoint is sent to them (C2SP tlog-witness) and stored, with their
/// cosignatures, only when at least the quorum cosigned; otherwise nothing is published and the next round tries
/// again with the grown tree.
public struct LedgerCheckpointer: Sendable {
    public let origin: String
    let signer: any NoteSigner
    let db: any Database
    let witnesses: WitnessCollector?

    public init(origin: String, signer: any NoteSigner, db: any Database, witnesses: WitnessCollector? = nil) {
        self.origin = origin
        self.signer = signer
        self.db = db
        self.witnesses = witnesses
    }

    /// Signs a checkpoint of the current tree if it grew since the last one (or none exists yet); returns the
    /// latest checkpoint either way.
    @discardableResult
    public func signIfGrown() async throws -> StoredCheckpoint {
        let store = LedgerStore(db: db)
        let size = try await store.size()
        let latest = try await store.latestCheckpoint()
        if let latest, latest.size >= size { return latest }
        let root = try await store.rootHash(treeSize: size)
        if let latest, latest.size > 0 {
            let proof = try await store.consistencyProof(oldSize: latest.size, newSize: size)
            do {
                try proof.verify(oldRoot: latest.rootHash, newRoot: root)
            } catch {
                throw LedgerError.inconsistentWithCheckpoint(size: latest.size)
            }
        }
        let checkpoint = try Checkpoint(origin: origin, size: size, rootHash: root)
        var note = try checkpoint.sign(with: [signer])
        if let witnesses {
            let collection = await witnesses.collect(note: note, checkpoint: checkpoint) { oldSize in
                try await LedgerStore(db: db).consistencyProof(oldSize: oldSize, newSize: size).hashes
            }
            guard collection.quorumMet else {
                throw LedgerError.witnessQuorumNotMet(
                    size: size, cosigned: collection.cosignatures.count, quorum: collection.quorum,
                    refusals: collection.refusals.map { "\($0.witness)：\($0.reason)" })
            }
            note = try SignedNote(text: note.text, signatures: note.signatures + collection.cosignatures)
        }
        try await store.insertCheckpoint(size: size, rootHash: root, note: note.serialized)
        // Another process may have stored a checkpoint of this size first; return what is stored.
        return try await store.checkpoint(size: size)
            ?? StoredCheckpoint(size: size, rootHash: root, note: note.serialized, createdAt: Date())
    }
}
