import ArgumentParser
import AsyncHTTPClient
import FazhiCore
import FazhiStore
import FazhiWeb
import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import SQLKit

/// `fazhi enforcement bench-ingest`: the data exchange benchmark. Signs in a demo account, issues it an API token,
/// writes synthetic cases for its body, and posts them to a running server's `POST /api/v1/enforcement/events` in
/// batches from several connections at once (each connection its own cases, so every case's events arrive in
/// order). Prints events per second end to end and the batch latencies, as one JSON line after the table.
struct EnforcementIngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ingest", abstract: "Measure the enforcement ingest API against a running server.")
    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.Option(help: "The running server's base URL.") var url = "http://127.0.0.1:8080"
    @ArgumentParser.Option(help: "Demo account whose organisation is the enforcement body.") var user = "demo-legal"
    @ArgumentParser.Option(help: "Number of synthetic cases to send.") var cases = 20_000
    @ArgumentParser.Option(help: "Events per batch (at most 1000).") var batch = 500
    @ArgumentParser.Option(help: "Batches in flight at once.") var concurrency = 4

    func run() async throws {
        guard (1...CaseIngest.maximumEvents).contains(batch), concurrency >= 1, cases >= 1 else {
            throw ValidationError("--batch 1…1000, --concurrency ≥ 1, --cases ≥ 1")
        }
        var config = try resolveConfig(database.input)
        config.loadDemo = false
        config.runWorker = false
        let today = CivilDate(chinaDayOf: Date())
        // One application for the whole run (the logging system is set up once per process): it signs in, issues the
        // token, and afterwards watches the ledger catch up; the load itself goes over HTTP to the server.
        try await withApplication(config) { app in
            let member = try await Accounts(db: app.db, hasher: .bcrypt(cost: config.bcryptCost)).signIn(
                username: user, password: DemoRegion.password, address: "127.0.0.1")
            guard
                let material = try await EnforcementSynthesis.material(on: today, db: app.db)
                    .first(where: { $0.body.id == member.organisation.id })
            else { throw ValidationError("\(user) 所在机构不是可生成案件的执法主体") }
            let actor = Actor(userID: member.user.id, name: member.user.displayName)
            let secret = try await ApiTokenRepository(db: app.db, scope: member.scope).issue(
                name: "ingest benchmark", organisationID: member.organisation.id, by: actor
            ).secret
            try await load(secret: secret, material: material, today: today, db: app.db)
        }
    }

    func load(secret: String, material: EnforcementSynthesis.BodyMaterial, today: CivilDate, db: any Database)
        async throws
    {
        let synthetic = SyntheticCases(officers: material.officers, matters: material.matters, endingBy: today)
        let prefix = "BENCH\(Int(Date().timeIntervalSince1970))"
        // Each worker's batches: whole cases, in order, up to `batch` events.
        var plans: [[[CaseIngestEvent]]] = Array(repeating: [], count: concurrency)
        var totalEvents = 0
        for worker in 0..<concurrency {
            var current: [CaseIngestEvent] = []
            for index in stride(from: worker, to: cases, by: concurrency) {
                let events = synthetic.events(ofCase: index, prefix: prefix, seed: 7)
                if current.count + events.count > batch, !current.isEmpty {
                    plans[worker].append(current)
                    current = []
                }
                current += events
                totalEvents += events.count
            }
            if !current.isEmpty { plans[worker].append(current) }
        }
        let bodies = try plans.map { try $0.map { try Self.body(material.body.id, $0) } }
        print("发送 \(cases) 件案件的 \(totalEvents) 个事件，每批至多 \(batch) 个，并发 \(concurrency)…")
        let endpoint = url + "/api/v1/enforcement/events"
        let start = DispatchTime.now()
        let results = try await withThrowingTaskGroup(of: [(Double, IngestCounts)].self) { group in
            for worker in 0..<concurrency {
                let batches = bodies[worker]
                group.addTask {
                    var measured: [(Double, IngestCounts)] = []
                    for body in batches {
                        measured.append(try await Self.post(body, to: endpoint, token: secret))
                    }
                    return measured
                }
            }
            var all: [(Double, IngestCounts)] = []
            for try await part in group { all += part }
            return all
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // End to end includes the evidence ledger: the server's ledger loop logs the steps' audit entries; wait
        // until it has logged them all.
        let sql = db as! any SQLDatabase
        var backlog: Int?
        while true {
            let pending =
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE ledger_index IS NULL").first()?
                .decode(column: "n", as: Int.self) ?? 0
            if backlog == nil { backlog = pending }
            if pending == 0 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let drain = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 - seconds
        let latencies = results.map(\.0).sorted()
        let counts = results.map(\.1).reduce(IngestCounts(applied: 0, duplicates: 0, refused: 0)) {
            IngestCounts(
                applied: $0.applied + $1.applied, duplicates: $0.duplicates + $1.duplicates,
                refused: $0.refused + $1.refused)
        }
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        let rate = Double(totalEvents) / seconds
        let rateWithLedger = Double(totalEvents) / (seconds + drain)
        print(
            String(
                format:
                    "事件 %d（记录 %d，重复 %d，拒绝 %d），用时 %.2f 秒：%.0f 事件/秒；每批延迟 p50 %.1f ms，p99 %.1f ms，批数 %d；存证账本再用 %.2f 秒记完其余 %d 条（含账本 %.0f 事件/秒）",
                totalEvents, counts.applied, counts.duplicates, counts.refused, seconds, rate, percentile(0.5),
                percentile(0.99), latencies.count, drain, backlog ?? 0, rateWithLedger))
        let summary: [String: Any] = [
            "events": totalEvents, "applied": counts.applied, "refused": counts.refused, "seconds": seconds,
            "eventsPerSecond": rate, "batchP50Ms": percentile(0.5), "batchP99Ms": percentile(0.99),
            "batches": latencies.count, "ledgerDrainSeconds": drain, "ledgerBacklogAtEnd": backlog ?? 0,
            "eventsPerSecondWithLedger": rateWithLedger,
            "batchSize": batch, "concurrency": concurrency, "cases": cases,
        ]
        print(
            String(decoding: try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]), as: UTF8.self)
        )
        if counts.refused > 0 { throw ValidationError("有 \(counts.refused) 个事件被拒绝") }
    }

    struct IngestCounts: Decodable, Sendable {
        let applied: Int
        let duplicates: Int
        let refused: Int
    }

    static func body(_ bodyID: UUID, _ events: [CaseIngestEvent]) throws -> ByteBuffer {
        // The events as the API takes them: the step's fields beside eventId, reference and evidence.
        let encoder = JSONEncoder()
        var items: [Any] = []
        for event in events {
            var object =
                try JSONSerialization.jsonObject(with: try encoder.encode(event.step)) as? [String: Any] ?? [:]
            object["eventId"] = event.eventID
            object["reference"] = event.reference
            if let evidence = event.evidence {
                object["evidence"] = evidence.map { ["name": $0.name, "sha256": $0.sha256] }
            }
            items.append(object)
        }
        let data = try JSONSerialization.data(withJSONObject: ["body": bodyID.uuidString, "events": items])
        return ByteBuffer(data: data)
    }

    static func post(_ body: ByteBuffer, to url: String, token: String) async throws -> (Double, IngestCounts) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(body)
        let start = DispatchTime.now()
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        guard response.status == .ok else {
            throw ValidationError("服务器返回 \(response.status.code)：\(String(buffer: bytes).prefix(500))")
        }
        return (milliseconds, try JSONDecoder().decode(IngestCounts.self, from: bytes))
    }
}
