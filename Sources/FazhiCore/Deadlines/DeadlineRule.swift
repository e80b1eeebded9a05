/// A statutory time limit: how long, counted how, from what, and by which article.
public struct DeadlineRule: Sendable, Equatable, Codable, Identifiable {
    /// Whether the period is a limit to act within, or a minimum that must pass first
    /// (e.g. public comment on a major decision lasts at least 30 days).
    public enum Kind: String, Sendable, Equatable, Codable {
        case limit
        case minimum
    }

    public let id: String
    public let title: String
    public let amount: Int
    public let unit: PeriodUnit
    public let kind: Kind
    /// What the period runs from, in the statute's words (「自立案之日起」).
    public let startsFrom: String
    public let basis: LegalBasis
    /// The article that decides how the days are counted (working days or calendar days).
    public let countingBasis: LegalBasis
    /// The most the period may be extended by, in the same unit, and on what authority.
    public let maxExtension: Int?
    public let extensionBasis: LegalBasis?

    public init(
        id: String, title: String, amount: Int, unit: PeriodUnit, kind: Kind = .limit, startsFrom: String,
        basis: LegalBasis, countingBasis: LegalBasis, maxExtension: Int? = nil, extensionBasis: LegalBasis? = nil
    ) {
        self.id = id
        self.title = title
        self.amount = amount
        self.unit = unit
        self.kind = kind
        self.startsFrom = startsFrom
        self.basis = basis
        self.countingBasis = countingBasis
        self.maxExtension = maxExtension
        self.extensionBasis = extensionBasis
    }

    /// 「90日（自然日）」「5个工作日」
    public var periodText: String {
        switch unit {
        case .calendarDays: "\(amount)日（自然日）"
        default: "\(amount)\(unit.label)"
        }
    }
}
