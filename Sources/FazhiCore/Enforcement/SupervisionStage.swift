/// Where a supervision notice (督办) stands. The moves between stages are `SupervisionAction.next(from:)`.
///
/// ```
/// issued ─reply─▶ replied ─accept─▶ closed
///    │               │ └─return─▶ returned ─reply─▶ replied
///    └──escalate─────┴──escalate──▶ escalated (the bureau above handles it from here)
/// ```
public enum SupervisionStage: String, Codable, CaseIterable, Sendable {
    /// 已发出: the agency has to reply by the due day.
    case issued
    /// 已答复: the bureau reviews the reply.
    case replied
    /// 退回补充: the reply was not enough; the agency replies again by a new due day.
    case returned
    /// 已提请上级: the justice bureau of the government above handles it.
    case escalated
    /// 已办结: the bureau accepted the reply; the linked alerts are closed.
    case closed

    public var label: String {
        switch self {
        case .issued: "待答复"
        case .replied: "已答复（待审查）"
        case .returned: "退回补充答复"
        case .escalated: "已提请上级督办"
        case .closed: "已办结"
        }
    }

    /// Whether the notice is finished.
    public var isFinal: Bool { self == .closed }
}
