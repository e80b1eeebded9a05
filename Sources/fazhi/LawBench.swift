import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Fluent
import Foundation
import SQLKit

/// `fazhi laws`: operator tools for the library.
struct LawsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laws", abstract: "Tools for the library of laws and regulations.", subcommands: [LawBench.self])
}

/// `fazhi laws bench`: search and point-in-time lookups over an imported library, timed in process.
///
/// The queries come from a JSON file shared with the peer benchmark (`scripts/bench/laws_tantivy.py`), so both
/// time the same searches; `--dump` writes the searched texts as JSON lines for the peer to index.
struct LawBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time searches (p50/p95 per query and overall) and article lookups on an imported library.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "The queries: a JSON array of {\"q\", \"kind\"?, \"region\"?, \"status\"?}.")
    var queries: String
    @ArgumentParser.Option(help: "Timed runs of each query (after one untimed run).") var runs = 30
    @ArgumentParser.Option(help: "Article lookups to time.") var lookups = 1_000
    @ArgumentParser.Option(help: "Write the figures as JSON to this file.") var json: String?
    @ArgumentParser.Option(help: "Write the current versions as JSON lines (for the peer) to this file and stop.")
    var dump: String?

    struct BenchQuery: Codable {
        var q: String
        var kind: String?
        var region: String?
        var status: String?
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: queries) else {
            throw CommandFailure("无法读取查询文件 \(queries)")
        }
        let list = try JSONDecoder().decode([BenchQuery].self, from: data)
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        try await withApplication(config) { app in
            if let dump {
                try await LawBenchDump.write(to: dump, from: app.db)
                return
            }
            let today = CivilDate(chinaDayOf: Date())
            let search = LawSearch(db: app.db)
            var perQuery: [[String: Any]] = []
            var all: [Double] = []
            for item in list {
                let query = try LawSearchQuery(parsing: item.q)
                let filters = LawSearchFilters(
                    kind: item.kind.map { LawKind(rawValue: $0) },
                    status: item.status.flatMap { LawStatus(rawValue: $0) },
                    region: item.region)
                let first = try await search.search(query, filters: filters, today: today)
                var times: [Double] = []
                for _ in 0..<runs {
                    let start = ContinuousClock.now
                    _ = try await search.search(query, filters: filters, today: today)
                    times.append(Self.milliseconds(ContinuousClock.now - start))
                }
                all += times
                let line = Self.percentiles(times)
                print(
                    String(
                        format: "%@%@  hits %5d  p50 %6.2f ms  p95 %6.2f ms", item.q,
                        item.kind.map { " [\($0)]" } ?? item.region.map { " [\($0)]" } ?? "", first.total, line.p50,
                        line.p95))
                perQuery.append([
                    "q": item.q, "kind": item.kind ?? NSNull(), "region": item.region ?? NSNull(), "hits": first.total,
                    "p50_ms": line.p50, "p95_ms": line.p95,
                    "top": first.hits.prefix(3).map(\.version.title),
                ])
            }
            let overall = Self.percentiles(all)
            print(
                String(
                    format: "search, all queries: p50 %.2f ms, p95 %.2f ms (%d searches)", overall.p50, overall.p95,
                    all.count))
            let lookup = try await LawBenchLookups.time(count: lookups, on: app.db)
            print(
                String(
                    format: "article on a day: p50 %.3f ms, p95 %.3f ms (%d lookups)", lookup.p50, lookup.p95, lookups))
            if let json {
                let figures: [String: Any] = [
                    "database": app.db is any SQLDatabase ? (app.db as! any SQLDatabase).dialect.name : "?",
                    "runs": runs, "queries": perQuery, "search_p50_ms": overall.p50, "search_p95_ms": overall.p95,
                    "lookup_p50_ms": lookup.p50, "lookup_p95_ms": lookup.p95,
                ]
                let out = try JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
                try out.write(to: URL(fileURLWithPath: json))
            }
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func percentiles(_ values: [Double]) -> (p50: Double, p95: Double) {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return (0, 0) }
        func at(_ q: Double) -> Double {
            sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)]
        }
        return (at(0.5), at(0.95))
    }
}

/// Point-in-time lookups of random articles on random days.
enum LawBenchLookups {
    static func time(count: Int, on db: any Database) async throws -> (p50: Double, p95: Double) {
        struct Row: Decodable {
            var work_id: Int
            var eid: String
            var effective_on: String
        }
        let sample = try await (db as! any SQLDatabase).raw(
            """
            SELECT v.work_id, p.eid, v.effective_on FROM law_provisions p JOIN law_versions v ON v.id = p.version_id
            WHERE p.level = '条' ORDER BY p.version_id, p.ordinal LIMIT 20000
            """
        ).all(decoding: Row.self)
        guard !sample.isEmpty else { throw CommandFailure("文件库为空，请先运行 fazhi import laws") }
        var generator = SystemRandomNumberGenerator()
        let library = LawRepository(db: db)
        var times: [Double] = []
        for _ in 0..<count {
            let row = sample.randomElement(using: &generator)!
            let day = CivilDate(iso: row.effective_on)!.adding(days: Int.random(in: 0...3_000, using: &generator))
            let start = ContinuousClock.now
            _ = try await library.article(workID: row.work_id, eid: row.eid, on: day)
            times.append(LawBench.milliseconds(ContinuousClock.now - start))
        }
        return LawBench.percentiles(times)
    }
}

/// The current versions as JSON lines: what the peer indexes (the same title and text our index holds).
enum LawBenchDump {
    static func write(to path: String, from db: any Database) async throws {
        struct Row: Decodable {
            var id: Int
            var title: String
            var subtitle: String?
            var body: String
            var kind: String
            var region: String?
            var effective_on: String
            var superseded_on: String?
            var repealed_on: String?
            var expired_on: String?

            func status(on day: CivilDate) -> LawStatus {
                LawStatusDates(
                    effectiveOn: CivilDate(iso: effective_on)!,
                    supersededOn: superseded_on.flatMap { CivilDate(iso: $0) },
                    repealedOn: repealed_on.flatMap { CivilDate(iso: $0) },
                    expiredOn: expired_on.flatMap { CivilDate(iso: $0) }
                ).status(on: day)
            }
        }
        let today = CivilDate(chinaDayOf: Date())
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT v.id, v.title, v.subtitle, v.body, w.kind, w.region, v.effective_on, v.superseded_on,
                w.repealed_on, w.expired_on
            FROM law_versions v JOIN law_works w ON w.id = v.work_id WHERE v.is_current = \(bind: true) ORDER BY v.id
            """
        ).all(decoding: Row.self)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CommandFailure("无法写入文件 \(path)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for row in rows {
            let line: [String: Any] = [
                "id": row.id, "title": row.title,
                "text": LawSearchIndex.indexedText(title: row.title, subtitle: row.subtitle, body: row.body),
                "kind": row.kind,
                "region": row.region ?? "", "status": row.status(on: today).rawValue,
            ]
            var data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
            data.append(0x0A)
            try handle.write(contentsOf: data)
        }
        print("wrote \(rows.count) versions to \(path)")
    }
}
