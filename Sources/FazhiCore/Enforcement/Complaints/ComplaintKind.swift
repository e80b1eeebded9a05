/// What a citizen sends about administrative enforcement (投诉举报), and so where it goes.
public enum ComplaintKind: String, Codable, CaseIterable, Sendable {
    /// 投诉: about an enforcement body's own conduct; handled by the justice bureau supervising that body.
    case complaint
    /// 举报: of a violation the body should deal with; handled by the body itself.
    case report

    public var label: String {
        switch self {
        case .complaint: "投诉（执法行为）"
        case .report: "举报（违法行为）"
        }
    }

    /// 「投诉」「举报」
    public var shortLabel: String { self == .complaint ? "投诉" : "举报" }

    /// Whether it goes to the justice bureau of the body's government (投诉) rather than the body (举报): a body does
    /// not judge complaints about itself.
    public var routesToSupervisor: Bool { self == .complaint }
}

/// How a complaint reached the platform.
public enum ComplaintSource: String, Codable, CaseIterable, Sendable {
    /// 网上: the public form.
    case web
    /// 12345: the government service hotline, through the API feed.
    case hotline
    /// 来信.
    case letter
    /// 来访.
    case visit

    public var label: String {
        switch self {
        case .web: "网上"
        case .hotline: "12345热线"
        case .letter: "来信"
        case .visit: "来访"
        }
    }
}

/// The complainant's view of the reply (评价).
public enum ComplaintRating: String, Codable, CaseIterable, Sendable {
    case satisfied
    case fair
    case dissatisfied

    public var label: String {
        switch self {
        case .satisfied: "满意"
        case .fair: "基本满意"
        case .dissatisfied: "不满意"
        }
    }
}
