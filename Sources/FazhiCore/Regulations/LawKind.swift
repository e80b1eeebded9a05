/// 文件类别: the kind of a legal document in the law library (法规规章规范性文件库).
///
/// Kinds are data, not an enum: a corpus folder this code has never seen still yields a kind, kept as its text
/// and ranked after every known kind, so that an import never fails on a new category.
public struct LawKind: RawRepresentable, Hashable, Sendable, Codable, Comparable {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let constitution = LawKind(rawValue: "宪法")
    public static let law = LawKind(rawValue: "法律")
    public static let administrativeRegulation = LawKind(rawValue: "行政法规")
    public static let judicialInterpretation = LawKind(rawValue: "司法解释")
    public static let localRegulation = LawKind(rawValue: "地方性法规")
    public static let departmentalRule = LawKind(rawValue: "部门规章")
    public static let localGovernmentRule = LawKind(rawValue: "地方政府规章")
    public static let normativeDocument = LawKind(rawValue: "行政规范性文件")
    public static let caseReport = LawKind(rawValue: "案例")
    public static let other = LawKind(rawValue: "其他")

    /// The known kinds in 效力位阶 order (the order of `rank`).
    public static let standard: [LawKind] = [
        .constitution, .law, .administrativeRegulation, .judicialInterpretation, .localRegulation,
        .departmentalRule, .localGovernmentRule, .normativeDocument, .caseReport, .other,
    ]

    /// 效力位阶 order for ranking and sorting: the position in `standard`, 10 for a kind not in it.
    public var rank: Int { LawKind.standard.firstIndex(of: self) ?? LawKind.standard.count }

    /// By rank, then by text so that unknown kinds sort deterministically among themselves.
    public static func < (lhs: LawKind, rhs: LawKind) -> Bool {
        (lhs.rank, lhs.rawValue) < (rhs.rank, rhs.rawValue)
    }
}

extension LawKind: CustomStringConvertible {
    public var description: String { rawValue }
}
