import Crypto
import Foundation

/// How many files a campaign draws from each agency: a fixed number, or a percentage with a minimum; never more
/// than the agency has.
public enum ReviewSampleSize: Codable, Sendable, Equatable {
    case count(Int)
    case percent(Int, minimum: Int)

    /// The number to draw from `available` eligible files.
    public func size(of available: Int) -> Int {
        switch self {
        case .count(let n): return min(n, available)
        case .percent(let p, let minimum):
            let share = (available * p + 99) / 100
            return min(available, max(minimum, share))
        }
    }

    /// 「每个执法主体抽取5件」 or 「每个执法主体抽取10%（不少于3件）」.
    public var text: String {
        switch self {
        case .count(let n): "每个执法主体抽取\(n)件"
        case .percent(let p, let minimum): "每个执法主体抽取\(p)%（不少于\(minimum)件）"
        }
    }

    /// Field errors: a count of 1–500, a percentage of 1–100 with a minimum of 0–500.
    public func validated() -> [FieldError] {
        switch self {
        case .count(let n) where !(1...500).contains(n): [FieldError("sampleSize", "每个执法主体抽取件数应在1至500之间")]
        case .percent(let p, _) where !(1...100).contains(p): [FieldError("samplePercent", "抽取比例应在1%至100%之间")]
        case .percent(_, let m) where !(0...500).contains(m): [FieldError("sampleMinimum", "最少抽取件数应在0至500之间")]
        default: []
        }
    }
}

/// The draw of a campaign (双随机): for each agency, its eligible case ids sorted, each ranked by
/// SHA-256(seed ‖ "|" ‖ case id) as lowercase hex, and the first `size` taken. The seed is random and recorded
/// before the draw; anyone with the published seed and list re-runs the draw and gets the same files.
public enum ReviewSample {
    /// A fresh seed: 32 bytes from the system's random source, as lowercase hex.
    public static func newSeed() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The rank of `caseID` under `seed`: SHA-256 of 「seed|caseID」 in lowercase hex.
    public static func rank(seed: String, caseID: String) -> String {
        SHA256.hash(data: Data("\(seed)|\(caseID)".utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The files drawn from one agency's `eligible` ids (order does not matter: they are sorted first), in rank
    /// order.
    public static func draw(seed: String, eligible: [String], size: ReviewSampleSize) -> [String] {
        let ids = Array(Set(eligible)).sorted()
        let ranked = ids.map { (rank(seed: seed, caseID: $0), $0) }.sorted { $0 < $1 }
        return ranked.prefix(size.size(of: ids.count)).map(\.1)
    }

    /// Whether `sample` is exactly what the draw gives for `seed`, `eligible` and `size`.
    public static func verify(seed: String, eligible: [String], size: ReviewSampleSize, sample: [String]) -> Bool {
        draw(seed: seed, eligible: eligible, size: size) == sample
    }
}
