import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi ledger export DIR`: the log as static files in the C2SP tlog-tiles layout, for a mirror, a static web
/// server, or `fazhi ledger verify --log DIR`.
struct LedgerExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the latest checkpoint, its tiles and entry bundles (C2SP tlog-tiles) to a folder.",
        discussion: """
            Full tiles already in the folder are kept (they never change); partial tiles of the current size are
            written, and the checkpoint last, so that a reader of the folder never finds a checkpoint whose tiles are
            missing.
            """)

    @ArgumentParser.Argument(help: "The folder to write.") var folder: String
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.OptionGroup var key: LedgerKeyOptions

    func run() async throws {
        let config = try commandConfig(database, key: key, migrate: false)
        try await withApplication(config) { app in
            let publication = LedgerPublication(store: LedgerStore(db: app.db))
            let checkpoint = try await publication.checkpoint()
            var written = 0
            for tile in TileLayout.tiles(treeSize: checkpoint.size) {
                var resources = [(tile.path, TileResource.hashes(tile))]
                if tile.level == 0 {
                    let bundle = EntryBundleID(index: tile.index, width: tile.width)
                    resources.append((bundle.path, .entries(bundle)))
                }
                for (path, resource) in resources {
                    let target = (folder as NSString).appendingPathComponent(path)
                    if !tile.isPartial, FileManager.default.fileExists(atPath: target) { continue }
                    try write(try await publication.bytes(of: resource, treeSize: checkpoint.size), to: target)
                    written += 1
                }
            }
            if let known = try app.ledgerVerifier() {
                try write(
                    Array((known.verifier.vkey + "\n").utf8), to: (folder as NSString).appendingPathComponent("vkey"))
            }
            try write(Array(checkpoint.note.utf8), to: (folder as NSString).appendingPathComponent("checkpoint"))
            print("已导出大小为 \(checkpoint.size) 的树：写入 \(written) 个瓦片和条目包及检查点到 \(folder)")
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// `fazhi ledger checkpoint`: log the pending audit rows and sign a checkpoint now.
struct LedgerCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint", abstract: "Log pending audit records and sign a checkpoint if the log grew.")

    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.OptionGroup var key: LedgerKeyOptions
    @ArgumentParser.OptionGroup var witnesses: WitnessPolicyOptions

    func run() async throws {
        let config = try commandConfig(database, key: key, witnesses: witnesses, migrate: true, makesKey: true)
        try await withApplication(config) { app in
            let checkpoint = try await app.publishLedger()
            print(checkpoint.note, terminator: "")
        }
    }
}

/// `fazhi ledger key`: the log's origin line and verifier key, to publish.
struct LedgerKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print the log's origin and verifier key (making the key on first use, as serve does).")

    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.OptionGroup var key: LedgerKeyOptions

    func run() async throws {
        let config = try commandConfig(database, key: key, migrate: false, makesKey: true)
        try await withApplication(config) { app in
            let identity = try app.ledgerIdentity()
            print("origin \(identity.origin)")
            print("vkey   \(identity.vkey)")
        }
    }
}
