/// Where a finding of an inspection (督察反馈问题) stands in its rectification (整改).
///
/// The unit answers with a rectification report (整改报告), which puts the finding before the inspecting office;
/// the office closes it (销号) or sends it back (退回); a closed finding can be reopened (重新打开) when the problem
/// turns out not to be solved, and then counts as not rectified again.
public enum InspectionFindingStatus: String, CaseIterable, Sendable, Codable {
    /// 待整改: assigned, or sent back, or reopened; the unit owes a report.
    case open
    /// 待审核: the unit reported; the office has not decided.
    case submitted
    /// 已销号: the office accepted the rectification.
    case closed

    public var label: String {
        switch self {
        case .open: "待整改"
        case .submitted: "待审核"
        case .closed: "已销号"
        }
    }
}

/// What someone does to a finding. The unit reports; the inspecting office decides.
public enum InspectionAction: String, CaseIterable, Sendable, Codable {
    /// The unit's rectification report (整改报告), with evidence.
    case report
    /// 销号: the office accepts the rectification.
    case close
    /// 退回: the office finds the report insufficient; the unit reports again.
    case sendBack = "send_back"
    /// 重新打开: a closed finding turns out not to be solved.
    case reopen
    /// 延期: the office sets a new rectification deadline, with its reason.
    case extend

    public var label: String {
        switch self {
        case .report: "提交整改报告"
        case .close: "销号"
        case .sendBack: "退回"
        case .reopen: "重新打开"
        case .extend: "延期"
        }
    }

    /// Whether only the inspecting office may take this action (everything but the unit's report).
    public var isOfficeDecision: Bool { self != .report }

    /// Whether the action must say why: sending back, reopening and extending change what the unit owes.
    public var needsReason: Bool { self == .sendBack || self == .reopen || self == .extend }

    /// The status after the action, or nil when the action is not open to a finding in `status`.
    public func next(from status: InspectionFindingStatus) -> InspectionFindingStatus? {
        switch (self, status) {
        case (.report, .open): .submitted
        case (.close, .submitted), (.close, .open): .closed
        case (.sendBack, .submitted): .open
        case (.reopen, .closed): .open
        case (.extend, .open), (.extend, .submitted): status
        default: nil
        }
    }

    /// Why the action is refused for a finding in `status`, in Chinese.
    public func refusal(for status: InspectionFindingStatus) -> String {
        switch self {
        case .report: status == .submitted ? "整改报告已提交，正在审核，请等待审核结果" : "问题已销号，不需要再报告整改情况"
        case .close: "问题已销号"
        case .sendBack: "只有待审核的整改报告可以退回"
        case .reopen: "只有已销号的问题可以重新打开"
        case .extend: "已销号的问题不能延期"
        }
    }
}

/// A finding's standing on a given day: its status, or overdue when the unit still owes its report after the
/// deadline. A report waiting for the office is not overdue: the delay is then the office's, not the unit's.
public enum InspectionFindingStanding: String, CaseIterable, Sendable, Codable {
    case open
    case submitted
    case closed
    case overdue

    public init(_ status: InspectionFindingStatus, deadline: CivilDate, today: CivilDate) {
        if status == .open && deadline < today {
            self = .overdue
        } else {
            self = InspectionFindingStanding(rawValue: status.rawValue)!
        }
    }

    public var label: String {
        switch self {
        case .open: "待整改"
        case .submitted: "待审核"
        case .closed: "已销号"
        case .overdue: "逾期未整改"
        }
    }
}
