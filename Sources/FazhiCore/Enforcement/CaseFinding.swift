/// A rule a step broke: a mandatory one refuses the step; a soft one lets it through and raises an alert (预警).
public struct CaseFinding: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, CaseIterable, Sendable, Comparable {
        case low
        case medium
        case high

        public var label: String {
            switch self {
            case .low: "提示"
            case .medium: "一般"
            case .high: "严重"
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// A stable code for the rule (`officers.count`, `decision.late` …), to filter and count alerts by.
    public var rule: String
    public var title: String
    public var message: String
    public var basis: LegalBasis
    public var severity: Severity
    /// The form field the finding concerns, when one does.
    public var field: String?

    public init(
        rule: String, title: String, message: String, basis: LegalBasis, severity: Severity, field: String? = nil
    ) {
        self.rule = rule
        self.title = title
        self.message = message
        self.basis = basis
        self.severity = severity
        self.field = field
    }

    /// The message with its article, as a refusal shows it.
    public var explained: String { "\(message)（\(basis.citation)）" }
}

/// The outcome of checking a step.
public struct CaseCheck: Sendable, Equatable {
    public var refusals: [CaseFinding] = []
    public var alerts: [CaseFinding] = []

    public init() {}

    /// A refusal as a domain error: with a field, beside it; otherwise a conflict with the case's state.
    public func throwIfRefused() throws(DomainError) {
        guard !refusals.isEmpty else { return }
        let fielded = refusals.filter { $0.field != nil }
        if fielded.count == refusals.count {
            throw .invalid(fielded.map { FieldError($0.field!, $0.explained) })
        }
        throw .conflict(refusals.map(\.explained).joined(separator: "；"))
    }
}

/// A matter of the powers list, as the rules need it.
public struct CaseMatter: Sendable, Equatable {
    public var code: String
    public var name: String
    public var kind: PowerKind
    public var benchmark: DiscretionBenchmark
    public var noPenaltyListed: Bool
    public var lightPenaltyListed: Bool

    public init(
        code: String, name: String, kind: PowerKind, benchmark: DiscretionBenchmark, noPenaltyListed: Bool,
        lightPenaltyListed: Bool
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.benchmark = benchmark
        self.noPenaltyListed = noPenaltyListed
        self.lightPenaltyListed = lightPenaltyListed
    }
}
