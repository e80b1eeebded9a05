import ArgumentParser
import FazhiCore
import FazhiWeb
import Foundation
import Vapor

/// `fazhi serve`: migrate, load the demo region into an empty database, and serve.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web server (and the job worker).")

    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Address to listen on (env FAZHI_HOST; default 127.0.0.1).") var host: String?
    @ArgumentParser.Option(help: "Port (env FAZHI_PORT; default 8080).") var port: Int?
    @ArgumentParser.Flag(help: "Do not load demo data into an empty database (env FAZHI_NO_DEMO=1).") var noDemo = false
    @ArgumentParser.Flag(help: "Do not run the job worker in this process (env FAZHI_NO_WORKER=1).") var noWorker =
        false
    @ArgumentParser.Flag(help: "Mark cookies Secure; use behind HTTPS (env FAZHI_SECURE_COOKIES=1).")
    var secureCookies = false
    @ArgumentParser.Option(help: "Level names: inner-mongolia, ningxia or province (env FAZHI_LEVEL_PRESET).")
    var levelPreset: String?
    @ArgumentParser.Option(help: "trace, debug, info, notice, warning, error or critical (env LOG_LEVEL).")
    var logLevel: String?
    @ArgumentParser.Option(
        help: "Working days before a deadline when its owner is reminded, e.g. 3,1 (env FAZHI_REMINDER_LEAD_DAYS).")
    var reminderLeadDays: String?
    @ArgumentParser.Option(
        help:
            "The evidence log's private key file (env FAZHI_LEDGER_KEY; default <data-dir>/ledger.key, made on first start)."
    )
    var ledgerKey: String?
    @ArgumentParser.Option(
        help:
            "The log's origin line, e.g. fazhi.example.gov.cn/ledger (env FAZHI_LEDGER_ORIGIN; default the key's name)."
    )
    var ledgerOrigin: String?
    @ArgumentParser.Option(
        help: "Seconds between checkpoints, signed when the log grew (env FAZHI_CHECKPOINT_INTERVAL; default 10).")
    var checkpointInterval: Double?
    @ArgumentParser.OptionGroup var witnesses: WitnessPolicyOptions

    func run() async throws {
        var input = database.input
        input.host = host
        input.port = port
        input.noDemo = noDemo
        input.noWorker = noWorker
        input.secureCookies = secureCookies
        input.levelPreset = levelPreset
        input.logLevel = logLevel
        input.reminderLeadDays = reminderLeadDays
        input.ledgerKey = ledgerKey
        input.ledgerOrigin = ledgerOrigin
        input.checkpointInterval = checkpointInterval
        witnesses.apply(to: &input)
        let config = try resolveConfig(input)
        try await withApplication(config) { app in
            // A bad key stops the start here rather than at the first checkpoint.
            let ledger = try app.ledgerIdentity()
            print("法治政府建设一体化平台 Fazhi 已启动: \(config.url)")
            print("存证账本：\(ledger.origin)，公钥 \(ledger.vkey)")
            if !config.witnesses.isEmpty {
                print("见证方：\(config.witnesses.map(\.name).joined(separator: "、"))，需 \(config.witnessQuorum) 个副署")
            }
            if app.isDemoData {
                print("演示数据：登录名 \(DemoRegion.users.map(\.username).joined(separator: " / "))，密码 \(DemoRegion.password)")
            }
            // Flushed now: stdout to a file is block-buffered and the server runs until stopped.
            fflush(nil)
            app.environment.arguments = ["fazhi", "serve"]
            try await app.execute()
        }
    }
}
