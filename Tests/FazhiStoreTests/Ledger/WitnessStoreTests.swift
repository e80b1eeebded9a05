import Crypto
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Witness state 见证状态")
struct WitnessStoreTests {
    static let log = try! Ed25519NoteSigner.generate(name: "test.fazhi.local/ledger")
    static let witness = Witness(
        signer: try! CosignatureV1Signer(name: "w.test", privateKey: .init(), clock: { 1 }),
        logs: [WitnessedLog(origin: log.name, verifiers: [log.verifier])])

    private func request(_ tree: MerkleTree, size: UInt64, from oldSize: UInt64) throws -> AddCheckpointRequest {
        var prefix = MerkleTree()
        for index in 0..<size { prefix.append(leafHash: tree.leafHash(at: index)!) }
        let note = try Checkpoint(origin: Self.log.name, size: size, rootHash: prefix.rootHash).sign(with: [Self.log])
        let proof = oldSize == 0 ? [] : try prefix.consistencyProof(oldSize: oldSize, newSize: size).hashes
        return AddCheckpointRequest(oldSize: oldSize, proof: proof, checkpointNote: note.serialized)
    }

    @Test("Racing requests from the same old size: exactly one is cosigned, the others are told the new size")
    func compareAndSet() async throws {
        try await TestStore.with { store in
            var tree = MerkleTree()
            for n in 0..<100 { tree.append(data: Array("entry \(n)".utf8)) }
            let witnessStore = WitnessStore(db: store.db)
            _ = try await witnessStore.addCheckpoint(try request(tree, size: 5, from: 0), witness: Self.witness)
            let sizes: [UInt64] = [10, 20, 30, 40, 50, 60, 70, 80]
            let requests = try sizes.map { try request(tree, size: $0, from: 5) }
            let outcomes = await withTaskGroup(of: (UInt64, WitnessRefusal?).self) { group in
                for (size, request) in zip(sizes, requests) {
                    group.addTask {
                        do {
                            _ = try await witnessStore.addCheckpoint(request, witness: Self.witness)
                            return (size, nil)
                        } catch {
                            return (size, error as? WitnessRefusal ?? .badRequest("\(error)"))
                        }
                    }
                }
                var all: [(UInt64, WitnessRefusal?)] = []
                for await outcome in group { all.append(outcome) }
                return all
            }
            let winners = outcomes.filter { $0.1 == nil }.map(\.0)
            #expect(winners.count == 1)
            let latest = try await witnessStore.latest(origin: Self.log.name)
            #expect(latest?.size == winners.first)
            for (_, refusal) in outcomes where refusal != nil {
                #expect(refusal == .staleOldSize(latest: winners.first ?? 0))
            }
        }
    }

    @Test("A refused request changes nothing")
    func refusalKeepsState() async throws {
        try await TestStore.with { store in
            var tree = MerkleTree()
            for n in 0..<9 { tree.append(data: Array("entry \(n)".utf8)) }
            let witnessStore = WitnessStore(db: store.db)
            _ = try await witnessStore.addCheckpoint(try request(tree, size: 6, from: 0), witness: Self.witness)
            var fork = MerkleTree()
            for n in 0..<9 { fork.append(data: Array("forged \(n)".utf8)) }
            var forged = try request(fork, size: 9, from: 6)
            forged.proof = try request(tree, size: 9, from: 6).proof
            await #expect(throws: WitnessRefusal.self) {
                try await witnessStore.addCheckpoint(forged, witness: Self.witness)
            }
            let latest = try await witnessStore.latest(origin: Self.log.name)
            #expect(latest?.size == 6)
        }
    }
}
