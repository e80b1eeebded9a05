import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb

/// `fazhi demo`: load the demo region into an empty database.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the demo region into an empty database.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        try await withApplication(config) { app in
            let summary = try await DemoLoader.load(on: app.db, hasher: .bcrypt(cost: config.bcryptCost))
            print("已载入演示数据：\(summary.organisations) 个机构，\(summary.users.count) 个账号（密码 \(DemoRegion.password)）。")
        }
    }
}
