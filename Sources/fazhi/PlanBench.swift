import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi plan bench`: parse time of a large plan (the issue's target: 1 MB in under a second), median of runs.
struct PlanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the parse of a plan of about --bytes: the given files repeated, or a synthetic plan.",
        discussion: """
            Without files the plan is synthetic: chapters, sections and items numbered on, each item with units and
            a deadline. With files (e.g. the seeds) their texts are repeated until the size is reached, numbering
            restarting with each copy. The parse includes decoding the bytes.
            """)
    @Argument(help: "Plan files to repeat (UTF-8 text).") var files: [String] = []
    @Option(help: "Size of the plan in bytes.") var bytes = 1_048_576
    @Option(help: "Timed runs; the median is reported.") var runs = 5
    @Option(help: "Write the figures as JSON to this file.") var json: String?
    @Option(help: "Also write the plan that was timed to this file.") var save: String?

    func run() throws {
        let data = try files.isEmpty ? Data(PlanBenchText.synthetic(bytes: bytes).utf8) : repeated()
        if let save { try data.write(to: URL(fileURLWithPath: save)) }
        let parser = PlanParser()
        var seconds: [Double] = []
        var document: PlanDocument?
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            do { document = try parser.parse(data: data) } catch { throw CommandFailure(error.message) }
            let elapsed = ContinuousClock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let median = seconds.sorted()[seconds.count / 2]
        let summary = PlanSummary(document!)
        print(
            "plan parse: \(data.count) bytes, \(summary.chapters) chapters, \(summary.sections) sections, "
                + "\(summary.items) items, \(summary.tasks) tasks; median \(String(format: "%.3f", median)) s "
                + "of \(seconds.count) runs (\(seconds.map { String(format: "%.3f", $0) }.joined(separator: ", ")))")
        if let json {
            let figures: [String: Any] = [
                "bytes": data.count, "runs": seconds, "median_seconds": median,
                "source": files.isEmpty ? "synthetic" : files.joined(separator: ","), "tasks": summary.tasks,
                "items": summary.items,
            ]
            let out = try JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
            try out.write(to: URL(fileURLWithPath: json))
        }
    }

    private func repeated() throws -> Data {
        var texts: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure("无法读取文件 \(file)")
            }
            do { texts.append(try PlanText.decode(data)) } catch { throw CommandFailure("\(file)：\(error.message)") }
        }
        var text = ""
        var i = 0
        while text.utf8.count < bytes {
            text += texts[i % texts.count] + "\n"
            i += 1
        }
        return Data(text.utf8)
    }
}

/// A synthetic plan of a given size: numbered on like seed 002, every item with units and a deadline.
enum PlanBenchText {
    static func synthetic(bytes: Int) -> String {
        let measures = [
            "健全行政执法协调监督工作体系，完善行政执法程序，规范行政执法行为。",
            "2023年年底前，实现行政规范性文件统一公开查询，建立动态调整机制。",
            "行政规范性文件有效期届满前6个月，主要执行部门要开展文件实施情况评估。",
            "各级政府要定期听取法治建设工作汇报，每年向社会公开法治政府建设年度报告。",
            "到2025年，基本建成职责明确、依法行政的政府治理体系，长期坚持依法决策。",
        ]
        let units = [
            "（责任单位：自治区党委宣传部、依法治区办，各市、县〔区〕）", "（牵头单位：自治区司法厅；配合单位：区直有关部门〔单位〕）",
            "（责任单位：自治区高级法院、检察院、公安厅、司法厅，各市、县〔区〕、乡镇〔街道〕）",
        ]
        var text = "某自治区法治政府建设实施方案（合成基准文本）\n为全面建设法治政府，结合实际，制定本方案。\n"
        var chapter = 0, section = 0, item = 0
        while text.utf8.count < bytes {
            chapter += 1
            text += "\(PlanMarkerStyle.chinese.canonical(chapter))第\(chapter)部分重点任务\n"
            for _ in 0..<4 {
                section += 1
                text += "\(PlanMarkerStyle.parenChinese.canonical(section))第\(section)方面工作\n"
                for _ in 0..<3 {
                    item += 1
                    let body = (0..<3).map { measures[(item + $0) % measures.count] }.joined()
                    text += "\(item).\(body)\(units[item % units.count])\n"
                }
            }
        }
        return text + "各地各有关部门要抓好贯彻落实。\n"
    }
}
