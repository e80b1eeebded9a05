/// What a justice bureau sends an agency when it supervises its enforcement (督办): an opinion on conduct that is
/// unlawful or improper, or a notice to correct a specific error.
public enum SupervisionNoticeKind: String, Codable, CaseIterable, Sendable {
    /// 行政执法监督意见书.
    case opinion
    /// 行政执法纠错通知书.
    case correction

    public var label: String {
        switch self {
        case .opinion: "监督意见书"
        case .correction: "纠错通知书"
        }
    }
}
