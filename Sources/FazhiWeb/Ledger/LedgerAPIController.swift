import FazhiCore
import FazhiStore
import Vapor

/// `/api/v1/ledger`: receipts and consistency proofs as JSON (public, like the log), and signing a checkpoint on
/// demand (administrators).
struct LedgerAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let ledger = routes.grouped("ledger")
        ledger.get("checkpoint", use: checkpoint)
        ledger.post("checkpoint", use: signCheckpoint)
        ledger.get("entries", ":index", "receipt", use: receipt)
        ledger.get("consistency", use: consistency)
    }

    struct CheckpointDTO: Content {
        let origin: String
        let size: UInt64
        let rootHash: MerkleHash
        /// The signed note, as served at `/ledger/checkpoint`.
        let note: String
        let vkey: String

        init(_ checkpoint: StoredCheckpoint, ledger: LedgerService) throws {
            origin = try ledger.origin
            size = checkpoint.size
            rootHash = checkpoint.rootHash
            note = checkpoint.note
            vkey = try ledger.verifier.vkey
        }
    }

    /// The latest checkpoint with the log's origin and key.
    @Sendable func checkpoint(req: Request) async throws -> CheckpointDTO {
        let ledger = req.services.ledger
        return try CheckpointDTO(try await LedgerPublication(store: ledger.store).checkpoint(), ledger: ledger)
    }

    /// Logs every pending audit record and signs a checkpoint now if the tree grew (administrators).
    @Sendable func signCheckpoint(req: Request) async throws -> CheckpointDTO {
        _ = try req.requireMember(anyOf: .admin)
        let ledger = req.services.ledger
        return try CheckpointDTO(try await ledger.publish(), ledger: ledger)
    }

    /// The receipt (存证凭证) of one entry against the latest checkpoint.
    @Sendable func receipt(req: Request) async throws -> LogReceipt {
        try await LedgerPublication(store: req.services.ledger.store).receipt(index: try req.ledgerIndex())
    }

    /// PROOF(from, D[0:to]), RFC 9162 §2.1.4; `to` defaults to the latest checkpoint.
    @Sendable func consistency(req: Request) async throws -> ConsistencyProof {
        let publication = LedgerPublication(store: req.services.ledger.store)
        guard let from = req.query[UInt64.self, at: "from"] else {
            throw DomainError.invalid("from", "请给出旧树大小 from（正整数）")
        }
        let to: UInt64
        if let given = req.query[String.self, at: "to"] {
            guard let value = UInt64(given) else { throw DomainError.invalid("to", "to 须为正整数") }
            to = value
        } else {
            to = try await publication.checkpoint().size
        }
        return try await publication.consistency(from: from, to: to)
    }
}

extension LogReceipt: Content {}
extension ConsistencyProof: Content {}
