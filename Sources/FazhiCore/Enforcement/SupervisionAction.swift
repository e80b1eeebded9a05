/// A step on a supervision notice. The one table of allowed moves is `next(from:)`; `byAgency` says which side
/// takes it (the agency replies, the supervising bureau decides).
public enum SupervisionAction: String, Codable, CaseIterable, Sendable {
    /// 答复: the agency reports what it corrected, with files.
    case reply
    /// 办结: the bureau accepts the reply; the notice and its alerts are closed.
    case accept
    /// 退回: the bureau asks for a fuller reply, with a new reply period.
    case `return`
    /// 提请上级: the bureau passes the notice to the justice bureau of the government above.
    case escalate

    public var label: String {
        switch self {
        case .reply: "答复"
        case .accept: "审查通过并办结"
        case .return: "退回补充答复"
        case .escalate: "提请上级司法行政机关督办"
        }
    }

    /// Whether the addressed agency takes this step (otherwise the supervising bureau does).
    public var byAgency: Bool { self == .reply }

    /// The stage after this action from `stage`, or nil when it is not allowed there.
    public func next(from stage: SupervisionStage) -> SupervisionStage? {
        switch (self, stage) {
        case (.reply, .issued), (.reply, .returned), (.reply, .escalated): .replied
        case (.accept, .replied), (.accept, .escalated): .closed
        case (.return, .replied), (.return, .escalated): .returned
        case (.escalate, .issued), (.escalate, .replied), (.escalate, .returned), (.escalate, .escalated): .escalated
        default: nil
        }
    }

    /// Why the action is refused at `stage`, in words for the user.
    public func refusal(at stage: SupervisionStage) -> String {
        "督办当前处于「\(stage.label)」，不能「\(label)」"
    }
}
