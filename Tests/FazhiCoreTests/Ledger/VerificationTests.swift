import Foundation
import Testing

@testable import FazhiCore

/// A tiled log held in memory: the files `fazhi ledger export` would write, by path.
struct MemoryTiledLog {
    let origin = "fazhi.example/ledger"
    let signer: Ed25519NoteSigner
    var entries: [[UInt8]] = []
    var files: [String: [UInt8]] = [:]

    init(entries count: Int) throws {
        signer = try Ed25519NoteSigner.generate(name: origin)
        entries = (0..<count).map { Array(#"{"record":\#($0)}"#.utf8) }
        try publish(size: count)
    }

    var verifiers: NoteVerifierSet { NoteVerifierSet([signer.verifier]) }

    /// Writes the checkpoint, tiles and entry bundles of the first `size` entries.
    mutating func publish(size: Int) throws {
        let tree = MerkleTree(leafHashes: entries.prefix(size).map { MerkleHash.leaf($0) })
        for tile in TileLayout.tiles(treeSize: tree.size) {
            files[tile.path] = TileLayout.encode(try TileLayout.hashes(of: tile, from: tree))
            if tile.level == 0 {
                let bundle = EntryBundleID(index: tile.index, width: tile.width)
                let first = Int(bundle.firstEntry)
                files[bundle.path] = try EntryBundle.encode(Array(entries[first..<(first + tile.width)]))
            }
        }
        files["checkpoint"] = Array(try checkpointNote(tree).utf8)
    }

    func checkpointNote(_ tree: MerkleTree) throws -> String {
        try Checkpoint(origin: origin, size: tree.size, rootHash: tree.rootHash).sign(with: [signer]).serialized
    }

    var source: TiledLogSource {
        let files = self.files
        return TiledLogSource(location: "memory") { files[$0] }
    }

    func receiptJSON(index: Int, size: Int) throws -> [UInt8] {
        let tree = MerkleTree(leafHashes: entries.prefix(size).map { MerkleHash.leaf($0) })
        let receipt = LogReceipt(
            entryIndex: UInt64(index), leafHash: tree.leafHash(at: UInt64(index))!,
            checkpoint: try checkpointNote(tree),
            inclusionProof: try tree.inclusionProof(leafIndex: UInt64(index), treeSize: tree.size).hashes)
        return Array(try JSONEncoder().encode(receipt))
    }
}

@Suite("Receipt check 存证验证, step by step")
struct ReceiptCheckTests {
    @Test("a valid receipt passes every step, and with its record the record step too")
    func valid() throws {
        // given
        let log = try MemoryTiledLog(entries: 20)
        let json = try log.receiptJSON(index: 7, size: 20)
        // when
        let result = ReceiptCheck.run(
            receiptJSON: json, record: log.entries[7], verifiers: log.verifiers, origin: log.origin)
        // then
        #expect(result.steps.map(\.outcome) == [.passed, .passed, .passed, .passed, .passed])
        #expect(result.steps.allPassed)
        #expect(result.checkpoint?.size == 20)
    }

    @Test("a record with other white space is recognised as the same JSON")
    func recordCanonicalised() throws {
        let log = try MemoryTiledLog(entries: 3)
        let result = ReceiptCheck.run(
            receiptJSON: try log.receiptJSON(index: 1, size: 3), record: Array(#"{ "record" : 1 }"#.utf8),
            verifiers: log.verifiers, origin: nil)
        #expect(result.steps.last?.outcome == .passed)
    }

    @Test("each failure is reported at its step", arguments: ["json", "key", "origin", "proof", "record"])
    func failures(_ what: String) throws {
        // given
        let log = try MemoryTiledLog(entries: 20)
        var json = try log.receiptJSON(index: 7, size: 20)
        var verifiers = log.verifiers
        var origin = log.origin
        var record = log.entries[7]
        var failing = ""
        switch what {
        case "json":
            json = Array("{}".utf8)
            failing = "读取凭证"
        case "key":
            verifiers = NoteVerifierSet([try Ed25519NoteSigner.generate(name: log.origin).verifier])
            failing = "检查点签名"
        case "origin":
            origin = "another.example/log"
            failing = "日志标识"
        case "proof":
            var receipt = try JSONDecoder().decode(LogReceipt.self, from: Data(json))
            receipt.inclusionProof[1] = .zero
            json = Array(try JSONEncoder().encode(receipt))
            failing = "包含证明"
        default:
            record = log.entries[8]
            failing = "原始记录"
        }
        // when
        let result = ReceiptCheck.run(receiptJSON: json, record: record, verifiers: verifiers, origin: origin)
        // then
        #expect(result.steps.first { $0.outcome == .failed }?.title == failing, "\(result.steps.map(\.line))")
        #expect(!result.steps.allPassed)
    }
}

@Suite("Tiled log check (fazhi ledger verify)")
struct TiledLogCheckTests {
    @Test("a log verifies: signature, root from tiles, every entry and tile, a saved checkpoint, a receipt")
    func verifies() async throws {
        // given: a receipt and a checkpoint saved when the log had 300 entries; it now has 600
        var log = try MemoryTiledLog(entries: 600)
        let saved = try log.checkpointNote(MerkleTree(leafHashes: log.entries.prefix(300).map { MerkleHash.leaf($0) }))
        let receipt = try log.receiptJSON(index: 299, size: 300)
        try log.publish(size: 600)
        // when
        let result = await TiledLogCheck.run(
            source: log.source, verifiers: log.verifiers, origin: log.origin,
            options: .init(previousCheckpoint: saved, receiptJSON: receipt, record: log.entries[299], allEntries: true))
        // then
        #expect(result.steps.allPassed, "\(result.steps.map(\.line))")
        #expect(result.checkpoint?.size == 600)
        #expect(result.steps.count == 12)
    }

    @Test("an altered tile, an altered entry or a rewritten history each fail their step")
    func detects() async throws {
        // given
        let log = try MemoryTiledLog(entries: 600)
        var badTile = log
        badTile.files["tile/0/002.p/88"]![5] ^= 1
        var badEntry = log
        badEntry.files["tile/entries/001"]![10] ^= 1
        var forked = try MemoryTiledLog(entries: 300)
        forked.entries[5] = Array("rewritten".utf8)
        let forkedCheckpoint = try forked.checkpointNote(
            MerkleTree(leafHashes: forked.entries.map { MerkleHash.leaf($0) }))
        let saved = try log.checkpointNote(MerkleTree(leafHashes: log.entries.prefix(300).map { MerkleHash.leaf($0) }))
        // when
        let tile = await TiledLogCheck.run(source: badTile.source, verifiers: log.verifiers, origin: log.origin)
        let entry = await TiledLogCheck.run(
            source: badEntry.source, verifiers: log.verifiers, origin: nil, options: .init(allEntries: true))
        // A checkpoint of another tree of 300 entries, signed by the same key: a split view.
        let split = await TiledLogCheck.run(
            source: log.source, verifiers: NoteVerifierSet([log.signer.verifier, forked.signer.verifier]),
            origin: log.origin, options: .init(previousCheckpoint: forkedCheckpoint))
        var rolled = log
        try rolled.publish(size: 200)
        let rolledBack = await TiledLogCheck.run(
            source: rolled.source, verifiers: log.verifiers, origin: log.origin,
            options: .init(previousCheckpoint: saved))
        // then
        #expect(tile.steps.map(\.outcome) == [.passed, .failed])
        #expect(entry.steps.last?.title == "逐条核对条目" && entry.steps.last?.outcome == .failed)
        #expect(split.steps.last?.outcome == .failed, "\(split.steps.map(\.line))")
        #expect(rolledBack.steps.map(\.outcome) == [.passed, .passed, .failed], "\(rolledBack.steps.map(\.line))")
    }

    @Test("a full tile off the right edge, altered, fails only the every-tile step (the root never reads it)")
    func detectsTileOffTheEdge() async throws {
        // given: 600 entries; the root is computed from tile/1/000.p/2 and tile/0/002.p/88, not from tile/0/000
        var log = try MemoryTiledLog(entries: 600)
        log.files["tile/0/000"]![40] ^= 1
        // when
        let result = await TiledLogCheck.run(
            source: log.source, verifiers: log.verifiers, origin: log.origin, options: .init(allEntries: true))
        // then
        #expect(result.steps.map(\.outcome) == [.passed, .passed, .passed, .failed], "\(result.steps.map(\.line))")
        #expect(result.steps.last?.title == "逐个核对瓦片" && result.steps.last?.detail.contains("tile/0/000") == true)
    }

    @Test("a full tile served in place of a partial one that is gone is accepted by the every-tile step")
    func fullTileForPartial() async throws {
        // given: the log grew from 600 to 800 entries; a mirror still has the 600-entry checkpoint and bundles but
        // has replaced tile/0/002.p/88 by the now full tile/0/002
        var log = try MemoryTiledLog(entries: 800)
        let full = log.files["tile/0/002"]!
        log.files = [:]
        try log.publish(size: 600)
        log.files["tile/0/002.p/88"] = nil
        log.files["tile/0/002"] = full
        // when
        let result = await TiledLogCheck.run(
            source: log.source, verifiers: log.verifiers, origin: log.origin, options: .init(allEntries: true))
        // then
        #expect(result.steps.allPassed, "\(result.steps.map(\.line))")
    }

    @Test("a missing checkpoint is a failed first step, not a crash")
    func missing() async {
        let result = await TiledLogCheck.run(
            source: TiledLogSource(location: "nowhere") { _ in nil }, verifiers: NoteVerifierSet([]), origin: nil)
        #expect(result.steps.map(\.outcome) == [.failed])
    }
}
