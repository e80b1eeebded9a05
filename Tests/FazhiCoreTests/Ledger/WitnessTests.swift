import Crypto
import Testing

@testable import FazhiCore

/// A log in memory: a tree and its key, to make checkpoints and proofs for a witness.
private struct MemoryLog {
    var tree = MerkleTree()
    let signer: Ed25519NoteSigner

    init(signer: Ed25519NoteSigner, entries: Range<Int>, tag: String = "") {
        self.signer = signer
        append(entries, tag: tag)
    }

    mutating func append(_ entries: Range<Int>, tag: String = "") {
        for n in entries { tree.append(data: Array("entry \(n)\(tag)".utf8)) }
    }

    var checkpoint: Checkpoint { try! Checkpoint(origin: signer.name, size: tree.size, rootHash: tree.rootHash) }
    var note: SignedNote { try! checkpoint.sign(with: [signer]) }

    func request(from oldSize: UInt64) -> AddCheckpointRequest {
        let proof = oldSize == 0 ? [] : try! tree.consistencyProof(oldSize: oldSize, newSize: tree.size).hashes
        return AddCheckpointRequest(oldSize: oldSize, proof: proof, checkpointNote: note.serialized)
    }
}

@Suite("Witness protocol (C2SP tlog-witness) 见证副署")
struct WitnessTests {
    static let logSigner = try! Ed25519NoteSigner.generate(name: "example.gov.cn/ledger")
    static let witnessSigner = try! CosignatureV1Signer(
        name: "witness.example.org", privateKey: Curve25519.Signing.PrivateKey(), clock: { 1_764_000_000 })
    static let witness = Witness(
        signer: witnessSigner, logs: [WitnessedLog(origin: logSigner.name, verifiers: [logSigner.verifier])])

    /// What a witness records after cosigning `log`.
    private func record(_ log: MemoryLog) -> WitnessedCheckpoint {
        WitnessedCheckpoint(
            origin: log.signer.name, size: log.tree.size, rootHash: log.tree.rootHash, note: log.note.serialized)
    }

    @Test("A request body round-trips, and the spec's example shape parses")
    func requestRoundTrip() throws {
        let log = MemoryLog(signer: Self.logSigner, entries: 0..<13)
        let request = log.request(from: 5)
        let parsed = try AddCheckpointRequest(parsing: Array(request.body.utf8))
        #expect(parsed == request)
        #expect(request.body.hasPrefix("old 5\n"))
        #expect(parsed.proof.count == request.proof.count && !parsed.proof.isEmpty)
    }

    @Test(
        "Malformed requests are refused with 400",
        arguments: [
            "", "old\n\nx\n", "old 01\n\nexample\n", "old -1\n\nexample\n", "new 1\n\nexample\n",
            "old 1\nnot-base64!\n\nexample\n", "old 0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\nexample\n",
            "old 1\n", "old 1\n\n",
            "old 1\n" + String(repeating: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", count: 64) + "\nexample\n",
        ])
    func malformed(body: String) {
        #expect {
            _ = try AddCheckpointRequest(parsing: Array(body.utf8))
        } throws: { error in
            (error as? WitnessRefusal)?.status == 400
        }
    }

    @Test("The first checkpoint of a log is cosigned from old size 0, and the cosignature verifies")
    func firstCheckpoint() throws {
        let log = MemoryLog(signer: Self.logSigner, entries: 0..<7)
        let (checkpoint, note) = try Self.witness.check(log.request(from: 0), latest: nil)
        #expect(checkpoint == log.checkpoint)
        let cosignature = try Self.witness.cosign(note)
        let cosigned = try SignedNote(text: note.text, signatures: note.signatures + [cosignature])
        let verified = try cosigned.verify(using: NoteVerifierSet([Self.witnessSigner.verifier]))
        #expect(verified.verifiedSignatures.map(\.name) == ["witness.example.org"])
        #expect(Cosignature.timestamp(of: cosignature) == 1_764_000_000)
    }

    @Test("A grown tree with a valid consistency proof is cosigned; the same checkpoint again too")
    func growth() throws {
        var log = MemoryLog(signer: Self.logSigner, entries: 0..<7)
        let seen = record(log)
        log.append(7..<300)
        #expect(try Self.witness.check(log.request(from: 7), latest: seen).checkpoint.size == 300)
        #expect(try Self.witness.check(log.request(from: 300), latest: record(log)).checkpoint.size == 300)
    }

    @Test("Each refusal has the status tlog-witness gives it")
    func refusals() throws {
        var log = MemoryLog(signer: Self.logSigner, entries: 0..<7)
        let seen = record(log)
        log.append(7..<20)
        let fork = MemoryLog(signer: Self.logSigner, entries: 0..<20, tag: " (rewritten)")
        let sameSizeFork = MemoryLog(signer: Self.logSigner, entries: 0..<7, tag: " (rewritten)")
        let stranger = MemoryLog(signer: try Ed25519NoteSigner.generate(name: "other.example/log"), entries: 0..<3)
        let impostor = MemoryLog(signer: try Ed25519NoteSigner.generate(name: Self.logSigner.name), entries: 0..<20)

        func status(_ request: AddCheckpointRequest, _ latest: WitnessedCheckpoint?) -> WitnessRefusal? {
            do {
                _ = try Self.witness.check(request, latest: latest)
                return nil
            } catch {
                return error
            }
        }
        #expect(status(stranger.request(from: 0), nil) == .unknownLog(origin: "other.example/log"))
        #expect(status(impostor.request(from: 0), nil)?.status == 403)
        var tooOld = log.request(from: 7)
        tooOld.oldSize = 21
        #expect(status(tooOld, seen)?.status == 400)
        // The witness has cosigned 7; a log that believes otherwise learns the size from the 409 body.
        let stale = status(log.request(from: 0), seen)
        #expect(stale == .staleOldSize(latest: 7))
        #expect(stale?.body == "7\n")
        #expect(status(sameSizeFork.request(from: 7), seen) == .rootMismatch(size: 7))
        #expect(status(fork.request(from: 7), seen)?.status == 422)
        var badProof = log.request(from: 7)
        badProof.proof.removeLast()
        #expect(status(badProof, seen)?.status == 422)
    }

    @Test("The collector learns a witness's size from a 409, retries with a proof, and applies the quorum")
    func collector() async throws {
        var log = MemoryLog(signer: Self.logSigner, entries: 0..<10)
        let good = MemoryWitness(witness: Self.witness)
        await good.seed(record(log))
        log.append(10..<40)
        let down = FailingTransport()
        let collector = WitnessCollector(
            witnesses: [
                WitnessEndpoint(url: "http://good.test", verifier: Self.witnessSigner.verifier),
                WitnessEndpoint(
                    url: "http://down.test",
                    verifier: try CosignatureV1Signer(
                        name: "down.example.org", privateKey: .init(), clock: { 0 }
                    ).verifier),
            ],
            quorum: 2, transport: RoutingTransport(routes: ["http://good.test": good, "http://down.test": down]))
        let tree = log.tree
        let result = await collector.collect(note: log.note, checkpoint: log.checkpoint) { oldSize in
            try tree.consistencyProof(oldSize: oldSize, newSize: tree.size).hashes
        }
        #expect(result.cosignatures.map(\.name) == ["witness.example.org"])
        #expect(!result.quorumMet)
        #expect(result.refusals.map(\.witness) == ["down.example.org"])
        #expect(await good.requests.map(\.oldSize) == [0, 10], "a first try from 0, then from the size in the 409")
        #expect(await good.latest?.size == 40)
    }

    @Test("A verifier's policy counts only trusted witnesses' valid cosignatures")
    func policy() throws {
        let log = MemoryLog(signer: Self.logSigner, entries: 0..<3)
        let (_, note) = try Self.witness.check(log.request(from: 0), latest: nil)
        let other = try CosignatureV1Signer(name: "other.example.org", privateKey: .init(), clock: { 5 })
        let cosigned = try SignedNote(
            text: note.text, signatures: note.signatures + [try Self.witness.cosign(note)]
        ).serialized
        #expect(CosignaturePolicy(witnesses: [Self.witnessSigner.verifier]).check(cosigned).outcome == .passed)
        #expect(
            CosignaturePolicy(witnesses: [Self.witnessSigner.verifier, other.verifier]).check(cosigned).outcome
                == .failed)
        #expect(
            CosignaturePolicy(witnesses: [Self.witnessSigner.verifier, other.verifier], quorum: 1).check(cosigned)
                .outcome == .passed)
        #expect(CosignaturePolicy(witnesses: [other.verifier]).check(note.serialized).outcome == .failed)
    }
}

/// A witness in memory, reached through ``WitnessTransport``.
private actor MemoryWitness: WitnessTransport {
    let witness: Witness
    var latest: WitnessedCheckpoint?
    var requests: [AddCheckpointRequest] = []

    init(witness: Witness) { self.witness = witness }

    func seed(_ record: WitnessedCheckpoint) { latest = record }

    func post(url: String, body: [UInt8]) async throws -> WitnessResponse {
        let request = try AddCheckpointRequest(parsing: body)
        requests.append(request)
        do throws(WitnessRefusal) {
            let (checkpoint, note) = try witness.check(request, latest: latest)
            latest = WitnessedCheckpoint(
                origin: checkpoint.origin, size: checkpoint.size, rootHash: checkpoint.rootHash,
                note: request.checkpointNote)
            let line = try! witness.cosign(note).line + "\n"
            return WitnessResponse(status: 200, contentType: "text/plain", body: Array(line.utf8))
        } catch {
            return WitnessResponse(status: error.status, contentType: error.contentType, body: Array(error.body.utf8))
        }
    }
}

private struct FailingTransport: WitnessTransport {
    struct Unreachable: Error {}
    func post(url: String, body: [UInt8]) async throws -> WitnessResponse { throw Unreachable() }
}

private struct RoutingTransport: WitnessTransport {
    let routes: [String: any WitnessTransport]
    func post(url: String, body: [UInt8]) async throws -> WitnessResponse {
        let prefix = url.replacingOccurrences(of: "/add-checkpoint", with: "")
        return try await routes[prefix]!.post(url: url, body: body)
    }
}
