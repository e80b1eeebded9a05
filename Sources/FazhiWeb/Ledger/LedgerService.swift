import FazhiCore
import FazhiStore
import Fluent
import Foundation
import Vapor

/// The evidence log as the web layer uses it: this process's sequencer, the log's key and origin line.
///
/// The key is read (or made) the first time it is needed, so that commands that never sign (`fazhi migrate`,
/// `fazhi user create`) do not touch it; `fazhi serve` asks for it at start, so a bad key stops the start.
final class LedgerService: @unchecked Sendable {
    let sequencer: LedgerSequencer
    let db: any Database
    let checkpointInterval: Double
    let pollInterval: Double
    /// The witnesses asked to cosign each checkpoint, or nil when none are configured.
    let witnesses: WitnessCollector?
    private let keySource: LedgerKeySource
    private let configuredOrigin: String?
    private let logger: Logger
    private let lock = NSLock()
    private var key: (signer: Ed25519NoteSigner, origin: String)?

    init(config: AppConfig, db: any Database, logger: Logger) {
        sequencer = LedgerSequencer(db: db)
        self.db = db
        checkpointInterval = config.checkpointInterval
        pollInterval = config.ledgerPollInterval
        witnesses =
            config.witnesses.isEmpty
            ? nil
            : WitnessCollector(
                witnesses: config.witnesses, quorum: config.witnessQuorum, transport: HTTPWitnessTransport())
        keySource = config.ledgerKey
        configuredOrigin = config.ledgerOrigin
        self.logger = logger
    }

    /// The log's signer and origin line (by default the key's name, as C2SP tlog-checkpoint recommends).
    func identity() throws -> (signer: Ed25519NoteSigner, origin: String) {
        try lock.withLock {
            if let key { return key }
            let logger = self.logger
            let signer = try LedgerKeys.signer(keySource, origin: configuredOrigin) { logger.warning("\($0)") }
            let origin = configuredOrigin ?? signer.name
            if origin != signer.name {
                logger.warning("检查点的日志标识「\(origin)」与账本密钥名称「\(signer.name)」不同（C2SP tlog-checkpoint 建议二者一致）")
            }
            key = (signer, origin)
            return (signer, origin)
        }
    }

    var origin: String { get throws { try identity().origin } }
    var verifier: Ed25519NoteVerifier { get throws { try identity().signer.verifier } }
    var verifiers: NoteVerifierSet { get throws { NoteVerifierSet([try verifier]) } }

    var store: LedgerStore { LedgerStore(db: db) }

    func checkpointer() throws -> LedgerCheckpointer {
        let (signer, origin) = try identity()
        return LedgerCheckpointer(origin: origin, signer: signer, db: db, witnesses: witnesses)
    }

    /// Logs every pending audit row, then signs a checkpoint if the tree grew: what the background loop does each
    /// interval, and what `POST /api/v1/ledger/checkpoint` does at once.
    @discardableResult
    func publish() async throws -> StoredCheckpoint {
        try await drainOutbox()
        return try await checkpointer().signIfGrown()
    }

    /// Logs every pending audit row; returns how many.
    @discardableResult
    func drainOutbox() async throws -> Int {
        var total = 0
        while case let count = try await sequencer.sequenceAuditEntries(), count > 0 { total += count }
        return total
    }
}

/// Runs the ledger inside `serve`, beside the job worker: drains the audit outbox every `pollInterval` seconds and
/// signs a checkpoint every `checkpointInterval` seconds when the tree grew.
final class LedgerLifecycle: LifecycleHandler, @unchecked Sendable {
    let ledger: LedgerService
    private var task: Task<Void, Never>?
    private let lock = NSLock()

    init(ledger: LedgerService) { self.ledger = ledger }

    func didBootAsync(_ application: Application) async throws {
        let ledger = self.ledger
        let logger = application.logger
        let started = Task {
            let clock = ContinuousClock()
            var lastCheckpoint: ContinuousClock.Instant?
            while !Task.isCancelled {
                do {
                    try await ledger.drainOutbox()
                    if lastCheckpoint.map({ clock.now - $0 >= .seconds(ledger.checkpointInterval) }) ?? true {
                        lastCheckpoint = clock.now
                        try await ledger.checkpointer().signIfGrown()
                    }
                } catch {
                    logger.error("evidence ledger: \(String(describing: error))")
                }
                try? await Task.sleep(for: .seconds(ledger.pollInterval))
            }
        }
        lock.withLock { task = started }
    }

    func shutdownAsync(_ application: Application) async {
        let running = lock.withLock { task }
        running?.cancel()
        await running?.value
    }
}

extension Application {
    /// The evidence log's origin line and verifier key, reading (or making) the key now.
    public func ledgerIdentity() throws -> (origin: String, vkey: String) {
        let (signer, origin) = try services.ledger.identity()
        return (origin, signer.verifier.vkey)
    }
}

extension Application {
    /// Logs every pending audit row and signs a checkpoint if the tree grew (`fazhi ledger checkpoint`).
    public func publishLedger() async throws -> StoredCheckpoint {
        try await services.ledger.publish()
    }

    /// The log's verifier key and origin when its key file is at hand; nil when there is none (a database copy
    /// examined elsewhere).
    public func ledgerVerifier() throws -> (verifier: Ed25519NoteVerifier, origin: String)? {
        do {
            let (signer, origin) = try services.ledger.identity()
            return (signer.verifier, origin)
        } catch LedgerKeyError.missing {
            return nil
        }
    }
}
