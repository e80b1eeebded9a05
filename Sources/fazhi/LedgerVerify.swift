import ArgumentParser
import AsyncHTTPClient
import FazhiCore
import Foundation

/// `fazhi ledger verify`: checks a published log from outside, trusting only the verifier key.
struct LedgerVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a published log: checkpoint signature, root from the tiles, consistency, a receipt.",
        discussion: """
            --log is the log's URL prefix (https://example.gov.cn/ledger) or a folder written by `fazhi ledger export`.
            With --checkpoint FILE, the log must extend the checkpoint saved in FILE (RFC 9162 consistency); after a
            successful run FILE holds the new checkpoint, so running this regularly monitors the log. A FILE that does
            not exist yet is created. Exit status 0 when every check passed, 1 otherwise.
            """)

    @ArgumentParser.Option(help: "The log's URL prefix or an exported folder.") var log: String
    @ArgumentParser.Option(
        help:
            "The verifier key (vkey), or a file holding it. Without it, the log's own /vkey is used, which proves nothing about who runs the log."
    )
    var vkey: String?
    @ArgumentParser.Option(help: "The origin line the checkpoint must carry (default: not checked).") var origin:
        String?
    @ArgumentParser.Option(help: "A checkpoint saved earlier; updated after a successful run.") var checkpoint: String?
    @ArgumentParser.Option(help: "A receipt (receipt.json) to check against the log.") var receipt: String?
    @ArgumentParser.Option(help: "The record the receipt is for (record.json).") var record: String?
    @ArgumentParser.Flag(help: "Also fetch every entry bundle, rebuild the tree from the entries and check every tile.")
    var entries = false
    @ArgumentParser.Option(help: "A witness's cosigner key (vkey) or a file holding it; repeat for several.")
    var witnessKey: [String] = []
    @ArgumentParser.Option(help: "How many of the --witness-key witnesses must have cosigned (default all).")
    var witnessQuorum: Int?

    func run() async throws {
        let source = Self.source(log)
        let verifier = try await self.verifier(source)
        let witnesses = try self.witnesses()
        let saved = try checkpoint.flatMap { path in
            FileManager.default.fileExists(atPath: path) ? try read(path) : nil
        }
        if checkpoint != nil, saved == nil { print("– 首次运行：尚无保存的检查点，本次核验通过后保存") }
        let result = await TiledLogCheck.run(
            source: source, verifiers: NoteVerifierSet([verifier]), origin: origin,
            options: .init(
                previousCheckpoint: saved, receiptJSON: try receipt.map { Array(try read($0).utf8) },
                record: try record.map { Array(try read($0).utf8) }, allEntries: entries, witnesses: witnesses))
        defer {
            if let path = checkpoint, let note = result.checkpointNote, result.steps.allPassed {
                try? note.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        try report(result.steps)
    }

    private func verifier(_ source: TiledLogSource) async throws -> Ed25519NoteVerifier {
        var text = vkey
        if let given = vkey, FileManager.default.fileExists(atPath: given) { text = try read(given) }
        if text == nil {
            guard let published = try await source.fetch("vkey") else {
                throw CommandFailure("请用 --vkey 给出日志的验证公钥")
            }
            text = String(decoding: published, as: UTF8.self)
            print("! 未给出 --vkey：使用日志自己公布的公钥，只能证明日志自洽，不能证明日志由谁运营")
        }
        do {
            return try Ed25519NoteVerifier(vkey: text!.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw CommandFailure("验证公钥无效：\(error.message)")
        }
    }

    /// The cosignature policy of --witness-key and --witness-quorum, nil when no witness key is given.
    private func witnesses() throws -> CosignaturePolicy? {
        guard !witnessKey.isEmpty else {
            if witnessQuorum != nil { throw CommandFailure("给出了 --witness-quorum，却没有 --witness-key") }
            return nil
        }
        let keys = try witnessKey.map { given in
            let text = FileManager.default.fileExists(atPath: given) ? try read(given) : given
            do {
                return try CosignatureV1Verifier(vkey: text.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                throw CommandFailure("见证方公钥无效（\(error)）：\(given)")
            }
        }
        if let quorum = witnessQuorum, !(1...keys.count).contains(quorum) {
            throw CommandFailure("--witness-quorum 须在 1–\(keys.count) 之间")
        }
        return CosignaturePolicy(witnesses: keys, quorum: witnessQuorum)
    }

    private func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("无法读取文件 \(path)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The log over HTTP(S), or a folder.
    static func source(_ location: String) -> TiledLogSource {
        if location.hasPrefix("http://") || location.hasPrefix("https://") {
            let prefix = location.hasSuffix("/") ? String(location.dropLast()) : location
            return TiledLogSource(location: prefix) { path in
                let response = try await HTTPClient.shared.execute(
                    HTTPClientRequest(url: prefix + "/" + path), timeout: .seconds(30))
                if response.status == .notFound { return nil }
                guard response.status == .ok else {
                    throw CommandFailure("\(prefix)/\(path) 返回 HTTP \(response.status.code)")
                }
                return Array(try await response.body.collect(upTo: 64 << 20).readableBytesView)
            }
        }
        return TiledLogSource(location: location) { path in
            FileManager.default.contents(atPath: (location as NSString).appendingPathComponent(path)).map(Array.init)
        }
    }
}
