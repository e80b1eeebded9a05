import FazhiCore
import Foundation

/// The whole configuration, decoded once at start (command-line options over environment
/// variables over defaults) and validated before anything else happens.
public struct AppConfig: Sendable {
    public enum Storage: Sendable, Equatable {
        case sqliteFile(String)
        /// A test's throw-away file: WAL like a server's file, but without the process-wide write gate
        /// (`SQLiteWriteGate`), which would make every test's database wait on the others'.
        case sqliteScratch(String)
        case postgres(String)
    }

    public var host = "127.0.0.1"
    public var port = 8080
    public var dataDir = "./data"
    public var storage = Storage.sqliteFile("./data/fazhi.sqlite")
    /// Load the demo region into an empty database.
    public var loadDemo = true
    /// Run the job worker inside the server process.
    public var runWorker = true
    /// Apply pending migrations at start.
    public var autoMigrate = true
    /// Set the Secure flag on cookies (turn on behind HTTPS).
    public var secureCookies = false
    public var bcryptCost = 12
    /// The largest request body read, for JSON and ordinary forms (file uploads: `UploadLimit`).
    public var maxBodySize = "2mb"
    public var levelPreset = LevelPreset.innerMongolia
    public var logLevel = "info"
    /// When owners of deadlines are reminded (working days before the last day).
    public var reminders = ReminderPolicy()
    /// The evidence log's signing key (see `LedgerKeys`).
    public var ledgerKey = LedgerKeySource.file(path: "./data/ledger.key", create: true)
    /// The checkpoint origin line; nil takes the key's name (C2SP tlog-checkpoint: they should match).
    public var ledgerOrigin: String?
    /// Seconds between checkpoints, signed only when the tree grew.
    public var checkpointInterval: Double = 10
    /// Seconds between drains of the audit outbox into the log.
    public var ledgerPollInterval: Double = 0.5
    /// The witnesses asked to cosign each checkpoint (C2SP tlog-witness); none by default.
    public var witnesses: [WitnessEndpoint] = []
    /// How many of them must cosign before a checkpoint is published (k of n; default all).
    public var witnessQuorum = 0

    public init() {}

    /// Configuration for tests: the given database, no demo, no background worker, fast password
    /// hashing.
    public static func testing(storage: Storage) -> AppConfig {
        var config = AppConfig()
        config.storage = storage
        config.loadDemo = false
        config.runWorker = false
        config.bcryptCost = 4
        config.logLevel = "warning"
        config.ledgerKey = .ephemeral
        config.ledgerOrigin = "test.fazhi.local/ledger"
        return config
    }
}

/// The raw settings as given on the command line; nil means "not given".
public struct ConfigInput: Sendable {
    public var host: String?
    public var port: Int?
    public var dataDir: String?
    public var databaseURL: String?
    public var noDemo = false
    public var noWorker = false
    public var secureCookies = false
    public var levelPreset: String?
    public var logLevel: String?
    public var reminderLeadDays: String?
    public var ledgerKey: String?
    public var ledgerOrigin: String?
    public var checkpointInterval: Double?
    /// Witnesses, each `<url> <vkey>`.
    public var witnesses: [String] = []
    public var witnessQuorum: Int?

    public init() {}
}

/// Where the evidence log's Ed25519 key comes from.
public enum LedgerKeySource: Sendable, Equatable {
    /// A note-format private key file; with `create`, made (owner-only) on first start when missing.
    case file(path: String, create: Bool)
    /// A key made at start and never stored: tests only, as its checkpoints cannot be signed again.
    case ephemeral
}

public enum ConfigError: Error, CustomStringConvertible {
    case invalid([String])

    public var description: String {
        switch self {
        case .invalid(let problems):
            "配置有误 (configuration error):\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
        }
    }
}

extension AppConfig {
    /// Resolves options over the environment (`FAZHI_HOST`, `FAZHI_PORT`, `FAZHI_DATA_DIR`,
    /// `DATABASE_URL`, `FAZHI_NO_DEMO`, `FAZHI_NO_WORKER`, `FAZHI_SECURE_COOKIES`,
    /// `FAZHI_LEVEL_PRESET`, `LOG_LEVEL`, `FAZHI_REMINDER_LEAD_DAYS`, `FAZHI_LEDGER_KEY`, `FAZHI_LEDGER_ORIGIN`,
    /// `FAZHI_CHECKPOINT_INTERVAL`, `FAZHI_WITNESSES`, `FAZHI_WITNESS_QUORUM`) over defaults, and validates the
    /// result.
    public static func resolve(_ input: ConfigInput, environment: [String: String]) throws -> AppConfig {
        var config = AppConfig()
        var problems: [String] = []
        func flag(_ name: String) -> Bool { ["1", "true", "yes"].contains(environment[name]?.lowercased() ?? "") }
        config.host = input.host ?? environment["FAZHI_HOST"] ?? config.host
        if let port = input.port {
            config.port = port
        } else if let text = environment["FAZHI_PORT"] {
            if let port = Int(text) { config.port = port } else { problems.append("FAZHI_PORT 不是数字: \(text)") }
        }
        if !(1...65535).contains(config.port) { problems.append("端口须在 1–65535 之间: \(config.port)") }
        if config.host.isEmpty { problems.append("--host 不能为空") }
        config.dataDir = input.dataDir ?? environment["FAZHI_DATA_DIR"] ?? config.dataDir
        if let url = input.databaseURL ?? environment["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                config.storage = .postgres(url)
            } else if url.hasPrefix("sqlite://") {
                config.storage = .sqliteFile(String(url.dropFirst("sqlite://".count)))
            } else {
                problems.append("数据库地址须以 postgres://、postgresql:// 或 sqlite:// 开头")
            }
        } else {
            config.storage = .sqliteFile((config.dataDir as NSString).appendingPathComponent("fazhi.sqlite"))
        }
        config.loadDemo = !(input.noDemo || flag("FAZHI_NO_DEMO"))
        config.runWorker = !(input.noWorker || flag("FAZHI_NO_WORKER"))
        config.secureCookies = input.secureCookies || flag("FAZHI_SECURE_COOKIES")
        if let preset = input.levelPreset ?? environment["FAZHI_LEVEL_PRESET"] {
            if let found = LevelPreset.named(preset) {
                config.levelPreset = found
            } else {
                problems.append("未知的层级预设「\(preset)」，可选：\(LevelPreset.all.map(\.id).joined(separator: "、"))")
            }
        }
        config.logLevel = input.logLevel ?? environment["LOG_LEVEL"] ?? config.logLevel
        if !["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(config.logLevel) {
            problems.append("未知的日志级别「\(config.logLevel)」")
        }
        if let text = input.reminderLeadDays ?? environment["FAZHI_REMINDER_LEAD_DAYS"] {
            if let policy = ReminderPolicy.parse(text) {
                config.reminders = policy
            } else {
                problems.append("提醒提前天数应为 0–60 之间的工作日数，用逗号分隔，如「3,1」：\(text)")
            }
        }
        resolveLedger(input, environment: environment, into: &config, problems: &problems)
        if !problems.isEmpty { throw ConfigError.invalid(problems) }
        return config
    }

    private static func resolveLedger(
        _ input: ConfigInput, environment: [String: String], into config: inout AppConfig, problems: inout [String]
    ) {
        if let path = input.ledgerKey ?? environment["FAZHI_LEDGER_KEY"], !path.isEmpty {
            config.ledgerKey = .file(path: path, create: false)
        } else {
            config.ledgerKey = .file(
                path: (config.dataDir as NSString).appendingPathComponent("ledger.key"), create: true)
        }
        if let origin = input.ledgerOrigin ?? environment["FAZHI_LEDGER_ORIGIN"] {
            if NoteKey.isValidName(origin) {
                config.ledgerOrigin = origin
            } else {
                problems.append("存证日志标识（--ledger-origin）不能为空，也不能含空白或「+」：\(origin)")
            }
        }
        if let interval = input.checkpointInterval {
            config.checkpointInterval = interval
        } else if let text = environment["FAZHI_CHECKPOINT_INTERVAL"] {
            if let interval = Double(text) {
                config.checkpointInterval = interval
            } else {
                problems.append("FAZHI_CHECKPOINT_INTERVAL 不是数字: \(text)")
            }
        }
        if !(1...86_400).contains(config.checkpointInterval) {
            problems.append("检查点间隔须在 1–86400 秒之间: \(config.checkpointInterval)")
        }
        resolveWitnesses(input, environment: environment, into: &config, problems: &problems)
    }

    /// `--witness "<url> <vkey>"` (repeated) or `FAZHI_WITNESSES` (entries separated by `;` or new lines), and
    /// the quorum, which defaults to every witness.
    private static func resolveWitnesses(
        _ input: ConfigInput, environment: [String: String], into config: inout AppConfig, problems: inout [String]
    ) {
        let entries =
            input.witnesses.isEmpty
            ? (environment["FAZHI_WITNESSES"] ?? "").split(whereSeparator: { $0 == ";" || $0 == "\n" }).map(String.init)
            : input.witnesses
        for entry in entries where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                config.witnesses.append(try WitnessEndpoint(parsing: entry))
            } catch {
                problems.append(error.description)
            }
        }
        if Set(config.witnesses.map(\.url)).count < config.witnesses.count { problems.append("同一见证方网址出现了两次") }
        var quorum = input.witnessQuorum
        if quorum == nil, let text = environment["FAZHI_WITNESS_QUORUM"], !text.isEmpty {
            quorum = Int(text)
            if quorum == nil { problems.append("FAZHI_WITNESS_QUORUM 不是整数: \(text)") }
        }
        config.witnessQuorum = quorum ?? config.witnesses.count
        if !config.witnesses.isEmpty, !(1...config.witnesses.count).contains(config.witnessQuorum) {
            problems.append("见证副署门限（--witness-quorum）须在 1–\(config.witnesses.count) 之间: \(config.witnessQuorum)")
        } else if config.witnesses.isEmpty, quorum.map({ $0 != 0 }) ?? false {
            problems.append("设置了见证副署门限，却没有配置见证方（--witness）")
        }
    }

    /// Where the server can be reached, for the start-up message.
    public var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }
}
