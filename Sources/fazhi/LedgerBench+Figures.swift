import Foundation

extension LedgerBench {
    /// Throughput and latency of one run.
    struct Figures {
        let count: Int
        let elapsed: Double
        let batches: Int
        let appenders: Int
        let entryBytes: Int
        let p50: Double
        let p99: Double
        let max: Double

        init(latencies: [Double], elapsed: Double, batches: Int, appenders: Int, entryBytes: Int) {
            let sorted = latencies.sorted()
            func percentile(_ p: Double) -> Double {
                sorted.isEmpty
                    ? 0 : sorted[Swift.min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
            }
            count = sorted.count
            self.elapsed = elapsed
            self.batches = batches
            self.appenders = appenders
            self.entryBytes = entryBytes
            p50 = percentile(0.50)
            p99 = percentile(0.99)
            max = sorted.last ?? 0
        }

        var perSecond: Double { elapsed > 0 ? Double(count) / elapsed : 0 }

        func summary(storage: String) -> String {
            func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
            return """
                \(storage): \(count) durable appends by \(appenders) appenders (\(entryBytes) B each) in \(String(format: "%.2f", elapsed)) s
                  throughput \(String(format: "%.0f", perSecond)) entries/s, \(batches) transactions (mean batch \(batches > 0 ? count / batches : 0))
                  latency to acknowledgement: p50 \(ms(p50)), p99 \(ms(p99)), max \(ms(max))
                """
        }

        func json(storage: String) throws -> Data {
            let object: [String: Any] = [
                "storage": storage, "appends": count, "appenders": appenders, "entry_bytes": entryBytes,
                "seconds": elapsed, "entries_per_second": perSecond, "transactions": batches,
                "p50_ms": p50 * 1000, "p99_ms": p99 * 1000, "max_ms": max * 1000,
            ]
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        }
    }

    /// Hands out append numbers to the appenders.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.withLock {
                defer { value += 1 }
                return value
            }
        }
    }

    /// One line per acknowledged append, written straight to the file (no buffering in the process), so that a
    /// line on disk means the append was acknowledged before the process was killed.
    final class AckLog: @unchecked Sendable {
        private let lock = NSLock()
        private let handle: FileHandle

        init(path: String) throws {
            if !FileManager.default.fileExists(atPath: path) {
                FileManager.default.createFile(atPath: path, contents: nil)
            }
            guard let handle = FileHandle(forWritingAtPath: path) else { throw CommandFailure("无法写入 \(path)") }
            handle.seekToEndOfFile()
            self.handle = handle
        }

        func write(_ line: String) {
            lock.withLock { try? handle.write(contentsOf: Data(line.utf8)) }
        }
    }
}

extension Duration {
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
