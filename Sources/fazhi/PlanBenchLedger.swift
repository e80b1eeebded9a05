import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi plan bench-ledger`: builds the task-ledger benchmark's database (issue 5: a 1 MB plan parsed and imported
/// in under a second; views over 20,000 tasks across 500 units at p95 ≤ 100 ms). It times the parse and import of
/// both plans and leaves the data for `scripts/bench/task-ledger.sh`, which serves it and times the views.
struct PlanBenchLedger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ledger",
        abstract: "Create the task-ledger benchmark data in an empty data directory and time parse + import.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Units (organisations) the tasks are spread over.") var units = 500
    @ArgumentParser.Option(help: "Tasks of the large plan.") var tasks = 20_000
    @ArgumentParser.Option(help: "Size in bytes of the plan whose parse and import are timed.") var bytes = 1_048_576
    @ArgumentParser.Option(help: "Write the figures as JSON to this file.") var json: String?

    static let password = "bench-ledger-2026"

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        try await withApplication(config) { app in
            guard try await OrganisationRepository.isEmpty(on: app.db) else {
                throw CommandFailure("基准数据只能写入空数据库，请指定新的 --data-dir")
            }
            let region = try await PlanBenchRegion.create(units: units, on: app.db, config: config)
            let importer = PlanImport(db: app.db, scope: .system)
            // The 1 MB plan: bytes to ledger, timed as a user would wait for it.
            let small = Data(PlanBenchLedgerText.plan(region.unitNames, bytes: bytes, tasks: nil).utf8)
            let start = ContinuousClock.now
            let document = try PlanParser().parse(data: small)
            let parsed = ContinuousClock.now
            let first = try await importer.commit(
                PlanImportRequest(
                    document: document, sourceName: "基准方案-1MB.txt", sourceSHA256: "-", referenceYear: 2027,
                    organisationID: region.office), by: .system("基准数据"))
            let imported = ContinuousClock.now
            // The large ledger the views are timed on.
            let large = PlanBenchLedgerText.plan(region.unitNames, bytes: nil, tasks: tasks)
            let bigStart = ContinuousClock.now
            let big = try await importer.commit(
                PlanImportRequest(
                    document: try PlanParser().parse(large), sourceName: "基准方案-\(tasks).txt", sourceSHA256: "-",
                    referenceYear: 2027, organisationID: region.office), by: .system("基准数据"))
            let bigDone = ContinuousClock.now
            try await PlanBenchRegion.spreadStatuses(plan: big.planID, on: app.db)
            func seconds(_ d: Duration) -> Double {
                Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            }
            let figures: [String: Any] = [
                "small_bytes": small.count, "small_tasks": first.tasks, "small_parse_seconds": seconds(parsed - start),
                "small_import_seconds": seconds(imported - parsed), "small_total_seconds": seconds(imported - start),
                "large_tasks": big.tasks, "large_assignments": big.assignments, "large_bytes": large.utf8.count,
                "large_parse_import_seconds": seconds(bigDone - bigStart), "units": units,
                "plan_id": big.planID.uuidString, "unit_id": region.sampleUnit.uuidString,
            ]
            print(
                "1 MB plan (\(small.count) bytes, \(first.tasks) tasks): parse \(String(format: "%.3f", seconds(parsed - start))) s + import \(String(format: "%.3f", seconds(imported - parsed))) s = \(String(format: "%.3f", seconds(imported - start))) s"
            )
            print(
                "large plan: \(big.tasks) tasks, \(big.assignments) assignments over \(units) units, parse + import \(String(format: "%.3f", seconds(bigDone - bigStart))) s"
            )
            print("plan \(big.planID.uuidString) unit \(region.sampleUnit.uuidString)")
            print("users: bench-office / bench-unit, password \(Self.password)")
            if let json {
                try JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
                    .write(to: URL(fileURLWithPath: json))
            }
        }
    }
}
