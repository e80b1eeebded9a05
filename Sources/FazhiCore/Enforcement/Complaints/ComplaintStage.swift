/// Where a complaint stands. The moves between stages are `ComplaintAction.next(from:)`.
///
/// ```
/// received ─accept─▶ accepted ─reply─▶ replied
///    └─refuse (with the reason)─▶ refused
/// (reassign keeps the stage and hands the complaint to another body in the bureau's subtree)
/// ```
public enum ComplaintStage: String, Codable, CaseIterable, Sendable {
    /// 待受理.
    case received
    /// 已受理（办理中）.
    case accepted
    /// 不予受理: refused with the reason, which is the answer the complainant gets.
    case refused
    /// 已答复.
    case replied

    public var label: String {
        switch self {
        case .received: "待受理"
        case .accepted: "已受理（办理中）"
        case .refused: "不予受理"
        case .replied: "已答复"
        }
    }

    /// Whether the complainant has their answer (and may give their view of it).
    public var isAnswered: Bool { self == .refused || self == .replied }
}

/// A step the handling body takes on a complaint.
public enum ComplaintAction: String, Codable, CaseIterable, Sendable {
    /// 受理.
    case accept
    /// 不予受理, with the reason.
    case refuse
    /// 转办: a supervising bureau hands it to a body (or bureau) in its subtree.
    case reassign
    /// 答复: what was found and done.
    case reply

    public var label: String {
        switch self {
        case .accept: "受理"
        case .refuse: "不予受理"
        case .reassign: "转办"
        case .reply: "答复"
        }
    }

    /// The stage after this action from `stage`, or nil when it is not allowed there.
    public func next(from stage: ComplaintStage) -> ComplaintStage? {
        switch (self, stage) {
        case (.accept, .received): .accepted
        case (.refuse, .received): .refused
        case (.reassign, .received), (.reassign, .accepted): stage
        case (.reply, .accepted): .replied
        default: nil
        }
    }

    /// Why the action is refused at `stage`, in words for the user.
    public func refusal(at stage: ComplaintStage) -> String {
        "投诉举报当前处于「\(stage.label)」，不能「\(label)」"
    }
}
