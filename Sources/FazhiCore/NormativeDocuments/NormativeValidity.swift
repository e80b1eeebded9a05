/// What the drafting body decided about a published document in an expiry evaluation (有效期届满前评估) or a
/// clean-up (清理): the four results clean-up reports count.
public enum NormativeCleanupDecision: String, CaseIterable, Sendable, Codable {
    /// 继续有效 (with a new term after an expiry evaluation).
    case keep
    /// 修改: stays in force until the amended text replaces it.
    case amend
    /// 废止: repealed from the decision's date.
    case repeal
    /// 宣布失效: declared no longer in force (its subject gone, its term run out) from the decision's date.
    case declareExpired = "declare_expired"

    public var label: String {
        switch self {
        case .keep: "继续有效"
        case .amend: "修改"
        case .repeal: "废止"
        case .declareExpired: "宣布失效"
        }
    }

    /// Whether the document stops being in force.
    public var ends: Bool { self == .repeal || self == .declareExpired }
}

extension LawStatusDates {
    /// A published document's dates: in force from `effectiveOn`, expired at the end of its term (the day after
    /// `expiresOn`), repealed or declared expired from a decision's date.
    public static func normative(
        effectiveOn: CivilDate, expiresOn: CivilDate?, endedOn: CivilDate?, decision: NormativeCleanupDecision?
    ) -> LawStatusDates {
        var dates = LawStatusDates(effectiveOn: effectiveOn, expiredOn: expiresOn?.adding(days: 1))
        if let endedOn, let decision {
            switch decision {
            case .repeal: dates.repealedOn = endedOn
            case .declareExpired: dates.expiredOn = min(endedOn, dates.expiredOn ?? endedOn)
            case .keep, .amend: break
            }
        }
        return dates
    }
}
