import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi plan …`: plan documents (规划、方案、要点), offline: no server, no database.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plan documents: parse a plan into chapters, items, tasks, units and deadlines.",
        subcommands: [Parse.self, PlanImportCommand.self, PlanBench.self, PlanBenchLedger.self])

    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse a plan (UTF-8 text or .docx) and print its tree, or JSON with --json.")
        @Argument(help: "The plan file (.txt in UTF-8, or .docx).") var file: String
        @Flag(help: "Print JSON instead of text.") var json = false
        @Flag(help: "List every task under its item.") var tasks = false
        @Option(help: "The year of deadlines written without one (「年底前」); default: the year in the title.")
        var year: Int?

        func run() throws {
            let document = try Self.parse(file, year: year)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(document), as: UTF8.self))
            } else {
                print(PlanReport.text(document, tasks: tasks), terminator: "")
            }
        }

        static func parse(_ file: String, year: Int?) throws -> PlanDocument {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("无法读取文件 \(file)（文件不存在或没有读取权限）")
            }
            do {
                return try PlanParser(options: .init(referenceYear: year)).parse(data: data)
            } catch {
                throw CommandFailure("\(file)：\(error.message)")
            }
        }
    }
}

/// The human-readable parse: the tree with units, deadlines and warnings, then the counts.
enum PlanReport {
    static func text(_ document: PlanDocument, tasks: Bool) -> String {
        var out = ""
        func line(_ s: String) { out += s + "\n" }
        line("标题：\(document.title ?? "（无）")")
        line("前言：\(document.preamble.count)段　结尾：\(document.closing.count)段")
        if let appendix = document.appendix {
            line("附录：「\(appendix.title)」\(appendix.paragraphs.count)段，不作为任务")
        }
        line("")
        func show(_ node: PlanNode) {
            let indent = String(repeating: "  ", count: node.level - 1)
            let heading = node.title ?? clip(node.text, 40)
            line("\(indent)\(node.marker)\(heading)\(node.isGuidance ? "　〔指导性内容，无任务〕" : "")")
            if !node.units.isEmpty {
                let units = node.units.map { $0.role == .responsible ? $0.name : "\($0.name)（\($0.role.label)）" }
                line("\(indent)    单位：\(units.joined(separator: "、"))")
            }
            for deadline in node.deadlines {
                line("\(indent)    期限：\(deadline.text)（\(deadline.meaning)）")
            }
            if tasks {
                for task in node.tasks {
                    let actors =
                        task.suggestedActors.isEmpty ? "" : "　〔建议责任主体：\(task.suggestedActors.joined(separator: "、"))〕"
                    line("\(indent)    任务\(task.index)：\(clip(task.text, 50))\(actors)")
                }
            } else if node.tasks.count > 1 {
                line("\(indent)    任务：\(node.tasks.count)项")
            }
            node.children.forEach(show)
        }
        document.nodes.forEach(show)
        line("")
        if !document.warnings.isEmpty {
            line("提示（\(document.warnings.count)）：")
            for warning in document.warnings { line("  \(warning.message)") }
            line("")
        }
        let s = PlanSummary(document)
        var counts = [(s.parts, "部分"), (s.chapters, "章"), (s.sections, "节"), (s.items, "项"), (s.subitems, "子项")]
            .filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }
        counts += ["\(s.tasks)个任务", "\(s.units)个责任单位"]
        line("合计：" + counts.joined(separator: "，"))
        return out
    }

    static func clip(_ text: String, _ length: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= length ? flat : String(flat.prefix(length)) + "…"
    }
}
