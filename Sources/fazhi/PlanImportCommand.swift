import ArgumentParser
import Crypto
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi plan import FILE --org ORG`: parse a plan and create its task ledger, all or nothing.
struct PlanImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create the task ledger of a plan (.txt or .docx) for an organisation; all or nothing.",
        discussion: """
            Unit names that match no organisation are listed and nothing is imported; map each once with
            --map '名称=机构' (机构: a name, short name, alias or id; '名称=' assigns it to nobody). Mappings are
            remembered for the organisation's government, so the next plan resolves them by itself.
            """)
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Argument(help: "The plan file (.txt in UTF-8, or .docx).") var file: String
    @ArgumentParser.Option(help: "Whose ledger it is: the organisation's name, short name, alias or id.") var org:
        String
    @ArgumentParser.Option(help: "The year of deadlines written without one; default: the year in the title.")
    var year: Int?
    @ArgumentParser.Option(help: "Map a unit name: '名称=机构' (repeatable; several organisations with '|').")
    var map: [String] = []

    func run() async throws {
        let document = try PlanCommand.Parse.parse(file, year: year)
        let data = FileManager.default.contents(atPath: file) ?? Data()
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        try await withApplication(config) { app in
            let organisations = try await OrganisationRepository(db: app.db, scope: .system).list()
            let owner = try Self.find(org, in: organisations)
            var request = PlanImportRequest(
                document: document, sourceName: URL(fileURLWithPath: file).lastPathComponent,
                sourceSHA256: LedgerHex.encode(SHA256.hash(data: data)), referenceYear: year,
                organisationID: owner.id)
            for mapping in map {
                guard let equals = mapping.firstIndex(of: "=") else {
                    throw CommandFailure("--map 应写作 '名称=机构'：\(mapping)")
                }
                let targets = mapping[mapping.index(after: equals)...].split(separator: "|").map(String.init)
                request.mappings[String(mapping[..<equals])] = try targets.map {
                    try Self.find($0, in: organisations).id
                }
            }
            let importer = PlanImport(db: app.db, scope: .system)
            let preview = try await importer.preview(request)
            guard preview.unresolved.isEmpty else {
                throw CommandFailure(
                    "以下责任单位未能对应到「\(preview.government.name)」所辖机构，未做任何导入。请用 --map '名称=机构' 逐一指定"
                        + "（'名称=' 表示不分配）：\n" + preview.unresolved.map { "  \($0)" }.joined(separator: "\n"))
            }
            let result = try await importer.commit(request, by: .system("命令行 plan import"))
            print(
                "已创建任务台账「\(document.title ?? request.sourceName)」：\(result.items)个条目，\(result.tasks)项任务，\(result.assignments)条单位分工。"
            )
            for unit in preview.units where unit.needsReview {
                print("请核对：「\(unit.name)」已按全部\(unit.organisations.count)个机构分配，可在任务台账中调整。")
            }
            print("台账编号：\(result.planID.uuidString)")
        }
    }

    static func find(_ key: String, in organisations: [Organisation]) throws -> Organisation {
        let key = key.trimmingCharacters(in: .whitespaces)
        let matches = organisations.filter {
            $0.id.uuidString.caseInsensitiveCompare(key) == .orderedSame || $0.name == key || $0.shortName == key
                || $0.aliases.contains(key)
        }
        guard matches.count == 1 else {
            throw CommandFailure(matches.isEmpty ? "找不到机构「\(key)」" : "「\(key)」对应多个机构，请改用全称或编号")
        }
        return matches[0]
    }
}
