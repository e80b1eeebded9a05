/// An indicator system (考核指标体系): up to three levels of indicators with points, such as the national
/// 市县法治政府建设示范指标体系 (8 一级, 34 二级, 100 三级指标).
///
/// The total is usually 100 points but not forced to be: a scheme decides, and `total` reports it.
public struct IndicatorSystem: Hashable, Sendable, Codable {
    public var name: String
    /// The 一级指标, each with its children.
    public var indicators: [Indicator]

    public init(name: String, indicators: [Indicator]) {
        self.name = name
        self.indicators = indicators
    }

    /// The system's points: the sum of its 一级指标.
    public var total: Points { indicators.map(\.points).sum() }

    /// Every indicator, parents before their children, in the order of the system.
    public var all: [Indicator] { indicators.flatMap(\.subtree) }

    /// The scoring indicators, in order.
    public var leaves: [Indicator] { all.filter(\.isLeaf) }

    /// How many indicators each level has: [8, 34, 100] for the national system.
    public var countsByLevel: [Int] {
        var counts: [Int] = []
        for indicator in all where indicator.level >= 1 {
            while counts.count < indicator.level { counts.append(0) }
            counts[indicator.level - 1] += 1
        }
        return counts
    }

    /// The indicator with this code.
    public func indicator(code: String) -> Indicator? { all.first { $0.code == code } }

    /// Every indicator with its position (the index of each ancestor among its siblings, then its own), so that
    /// problems can be traced to a row of a sheet even when codes are missing or repeated.
    func located() -> [(path: [Int], indicator: Indicator, parent: Indicator?)] {
        func walk(_ list: [Indicator], _ path: [Int], _ parent: Indicator?) -> [([Int], Indicator, Indicator?)] {
            list.enumerated().flatMap { index, indicator in
                [(path + [index], indicator, parent)] + walk(indicator.children, path + [index], indicator)
            }
        }
        return walk(indicators, [], nil).map { (path: $0.0, indicator: $0.1, parent: $0.2) }
    }
}
