/// A rate a scoring rule compares a figure with, such as 95 % or 99.5 %, exact to 0.01 %.
///
/// Kept in basis points (万分之一) and compared with the figure's counts by cross-multiplying integers, so a unit at
/// exactly 19/20 reaches 95 % — a floating-point rate could fall short of it by a rounding error.
public struct RateThreshold: Hashable, Comparable, Sendable {
    /// 9500 for 95 %.
    public let basisPoints: Int

    public init?(basisPoints: Int) {
        guard (0...10_000).contains(basisPoints) else { return nil }
        self.basisPoints = basisPoints
    }

    /// Reads 「95%」, 「95％」, 「99.5」 (in percent); nil for anything else or outside 0–100 %.
    public init?(percent text: some StringProtocol) {
        var trimmed = Substring(Points.halfWidth(String(text)).trimmingCharacters(in: .whitespaces))
        if trimmed.hasSuffix("%") { trimmed = trimmed.dropLast() }
        // The same syntax as points: a percentage is hundredths of a percent, as points are hundredths of a point.
        guard !trimmed.hasPrefix("-"), !trimmed.hasSuffix("分"), let value = Points(trimmed) else { return nil }
        self.init(basisPoints: value.hundredths)
    }

    /// 「95%」, 「99.5%」.
    public var text: String { Points(hundredths: basisPoints).text + "%" }

    /// Whether the figure is at this rate or better: at least it when higher is better, at most it when lower is
    /// better. Nil without data.
    public func isReached(by value: MetricValue, _ direction: AssessmentMetric.Direction) -> Bool? {
        guard value.hasData else { return nil }
        let scaled = value.numerator * 10_000
        let bound = basisPoints * value.denominator
        return direction == .higherIsBetter ? scaled >= bound : scaled <= bound
    }

    public static func < (lhs: RateThreshold, rhs: RateThreshold) -> Bool { lhs.basisPoints < rhs.basisPoints }
}

extension RateThreshold: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let threshold = RateThreshold(percent: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a rate such as 95%")
        }
        self = threshold
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
