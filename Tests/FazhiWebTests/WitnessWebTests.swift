import Crypto
import FazhiTestSupport
import Fluent
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// A witness (`fazhi witness serve`'s composition root) listening on a free loopback port.
private struct LoopbackWitness {
    let app: Application
    let signer: CosignatureV1Signer
    let url: String
    let databasePath: String

    static func start(name: String, following log: Ed25519NoteVerifier) async throws -> LoopbackWitness {
        let signer = try CosignatureV1Signer(name: name, privateKey: .init()) { UInt64(Date().timeIntervalSince1970) }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .critical
        let path = ScratchSQLite.newPath()
        do {
            try await configureWitness(
                app,
                WitnessServerConfig(
                    witness: Witness(signer: signer, logs: [WitnessedLog(origin: log.name, verifiers: [log])]),
                    storage: .sqliteScratch(path)))
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            return LoopbackWitness(app: app, signer: signer, url: "http://127.0.0.1:\(port)", databasePath: path)
        } catch {
            try? await app.asyncShutdown()
            ScratchSQLite.remove(path)
            throw error
        }
    }

    var endpoint: WitnessEndpoint { WitnessEndpoint(url: url, verifier: signer.verifier) }

    func stop() async {
        await app.server.shutdown()
        try? await app.asyncShutdown()
        ScratchSQLite.remove(databasePath)
    }
}

@Suite("Witnesses over loopback HTTP 见证方")
struct WitnessWebTests {
    static let logSigner = try! Ed25519NoteSigner.generate(name: "test.fazhi.local/witnessed-ledger")

    /// Appends `count` entries tagged `tag` to the log in `db`.
    private func append(_ count: Int, tag: String, to db: any Database) async throws {
        let sequencer = LedgerSequencer(db: db)
        for n in 0..<count { _ = try await sequencer.append(Array("\(tag) \(n)".utf8)) }
    }

    /// A checkpointer with a fresh collector, as after a restart: it does not know what the witnesses saw.
    /// The timeout is generous because CI runs a thousand tests at once on two cores and a live loopback witness
    /// once took over a second to answer there; only the test with a witness that is down waits it out.
    private func checkpointer(
        _ db: any Database, _ witnesses: [LoopbackWitness], quorum: Int, timeout: TimeAmount = .seconds(30)
    ) -> LedgerCheckpointer {
        LedgerCheckpointer(
            origin: Self.logSigner.name, signer: Self.logSigner, db: db,
            witnesses: WitnessCollector(
                witnesses: witnesses.map(\.endpoint), quorum: quorum,
                transport: HTTPWitnessTransport(timeout: timeout)))
    }

    @Test("two witnesses cosign a growing log; each refuses a fork of it, and the log publishes nothing uncosigned")
    func twoWitnessesAndAFork() async throws {
        let w1 = try await LoopbackWitness.start(name: "w1.test", following: Self.logSigner.verifier)
        let w2 = try await LoopbackWitness.start(name: "w2.test", following: Self.logSigner.verifier)
        defer {
            Task {
                await w1.stop(); await w2.stop()
            }
        }
        try await TestApp.with(demo: false) { real in
            // given a log cosigned by both witnesses at 5 entries
            try await append(5, tag: "real", to: real.db)
            let first = try await checkpointer(real.db, [w1, w2], quorum: 2).signIfGrown()
            #expect(first.size == 5)
            // when it grows, a restarted log (sizes forgotten) learns them from the 409s and proves 5 → 8
            try await append(3, tag: "real", to: real.db)
            let second = try await checkpointer(real.db, [w1, w2], quorum: 2).signIfGrown()
            // then the published checkpoint carries both cosignatures, and a client requiring both accepts it
            #expect(second.size == 8)
            let policy = CosignaturePolicy(witnesses: [w1.signer.verifier, w2.signer.verifier])
            #expect(policy.check(second.note).outcome == .passed)
            let result = await TiledLogCheck.run(
                source: real.ledgerSource, verifiers: NoteVerifierSet([Self.logSigner.verifier]),
                origin: Self.logSigner.name, options: .init(allEntries: true, witnesses: policy))
            #expect(result.steps.allPassed, "\(result.steps.map(\.line))")

            // A fork: the same key and origin, the first 8 entries rewritten. Presented to w1 at the size w1
            // cosigned, it is a second root for size 8 (409); grown to 10 and presented to w2, no consistency proof
            // from w2's tree can exist (422).
            try await TestApp.with(demo: false) { fork in
                try await append(8, tag: "rewritten", to: fork.db)
                await #expect {
                    try await checkpointer(fork.db, [w1], quorum: 1).signIfGrown()
                } throws: { error in
                    guard case .witnessQuorumNotMet(8, 0, 1, let refusals) = error as? LedgerError else { return false }
                    return refusals.count == 1 && refusals[0].contains("HTTP 409") && refusals[0].contains("分叉")
                }
                try await append(2, tag: "rewritten", to: fork.db)
                await #expect {
                    try await checkpointer(fork.db, [w2], quorum: 1).signIfGrown()
                } throws: { error in
                    guard case .witnessQuorumNotMet(10, 0, 1, let refusals) = error as? LedgerError else {
                        return false
                    }
                    return refusals.count == 1 && refusals[0].contains("HTTP 422")
                }
                #expect(try await LedgerStore(db: fork.db).latestCheckpoint() == nil, "nothing was published")
            }

            // The witnesses' state was not moved by the fork: both go on cosigning the real log.
            try await append(4, tag: "real", to: real.db)
            let third = try await checkpointer(real.db, [w1, w2], quorum: 2).signIfGrown()
            #expect(third.size == 12)
            #expect(policy.check(third.note).outcome == .passed)
            let state = try await WitnessStore(db: w1.app.db).latest(origin: Self.logSigner.name)
            #expect(state?.size == 12)
        }
    }

    @Test("a witness that is down counts against the quorum; with k of n the checkpoint is still published")
    func quorum() async throws {
        let w1 = try await LoopbackWitness.start(name: "w1.test", following: Self.logSigner.verifier)
        let down = try await LoopbackWitness.start(name: "down.test", following: Self.logSigner.verifier)
        await down.stop()
        defer { Task { await w1.stop() } }
        try await TestApp.with(demo: false) { t in
            try await append(3, tag: "entry", to: t.db)
            await #expect(throws: LedgerError.self) {
                try await checkpointer(t.db, [w1, down], quorum: 2, timeout: .seconds(10)).signIfGrown()
            }
            #expect(try await LedgerStore(db: t.db).latestCheckpoint() == nil)
            let published = try await checkpointer(t.db, [w1, down], quorum: 1, timeout: .seconds(10)).signIfGrown()
            #expect(CosignaturePolicy(witnesses: [w1.signer.verifier]).check(published.note).outcome == .passed)
        }
    }

    @Test("the witness answers the protocol's statuses over HTTP and shows its state")
    func httpStatuses() async throws {
        let w1 = try await LoopbackWitness.start(name: "w1.test", following: Self.logSigner.verifier)
        defer { Task { await w1.stop() } }
        var tree = MerkleTree()
        for n in 0..<4 { tree.append(data: Array("e\(n)".utf8)) }
        let note = try Checkpoint(origin: Self.logSigner.name, size: 4, rootHash: tree.rootHash)
            .sign(with: [Self.logSigner])
        // As generous as `checkpointer`'s: at the start of a CI run every test is migrating its database and the
        // witness's queries wait in the same thread pool's queue (5 s was once not enough).
        let transport = HTTPWitnessTransport(timeout: .seconds(30))
        let url = w1.url + "/add-checkpoint"
        let ok = try await transport.post(
            url: url,
            body: Array(AddCheckpointRequest(oldSize: 0, proof: [], checkpointNote: note.serialized).body.utf8))
        #expect(ok.status == 200)
        #expect(String(decoding: ok.body, as: UTF8.self).hasPrefix("— w1.test "))
        let stale = try await transport.post(
            url: url,
            body: Array(AddCheckpointRequest(oldSize: 0, proof: [], checkpointNote: note.serialized).body.utf8))
        #expect(stale.status == 409)
        #expect(stale.contentType == "text/x.tlog.size")
        #expect(String(decoding: stale.body, as: UTF8.self) == "4\n")
        let garbage = try await transport.post(url: url, body: Array("hello".utf8))
        #expect(garbage.status == 400)
        let summary = try await w1.app.client.get(URI(string: w1.url + "/"))
        #expect(summary.body.map { String(buffer: $0) }?.contains("已副署至树大小 4") == true)
    }
}
