/// Where a transfer of a suspected crime (两法衔接) stands. The moves are `TransferAction.next(from:)`.
///
/// ```
/// reported ─approve─▶ approved ─hand over─▶ transferred ─receive─▶ received ─file─▶ filed ─materials─▶ handedOver
///    └─reject─▶ notApproved                                            └─refuse─▶ refused ─request─▶ reconsidering
/// refused/upheld ─suggest─▶ supervisionSuggested; reconsidering ─uphold─▶ upheld; refused/upheld/suggested ─conclude─▶
/// concluded; reconsidering/suggested ─file─▶ filed; reported/approved/transferred ─withdraw─▶ withdrawn
/// ```
public enum TransferStage: String, Codable, CaseIterable, Sendable {
    /// 已报告待审批: the task group's written report waits for the head of the agency (第五条第一款).
    case reported
    /// 已批准待移送: approved; to be handed to the police within 24 hours (第五条第二款).
    case approved
    /// 不批准移送: the head refused; the reasons are on record (第五条第二款).
    case notApproved = "not_approved"
    /// 已移送待接收: handed over; the police sign the receipt (第七条).
    case transferred
    /// 公安机关审查中: received; the police decide within 3 days (第八条).
    case received
    /// 公安机关已立案: the agency hands over the goods and materials within 3 days (第十二条).
    case filed
    /// 公安机关不予立案: the agency may ask for reconsideration within 3 days (第九条第一款).
    case refused
    /// 提请复议中: the police decide within 3 days (第九条第二款).
    case reconsidering
    /// 复议维持不予立案: the agency may suggest supervision to the procuratorate within 3 days (第九条第二款).
    case upheld
    /// 已建议检察院立案监督 (第九条).
    case supervisionSuggested = "supervision_suggested"
    /// 已移交涉案物品，移送办结.
    case handedOver = "handed_over"
    /// 不予立案后依法处理，办结 (第十条).
    case concluded
    /// 已撤回.
    case withdrawn

    public var label: String {
        switch self {
        case .reported: "已报告待审批"
        case .approved: "已批准待移送"
        case .notApproved: "不批准移送"
        case .transferred: "已移送待接收"
        case .received: "公安机关审查中"
        case .filed: "公安机关已立案"
        case .refused: "公安机关不予立案"
        case .reconsidering: "提请复议中"
        case .upheld: "复议维持不予立案"
        case .supervisionSuggested: "已建议检察院立案监督"
        case .handedOver: "已移交涉案材料（办结）"
        case .concluded: "不予立案后依法处理（办结）"
        case .withdrawn: "已撤回"
        }
    }

    /// Whether nothing more happens on the transfer.
    public var isFinal: Bool { [.notApproved, .handedOver, .concluded, .withdrawn].contains(self) }

    /// The period running in this stage, by its rule id in `DeadlineRules`, or nil when none runs.
    public var runningRuleID: String? {
        switch self {
        case .reported: "transfer.approval"
        case .approved: "transfer.handover"
        case .received: "transfer.police-review"
        case .refused: "transfer.reconsideration-request"
        case .reconsidering: "transfer.reconsideration-decision"
        case .upheld: "transfer.supervision-suggestion"
        case .filed: "transfer.materials"
        default: nil
        }
    }

    /// Whether an overdue period in this stage is a breach worth an alert: the regulation's 「应当」 periods. The
    /// agency's own reconsideration request (「可以」) and a suggestion after an upheld refusal are options whose window
    /// simply closes; the agency then deals with the case itself (第十条).
    public var alertsWhenOverdue: Bool { [.reported, .approved, .received, .reconsidering, .filed].contains(self) }

    /// Whether the running period is the police's (第八条、第九条第二款): lateness is theirs, not the agency's (第十七条).
    public var policeSide: Bool { self == .received || self == .reconsidering }
}
