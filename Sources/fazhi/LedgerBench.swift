import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation
import Vapor

/// `fazhi ledger bench`: durable appends through the sequencer (group commit) from many concurrent appenders,
/// with throughput and latency to acknowledgement. Also the load generator of `scripts/ledger/kill-test.sh`,
/// which kills it mid-stream (`--ack-log`).
struct LedgerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark durable appends with group commit (throughput, p50/p99 latency to acknowledgement).",
        discussion: """
            Without --data-dir or --database-url it runs on a new SQLite file in a temporary folder. On an existing
            database it refuses unless --continue (the benchmark's entries are claimed by no audit row, which
            `fazhi ledger audit` reports unless given --unclaimed-ok).
            """)

    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Appends in all (ignored with --seconds).") var count = 100_000
    @ArgumentParser.Option(help: "Run for this many seconds instead of a count.") var seconds: Double?
    @ArgumentParser.Option(help: "Concurrent appenders.") var appenders = 256
    @ArgumentParser.Option(help: "Bytes per entry.") var entryBytes = 256
    @ArgumentParser.Option(help: "Write one line per acknowledged append to this file (index and payload id).")
    var ackLog: String?
    @ArgumentParser.Option(help: "Write the figures as JSON to this file.") var json: String?
    @ArgumentParser.Flag(help: "Append to a database that already holds entries.") var `continue` = false
    @ArgumentParser.Flag(help: "Make real writes (organisations, each with its audit row) and let the outbox log them.")
    var viaOutbox = false

    func run() async throws {
        var input = database.input
        var scratch: String?
        let environment = ProcessInfo.processInfo.environment
        if database.dataDir == nil, database.databaseURL == nil, (environment["DATABASE_URL"] ?? "").isEmpty,
            (environment["FAZHI_DATA_DIR"] ?? "").isEmpty
        {
            scratch = NSTemporaryDirectory() + "fazhi-ledger-bench-\(UUID().uuidString.prefix(8))"
            input.dataDir = scratch
        }
        defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }
        var config = try resolveConfig(input)
        config.loadDemo = false
        config.runWorker = false
        var durability = ""
        let figures = try await withApplication(config) { app in
            let store = LedgerStore(db: app.db)
            durability = try await store.durabilitySetting()
            if try await store.size() > 0, !self.continue {
                throw CommandFailure("数据库中已有账本条目；基准测试请用空数据库，或加 --continue")
            }
            let acks = try ackLog.map { try AckLog(path: $0) }
            let workload = Workload(
                count: seconds == nil ? count : Int.max, deadline: seconds.map { ContinuousClock.now + .seconds($0) },
                appenders: appenders, entryBytes: entryBytes)
            return
                viaOutbox
                ? try await Self.runViaOutbox(app: app, workload: workload, acks: acks)
                : try await Self.runAppends(app: app, workload: workload, acks: acks)
        }
        let storage = if case .postgres = config.storage { "postgresql" } else { "sqlite" }
        print(figures.summary(storage: (storage == "sqlite" ? "SQLite" : "PostgreSQL") + " (\(durability))"))
        if let json {
            try figures.json(storage: storage).write(
                to: URL(fileURLWithPath: json))
        }
    }

    struct Workload: Sendable {
        let count: Int
        let deadline: ContinuousClock.Instant?
        let appenders: Int
        let entryBytes: Int
        let run = String(UUID().uuidString.prefix(8)).lowercased()

        /// Whether appender `worker` has an n-th append to make.
        func has(_ n: Int) -> Bool { n < count && (deadline.map { ContinuousClock.now < $0 } ?? true) }

        func payload(_ n: Int) -> [UInt8] {
            let head = #"{"bench":"\#(run)-\#(n)","pad":""#
            let pad = String(repeating: "x", count: max(0, entryBytes - head.utf8.count - 2))
            return Array((head + pad + "\"}").utf8)
        }
    }

    /// Raw appends: every appender appends, waits for its index, and appends again.
    static func runAppends(app: Application, workload: Workload, acks: AckLog?) async throws -> Figures {
        let sequencer = LedgerSequencer(db: app.db)
        let counter = Counter()
        let start = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<workload.appenders {
                group.addTask {
                    var mine: [Double] = []
                    while case let n = counter.next(), workload.has(n) {
                        let began = ContinuousClock.now
                        let index = try await sequencer.append(workload.payload(n))
                        mine.append((ContinuousClock.now - began).seconds)
                        acks?.write("\(index) \(workload.run)-\(n)\n")
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return Figures(
            latencies: latencies, elapsed: (ContinuousClock.now - start).seconds,
            batches: await sequencer.committedBatches, appenders: workload.appenders, entryBytes: workload.entryBytes)
    }

    /// Real writes: appenders create organisations (each with its audit row, in one transaction) while one loop
    /// drains the outbox into the log. The latency is that of the write; an acknowledged write is one whose audit
    /// row committed, and the kill test checks that each such row reaches the log exactly once.
    static func runViaOutbox(app: Application, workload: Workload, acks: AckLog?) async throws -> Figures {
        let repository = OrganisationRepository(db: app.db, scope: .system)
        let parent = try await repository.create(
            ValidOrganisationInput(
                name: "基准测试 \(workload.run)", shortName: "基准测试", kind: .government, parentID: nil, creditCode: nil,
                aliases: []),
            by: .system("基准测试"))
        let sequencer = LedgerSequencer(db: app.db)
        let drain = Task {
            while !Task.isCancelled {
                if (try? await sequencer.sequenceAuditEntries()) ?? 0 == 0 {
                    try? await Task.sleep(for: .milliseconds(20))
                }
            }
        }
        let counter = Counter()
        let start = ContinuousClock.now
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<workload.appenders {
                group.addTask {
                    var mine: [Double] = []
                    while case let n = counter.next(), workload.has(n) {
                        let began = ContinuousClock.now
                        let input = ValidOrganisationInput(
                            name: "部门 \(workload.run)-\(n)", shortName: "部门", kind: .department, parentID: parent.id,
                            creditCode: nil, aliases: [])
                        let org = try await retrying { try await repository.create(input, by: .system("基准测试")) }
                        mine.append((ContinuousClock.now - began).seconds)
                        acks?.write("org \(org.id.uuidString.lowercased())\n")
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        drain.cancel()
        _ = await drain.value
        while try await sequencer.sequenceAuditEntries() > 0 {}
        return Figures(
            latencies: latencies, elapsed: (ContinuousClock.now - start).seconds,
            batches: await sequencer.committedBatches, appenders: workload.appenders, entryBytes: workload.entryBytes)
    }

    /// Runs a write again when SQLite refuses it as busy: Fluent begins transactions DEFERRED, so two connections
    /// that both read before writing can collide. The write was not acknowledged, so trying again is safe.
    static func retrying<T>(_ body: () async throws -> T) async throws -> T {
        for _ in 0..<200 {
            do { return try await body() } catch  where String(describing: error).contains("busy") {
                try await Task.sleep(for: .milliseconds(2))
            }
        }
        return try await body()
    }
}
