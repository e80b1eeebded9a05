/// A step in a penalty case: what an officer records on the page, or an agency's own system sends as an event. The
/// one table of allowed moves is `next(from:procedure:)`.
public enum CaseAction: String, Codable, CaseIterable, Sendable {
    /// 立案 (general procedure): the case begins and the 90-day decision limit starts (第六十条).
    case file
    /// 调查取证: evidence gathered by at least two officers (第四十二条、第五十四条、第五十五条); may repeat.
    case investigate
    /// 告知: the proposed penalty, facts, reasons and basis, and the rights to state, defend and ask for a hearing
    /// (第四十四条).
    case notify
    /// 当事人要求听证, within 5 working days of the notice (第六十四条第一项).
    case requestHearing = "request_hearing"
    /// 听证 held (第六十四条, 第六十五条).
    case holdHearing = "hold_hearing"
    /// 送法制审核 (第五十八条).
    case submitLegalReview = "submit_legal_review"
    /// 法制审核意见: passed goes on to the decision; not passed goes back to investigation.
    case legalReview = "legal_review"
    /// 集体讨论 by the agency's heads (第五十七条第二款).
    case discuss
    /// 作出决定: a penalty, or none (第五十七条).
    case decide
    /// 当场处罚 (simplified procedure): decided and handed over on the spot (第五十一条、第五十二条).
    case decideOnSpot = "decide_on_spot"
    /// 送达 the decision (第六十一条).
    case serve
    /// 执行: the penalty carried out (fine paid, 第六十七条).
    case execute
    /// 结案.
    case close
    /// 中止: the decision limit stops running.
    case suspend
    /// 恢复: back to the stage the case was suspended in.
    case resume
    /// 移送司法机关: suspected crime (第二十七条、第五十七条第一款第四项).
    case transfer
    /// 撤销立案.
    case withdraw

    public var label: String {
        switch self {
        case .file: "立案"
        case .investigate: "调查取证"
        case .notify: "告知"
        case .requestHearing: "当事人要求听证"
        case .holdHearing: "举行听证"
        case .submitLegalReview: "送法制审核"
        case .legalReview: "法制审核意见"
        case .discuss: "集体讨论"
        case .decide: "作出决定"
        case .decideOnSpot: "当场处罚"
        case .serve: "送达"
        case .execute: "执行"
        case .close: "结案"
        case .suspend: "中止"
        case .resume: "恢复"
        case .transfer: "移送司法机关"
        case .withdraw: "撤销立案"
        }
    }

    /// Whether the action opens a case (a case has no stage before it).
    public var opensCase: Bool { self == .file || self == .decideOnSpot }

    /// The stage after this action from `stage` (nil before the case exists), or nil when it is not allowed there.
    /// `resume` returns to the stage recorded at suspension, which the caller supplies.
    public func next(from stage: CaseStage?, procedure: CaseProcedure, resumeTo: CaseStage? = nil) -> CaseStage? {
        guard let stage else {
            switch self {
            case .file: return procedure == .general ? .investigating : nil
            case .decideOnSpot: return procedure == .simplified ? .served : nil
            default: return nil
            }
        }
        switch (self, stage) {
        case (.investigate, .investigating): return .investigating
        // A second notice replaces the first (a changed proposal, or rights left out the first time).
        case (.notify, .investigating), (.notify, .notified): return .notified
        case (.requestHearing, .notified): return .hearing
        case (.holdHearing, .hearing): return .notified
        case (.submitLegalReview, .notified): return .legalReview
        case (.legalReview, .legalReview): return .notified
        case (.discuss, .notified): return .notified
        // A decision not to penalise may follow the investigation directly: the notice (第四十四条) precedes a
        // penalty only, which `CaseRules` checks (第六十二条).
        case (.decide, .notified), (.decide, .investigating): return .decided
        case (.serve, .decided): return .served
        case (.execute, .served): return .executed
        case (.close, .served), (.close, .executed): return .closed
        case (.suspend, .investigating), (.suspend, .notified), (.suspend, .hearing), (.suspend, .legalReview):
            return .suspended
        case (.resume, .suspended): return resumeTo
        case (.transfer, .investigating), (.transfer, .notified): return .transferred
        case (.withdraw, .investigating), (.withdraw, .notified): return .withdrawn
        default: return nil
        }
    }

    /// Why the action is refused at `stage`, in words for the user.
    public func refusal(at stage: CaseStage?) -> String {
        guard let stage else { return "案件尚未立案，不能「\(label)」" }
        if opensCase { return "案件已经立案，不能再次「\(label)」" }
        // The one refusal of the table that breaks a statute rather than the order of steps: name the article.
        if self == .close, stage == .decided {
            return "行政处罚决定书尚未送达当事人，不能「结案」：\(EnforcementBases.service.citation)"
        }
        return "案件当前处于「\(stage.label)」，不能「\(label)」"
    }
}
