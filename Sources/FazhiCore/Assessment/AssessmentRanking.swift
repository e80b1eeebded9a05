/// A unit's place in a round's results.
public struct RankedUnit<Unit: Hashable & Sendable>: Hashable, Sendable {
    public let unit: Unit
    public let score: Points
    /// 1 for the best; units with equal scores share a rank and the next rank skips (1, 2, 2, 4).
    public let rank: Int
}

public enum AssessmentRanking {
    /// Ranks units by score, best first. Equal scores — exact, since points are exact — share the rank, and keep
    /// the order given among themselves (e.g. by name), so that a tie is shown as a tie and never broken silently.
    public static func rank<Unit: Hashable & Sendable>(_ scores: [(unit: Unit, score: Points)]) -> [RankedUnit<Unit>] {
        let ordered = scores.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
        var ranked: [RankedUnit<Unit>] = []
        for (position, entry) in ordered.enumerated() {
            let tied = ranked.last.map { $0.score == entry.element.score } ?? false
            ranked.append(
                RankedUnit(
                    unit: entry.element.unit, score: entry.element.score, rank: tied ? ranked.last!.rank : position + 1)
            )
        }
        return ranked
    }
}
