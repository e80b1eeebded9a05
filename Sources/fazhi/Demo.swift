import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Fluent
import Foundation

/// `fazhi demo`: load the demo region into an empty database; `--cases N` adds N synthetic enforcement cases
/// through the data exchange's code path (to a database that already has the region, too).
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo region into an empty database, and optionally synthetic enforcement cases.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "Add this many synthetic penalty cases (行政处罚案件) to the demo region's bodies.")
    var cases: Int = 0
    @ArgumentParser.Option(help: "Seed of the synthetic cases (the same seed gives the same cases).")
    var seed: UInt64 = 2026

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        guard (0...10_000_000).contains(cases) else { throw ValidationError("--cases 应在 0 到 10000000 之间") }
        try await withApplication(config) { app in
            if try await OrganisationModel.query(on: app.db).count() == 0 || cases == 0 {
                let summary = try await DemoLoader.load(on: app.db, hasher: .bcrypt(cost: config.bcryptCost))
                print("已载入演示数据：\(summary.organisations) 个机构，\(summary.users.count) 个账号（密码 \(DemoRegion.password)）。")
            }
            guard cases > 0 else { return }
            let start = Date()
            let total = cases
            let result = try await EnforcementSynthesis.generate(
                cases: cases, seed: seed, today: CivilDate(chinaDayOf: Date()), calendar: .official,
                by: .system("演示案件生成"), on: app.db
            ) { applied in
                if applied % 100_000 < CaseIngest.maximumEvents { print("  已记录 \(applied) 个事件…") }
            }
            let seconds = Date().timeIntervalSince(start)
            print(
                "已生成 \(total) 件演示案件：记录 \(result.applied) 个事件，拒绝 \(result.refused) 个，用时 \(String(format: "%.1f", seconds)) 秒。"
            )
        }
    }
}
