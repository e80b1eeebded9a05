/// The grade of a reviewed file (评查等次).
public enum ReviewGrade: String, Codable, CaseIterable, Sendable {
    case excellent
    case good
    case pass
    case fail

    public var label: String {
        switch self {
        case .excellent: "优秀"
        case .good: "良好"
        case .pass: "合格"
        case .fail: "不合格"
        }
    }
}

/// The lowest score of each grade. Provinces set their own; `standard` (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60) is the
/// common one, shown as 参照. A vetoed file is 不合格 whatever the scale.
public struct ReviewGradeScale: Codable, Sendable, Equatable {
    public var excellent: Int
    public var good: Int
    public var pass: Int

    public init(excellent: Int, good: Int, pass: Int) {
        self.excellent = excellent
        self.good = good
        self.pass = pass
    }

    public static let standard = ReviewGradeScale(excellent: 90, good: 80, pass: 60)

    /// The grade of `score` (0–100).
    public func grade(_ score: Int) -> ReviewGrade {
        if score >= excellent { return .excellent }
        if score >= good { return .good }
        if score >= pass { return .pass }
        return .fail
    }

    /// Field errors: 0 < 合格 < 良好 < 优秀 ≤ 100.
    public func validated() -> [FieldError] {
        guard 0 < pass, pass < good, good < excellent, excellent <= 100 else {
            return [FieldError("grades", "等次分数线应满足 0 < 合格 < 良好 < 优秀 ≤ 100")]
        }
        return []
    }

    /// 「优秀 ≥ 90，良好 ≥ 80，合格 ≥ 60，不合格 < 60」.
    public var text: String { "优秀 ≥ \(excellent)，良好 ≥ \(good)，合格 ≥ \(pass)，不合格 < \(pass)" }
}
