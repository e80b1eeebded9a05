import ArgumentParser
import Crypto
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi import laws DIR`: bring a corpus of legal texts into the library (法规库).
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data into the platform.", subcommands: [Laws.self])

    struct Laws: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a corpus of laws and regulations (Markdown, one file per version) into the library.",
            discussion: """
                Reads every .md file under DIR (the format of ../shared/corpus/laws: title, history lines, version
                date in the file name), groups the versions of each work, and stores works, versions, articles and
                the search index, all in one transaction. Files already imported with the same content are left
                alone, so running it again changes nothing. Prints what it could not parse.
                """)
        @ArgumentParser.OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "The corpus directory, e.g. ../shared/corpus/laws.") var directory: String
        @ArgumentParser.Flag(help: "List every problem of every file, not only a summary.") var verbose = false

        func run() async throws {
            let started = ContinuousClock.now
            let root = URL(fileURLWithPath: directory, isDirectory: true)
            guard (try? root.checkResourceIsReachable()) == true else {
                throw CommandFailure("找不到目录 \(directory)")
            }
            let corpus = try LawCorpus.read(directory: root)
            let files = try corpus.files.map { file in
                guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file.sourcePath).path)
                else { throw CommandFailure("无法读取 \(file.sourcePath)") }
                return LawImportFile(parsed: file, sourceSHA256: LedgerHex.encode(SHA256.hash(data: data)))
            }
            let parsed = ContinuousClock.now
            var config = try resolveConfig(database.input)
            config.loadDemo = false
            config.runWorker = false
            try await withApplication(config) { app in
                let report = try await LawImport(db: app.db).run(files, by: .system("命令行 import laws"))
                let stored = ContinuousClock.now
                print(
                    """
                    读取 \(report.filesRead) 个文件（\(report.articles) 条），无法读取 \(corpus.failures.count) 个。
                    新增作品 \(report.worksAdded) 部，新增版本 \(report.versionsAdded) 个，重新读取 \(report.versionsReplaced) 个，\
                    调整版本关系 \(report.versionsRedated) 个，未变 \(report.versionsUnchanged) 个；\
                    库中有而目录中已无的版本 \(report.versionsNotInCorpus) 个（保留）。
                    解析 \(Self.seconds(parsed - started)) 秒，入库 \(Self.seconds(stored - parsed)) 秒。
                    """)
                if !report.duplicatesSkipped.isEmpty {
                    print(
                        "与另一文件为同一版本而跳过 \(report.duplicatesSkipped.count) 个：\(report.duplicatesSkipped.joined(separator: "、"))"
                    )
                }
                for failure in corpus.failures {
                    print("无法读取：\(failure.path)：\(failure.message)")
                }
                printProblems(of: corpus.files)
            }
        }

        private func printProblems(of files: [ParsedLawFile]) {
            let withProblems = files.filter { !$0.problems.isEmpty }
            guard !withProblems.isEmpty else { return }
            print("\(withProblems.count) 个文件有部分内容未能识别（已导入其余部分）\(verbose ? "：" : "，加 --verbose 查看明细。")")
            guard verbose else { return }
            for file in withProblems {
                for problem in file.problems { print("  \(file.sourcePath)：\(problem)") }
            }
        }

        static func seconds(_ duration: Duration) -> String {
            String(format: "%.2f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
        }
    }
}
