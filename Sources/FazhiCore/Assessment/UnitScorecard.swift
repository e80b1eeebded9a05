/// A unit's scores in a round, added up exactly at every level: each indicator's subtotal, the total, and the
/// final score.
///
/// Indicators found 不适用 leave the unit's total; the final score is then rescaled to the system's total
/// (「按实际得分折算」: earned ÷ applicable points × total), so that units with and without the work compare on one
/// scale. Subtotals stay unscaled, so that each one reconciles with the scores below it.
public struct UnitScorecard: Hashable, Sendable {
    /// Points earned, left out and still waiting under one indicator (or the whole system).
    public struct Subtotal: Hashable, Sendable {
        public let maxPoints: Points
        public let earned: Points
        /// Points of the indicators below found 不适用.
        public let excluded: Points
        /// Scoring indicators below still waiting for a reviewer.
        public let pending: Int

        /// The points the unit could earn here: all but the excluded ones.
        public var applicable: Points { maxPoints - excluded }
    }

    /// One line of a results table, in the order of the system.
    public struct Line: Hashable, Sendable {
        public let code: String
        public let name: String
        public let level: Int
        public let subtotal: Subtotal
        /// The score of a scoring indicator; nil for a parent.
        public let score: IndicatorScore?
    }

    public let lines: [Line]
    public let total: Subtotal
    /// The final score: earned points, rescaled to the system's total when some were excluded. Nil while a score is
    /// pending — a provisional total is not a result — and when every indicator was found 不适用.
    public let final: Points?

    /// Adds up `scores` (by indicator code) for `system`; a scoring indicator without a score is pending (未评分).
    public init(system: IndicatorSystem, scores: [IndicatorScore]) {
        let byCode = Dictionary(scores.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        var lines: [Line] = []
        func add(_ indicator: Indicator) -> Subtotal {
            // The parent's line is reserved before its children are added, so that lines read top-down.
            let index = lines.count
            lines.append(Line(code: "", name: "", level: 0, subtotal: Self.empty, score: nil))
            let score: IndicatorScore?
            let subtotal: Subtotal
            if indicator.isLeaf {
                let found = byCode[indicator.code]
                score = found
                switch found?.outcome {
                case .scored(let points): subtotal = Subtotal(indicator.points, points, .zero, 0)
                case .excluded: subtotal = Subtotal(indicator.points, .zero, indicator.points, 0)
                case .pending, nil: subtotal = Subtotal(indicator.points, .zero, .zero, 1)
                }
            } else {
                score = nil
                subtotal = Self.sum(indicator.points, indicator.children.map(add))
            }
            lines[index] = Line(
                code: indicator.code, name: indicator.name, level: indicator.level, subtotal: subtotal, score: score)
            return subtotal
        }
        total = Self.sum(system.total, system.indicators.map(add))
        self.lines = lines
        if total.pending > 0 || total.applicable <= .zero {
            final = nil
        } else {
            final = total.earned.scaled(by: total.maxPoints.hundredths, over: total.applicable.hundredths)
        }
    }

    public var isComplete: Bool { total.pending == 0 }

    /// The line of the indicator with this code.
    public func line(code: String) -> Line? { lines.first { $0.code == code } }

    /// The lines of one level, e.g. the subtotals of the 一级指标.
    public func lines(level: Int) -> [Line] { lines.filter { $0.level == level } }

    private static let empty = Subtotal(.zero, .zero, .zero, 0)

    private static func sum(_ maxPoints: Points, _ parts: [Subtotal]) -> Subtotal {
        Subtotal(
            maxPoints, parts.map(\.earned).sum(), parts.map(\.excluded).sum(), parts.reduce(0) { $0 + $1.pending })
    }
}

extension UnitScorecard.Subtotal {
    init(_ maxPoints: Points, _ earned: Points, _ excluded: Points, _ pending: Int) {
        self.init(maxPoints: maxPoints, earned: earned, excluded: excluded, pending: pending)
    }
}
