/// A matter's discretion benchmark (裁量基准): for each circumstance (情节), the range a fine must lie in.
public struct DiscretionBenchmark: Codable, Sendable, Equatable {
    public struct Range: Codable, Sendable, Equatable {
        /// The circumstance as the benchmark names it (「轻微」「一般」「较重」「严重」 or the agency's own words).
        public var circumstance: String
        /// What the circumstance covers, as the benchmark describes it.
        public var description: String
        public var minimumFen: Int64
        public var maximumFen: Int64

        public init(circumstance: String, description: String, minimumFen: Int64, maximumFen: Int64) {
            self.circumstance = circumstance
            self.description = description
            self.minimumFen = minimumFen
            self.maximumFen = maximumFen
        }

        public var text: String { "\(Money.text(minimumFen))至\(Money.text(maximumFen))" }
    }

    public var ranges: [Range]

    public init(ranges: [Range]) { self.ranges = ranges }

    public func range(for circumstance: String) -> Range? { ranges.first { $0.circumstance == circumstance } }
}

/// Amounts of money: stored in fen (分) so sums are exact, written in yuan.
public enum Money {
    /// Reads 「5000」「5000.5」「5,000.00」「5000元」 as fen; nil for anything else or a negative amount.
    public static func fen(_ text: String) -> Int64? {
        var trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "，", with: "")
        if trimmed.hasSuffix("元") { trimmed.removeLast() }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let yuan = Int64(parts[0]), yuan >= 0, yuan < 100_000_000_000 else {
            return nil
        }
        guard parts.count == 2 else { return yuan * 100 }
        let decimals = parts[1]
        guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCII), let cents = Int64(decimals) else {
            return nil
        }
        return yuan * 100 + (decimals.count == 1 ? cents * 10 : cents)
    }

    /// 「5000元」「5000.50元」.
    public static func text(_ fen: Int64) -> String {
        let cents = fen % 100
        return cents == 0 ? "\(fen / 100)元" : "\(fen / 100).\(cents < 10 ? "0" : "")\(cents)元"
    }
}
