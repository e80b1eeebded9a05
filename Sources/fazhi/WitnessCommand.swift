import ArgumentParser
import FazhiCore
import FazhiWeb
import Foundation
import Vapor

/// `fazhi witness …`: run a witness (C2SP tlog-witness) for one or more logs, and manage its key.
struct WitnessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "witness",
        abstract: "A witness for evidence logs (见证方): cosigns checkpoints only of logs that never rewrite their past.",
        subcommands: [WitnessServe.self, WitnessKey.self])
}

/// Where a witness keeps its key and state.
struct WitnessOptions: ParsableArguments {
    @ArgumentParser.Option(
        help: "Folder for the witness's SQLite state and default key file (default ./data/witness).")
    var dataDir = "./data/witness"
    @ArgumentParser.Option(help: "postgres://user:pass@host:5432/db to keep the state in PostgreSQL instead.")
    var databaseURL: String?
    @ArgumentParser.Option(help: "The witness's private key file (default <data-dir>/witness.key).")
    var key: String?
    @ArgumentParser.Option(help: "The witness's name, e.g. witness.jcy.example.gov.cn; needed to make a new key.")
    var name: String?

    var keyPath: String { key ?? (dataDir as NSString).appendingPathComponent("witness.key") }

    var storage: AppConfig.Storage {
        if let databaseURL, !databaseURL.isEmpty { return .postgres(databaseURL) }
        return .sqliteFile((dataDir as NSString).appendingPathComponent("witness.sqlite"))
    }

    /// The witness's cosigner, read from the key file or, with `--name`, made there (owner-only) on first use.
    func signer() throws -> CosignatureV1Signer {
        let exists = FileManager.default.fileExists(atPath: keyPath)
        if !exists, name == nil { throw CommandFailure("见证方私钥 \(keyPath) 不存在；首次运行请用 --name 给出见证方名称以生成密钥") }
        if let name, !NoteKey.isValidName(name) { throw CommandFailure("见证方名称不能为空，也不能含空白或「+」：\(name)") }
        do {
            let key = try LedgerKeys.signer(.file(path: keyPath, create: true), origin: name) {
                print("! \($0)")
            }
            if let name, exists, key.name != name {
                throw CommandFailure("私钥 \(keyPath) 属于「\(key.name)」，不是 --name 给出的「\(name)」")
            }
            return try CosignatureV1Signer(skey: key.skey) { UInt64(Date().timeIntervalSince1970) }
        } catch let error as LedgerKeyError {
            throw CommandFailure(error.description)
        }
    }
}

struct WitnessServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve POST /add-checkpoint (C2SP tlog-witness) for the given logs.",
        discussion: """
            Each --log is a log's verifier key, optionally followed by its origin line when that differs from the
            key's name: --log 'fazhi.example.gov.cn/ledger+1a2b3c4d+AX…'. The witness cosigns a checkpoint only if
            the log's signature verifies and the tree extends the last tree it cosigned for that log (a consistency
            proof); a fork is refused (409/422) and logged as evidence. Give the printed vkey to the log's operator
            (fazhi serve --witness '<this URL> <vkey>').
            """)

    @ArgumentParser.OptionGroup var options: WitnessOptions
    @ArgumentParser.Option(help: "A log to witness: '<vkey>' or '<vkey> <origin>' (repeat for several).")
    var log: [String] = []
    @ArgumentParser.Option(help: "Address to listen on.") var host = "127.0.0.1"
    @ArgumentParser.Option(help: "Port.") var port = 8090

    func run() async throws {
        guard !log.isEmpty else { throw CommandFailure("请用 --log 给出至少一个要见证的日志公钥") }
        let logs = try log.map { text in
            do {
                return try WitnessedLog(parsing: text)
            } catch {
                throw CommandFailure("日志公钥无效（\(error)）：\(text)")
            }
        }
        let signer = try options.signer()
        let config = WitnessServerConfig(
            witness: Witness(signer: signer, logs: logs), storage: options.storage, host: host, port: port)
        var environment = Environment(name: "production", arguments: ["fazhi"])
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        do {
            try await configureWitness(app, config)
            print("法治见证方已启动: http://\(host):\(port)")
            print("见证方副署公钥 (vkey)：\(signer.verifier.vkey)")
            for entry in logs { print("见证日志：\(entry.origin)") }
            fflush(nil)
            app.environment.arguments = ["fazhi", "serve"]
            try await app.execute()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

struct WitnessKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Print the witness's cosigner key (vkey), making the key with --name if missing.")

    @ArgumentParser.OptionGroup var options: WitnessOptions

    func run() async throws {
        print(try options.signer().verifier.vkey)
    }
}
