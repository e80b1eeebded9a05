import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi enforcement generate --cases N`: writes N synthetic penalty cases straight into the database for the scale
/// benchmarks (`EnforcementBulkGenerator`); the demo region must be loaded first.
struct EnforcementGenerate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N synthetic penalty cases directly into the database (for the scale benchmarks).")
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Number of cases.") var cases = 1_000_000
    @ArgumentParser.Option(help: "Random seed.") var seed: UInt64 = 2026

    func run() async throws {
        guard cases >= 1 else { throw ValidationError("--cases ≥ 1") }
        var config = try resolveConfig(database.input)
        config.runWorker = false
        let today = CivilDate(chinaDayOf: Date())
        try await withApplication(config) { app in
            let report = try await EnforcementBulkGenerator.generate(
                count: cases, seed: seed, today: today, calendar: .official, on: app.db
            ) { written in
                if written % 500_000 == 0 || written == cases { print("已写入 \(written) 件") }
            }
            print(
                "生成 \(report.cases) 件案件、\(report.publications) 项公示，用时 \(String(format: "%.1f", report.seconds)) 秒"
                    + "（\(Int(Double(report.cases) / max(report.seconds, 0.001))) 件/秒）")
        }
    }
}

/// `fazhi enforcement sweep`: runs the alert sweep once now and prints how long it took and what it raised.
struct EnforcementSweepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep", abstract: "Run the enforcement alert sweep once and time it.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.runWorker = false
        config.loadDemo = false
        try await withApplication(config) { app in
            let start = Date()
            let raised = try await EnforcementSweep.sweep(today: CivilDate(chinaDayOf: Date()), on: app.db)
            let seconds = Date().timeIntervalSince(start)
            print("预警扫描用时 \(String(format: "%.3f", seconds)) 秒，新产生 \(raised) 条预警")
            print("{\"sweep_seconds\": \(seconds), \"raised\": \(raised)}")
        }
    }
}

/// `fazhi enforcement rebuild-statistics`: recomputes the monthly enforcement statistics from the cases' facts.
struct EnforcementRebuildStatistics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild-statistics", abstract: "Recompute the enforcement statistics from the cases.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.runWorker = false
        config.loadDemo = false
        try await withApplication(config) { app in
            let start = Date()
            let count = try await EnforcementStatistics.rebuild(on: app.db)
            print("已按 \(count) 件案件重算执法统计，用时 \(String(format: "%.1f", Date().timeIntervalSince(start))) 秒")
        }
    }
}
