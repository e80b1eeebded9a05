import ArgumentParser
import FazhiWeb

/// `fazhi migrate`: apply pending migrations and exit.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply all pending database migrations.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions

    func run() async throws {
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        try await withApplication(config) { _ in print("数据库迁移已完成 (migrations applied).") }
    }
}
