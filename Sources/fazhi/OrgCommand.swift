import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi org import FILE.csv`: create organisations from a CSV (see `OrgCSV` for columns).
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Manage the organisation tree.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import organisations from a CSV with columns name,short_name,kind,parent,credit_code,aliases.")
        @ArgumentParser.OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The CSV file (UTF-8).") var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
            else {
                throw CommandFailure("无法读取文件 \(file)（须为 UTF-8 编码）")
            }
            var config = try resolveConfig(database.input)
            config.loadDemo = false
            config.runWorker = false
            try await withApplication(config) { app in
                do {
                    let rows = try OrgCSV.parse(text)
                    let report = try await OrganisationImporter.run(rows, on: app.db, by: .system("命令行 org import"))
                    print("已导入 \(report.created.count) 个机构，跳过已存在的 \(report.skipped.count) 个。")
                } catch let error as DomainError {
                    throw CommandFailure(
                        "导入失败，未做任何修改：\n"
                            + (error.fields.isEmpty
                                ? error.message : error.fields.map(\.message).joined(separator: "\n")))
                }
            }
        }
    }
}
