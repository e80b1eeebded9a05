/// Who may take a step: the drafting body, its legal unit (合法性审核), or the filing body (备案审查机关).
public enum NormativeParty: String, Sendable, Codable {
    /// The drafting unit (起草单位) and the body that issues the document (制定机关): members of its subtree.
    case drafter
    /// The legal unit that reviews legality (部门法制员 or 司法行政 role, within scope).
    case legalUnit = "legal_unit"
    /// The filing body (备案审查机关): the 司法行政 role, in the filing body's subtree.
    case filingBody = "filing_body"

    public var label: String {
        switch self {
        case .drafter: "起草单位"
        case .legalUnit: "合法性审核机构"
        case .filingBody: "备案审查机关"
        }
    }
}

/// A step taken on a document. `next(from:)` is the one table of allowed moves; `refusal(for:)` says why a move is
/// not open. Steps that also depend on dates (a comment period not yet over, a legality review shorter than the
/// minimum) are checked by the store against `NormativePolicy`.
public enum NormativeAction: String, CaseIterable, Sendable, Codable {
    case finishDraft = "finish_draft"
    case recordEvaluation = "record_evaluation"
    case openComment = "open_comment"
    case skipComment = "skip_comment"
    case sendForLegalityReview = "send_for_legality_review"
    case giveLegalityOpinion = "give_legality_opinion"
    case recordDeliberation = "record_deliberation"
    case register
    case submitFiling = "submit_filing"
    case requestSupplement = "request_supplement"
    case resubmitFiling = "resubmit_filing"
    case registerFiling = "register_filing"
    case concludeReview = "conclude_review"
    case reportHandling = "report_handling"
    case acceptHandling = "accept_handling"
    case returnHandling = "return_handling"
    case withdraw

    public var label: String {
        switch self {
        case .finishDraft: "完成起草，进入评估论证"
        case .recordEvaluation: "录入评估论证结论"
        case .openComment: "公开征求意见"
        case .skipComment: "不公开征求意见（说明理由）"
        case .sendForLegalityReview: "送合法性审核"
        case .giveLegalityOpinion: "出具合法性审核意见"
        case .recordDeliberation: "录入集体审议结果"
        case .register: "统一登记、编号、印发"
        case .submitFiling: "报送备案"
        case .requestSupplement: "暂缓登记，通知补正"
        case .resubmitFiling: "补正后重新报送"
        case .registerFiling: "予以备案登记"
        case .concludeReview: "作出审查结论"
        case .reportHandling: "报告纠正处理情况"
        case .acceptHandling: "纠正情况核销"
        case .returnHandling: "退回纠正情况"
        case .withdraw: "撤回草案"
        }
    }

    public var party: NormativeParty {
        switch self {
        case .giveLegalityOpinion: .legalUnit
        case .requestSupplement, .registerFiling, .concludeReview, .acceptHandling, .returnHandling: .filingBody
        default: .drafter
        }
    }

    /// Whether the step must say why (or what): its text is the record of the step.
    public var needsBody: Bool {
        switch self {
        case .recordEvaluation, .skipComment, .giveLegalityOpinion, .requestSupplement, .concludeReview,
            .reportHandling, .returnHandling, .withdraw:
            true
        default: false
        }
    }

    /// What the step's text is called, on its form and in its error message.
    public var bodyLabel: String {
        switch self {
        case .recordEvaluation: "评估论证结论"
        case .skipComment: "不公开征求意见的理由"
        case .giveLegalityOpinion: "审核意见"
        case .requestSupplement: "需要补正的材料和理由"
        case .concludeReview: "审查意见"
        case .reportHandling: "处理情况"
        case .returnHandling: "退回理由"
        case .withdraw: "撤回理由"
        default: "说明"
        }
    }

    /// The stages the step is open in, and where it leads. Steps with a choice (a legality opinion, a
    /// deliberation, a review outcome) lead where the choice says: `next` gives the way forward, and the store's
    /// step planner the way back.
    public func next(from stage: NormativeStage) -> NormativeStage? {
        switch (self, stage) {
        case (.finishDraft, .drafting): .evaluation
        case (.recordEvaluation, .evaluation): .publicComment
        case (.openComment, .publicComment): .publicComment
        case (.skipComment, .publicComment), (.sendForLegalityReview, .publicComment): .legalityReview
        case (.giveLegalityOpinion, .legalityReview): .deliberation
        case (.recordDeliberation, .deliberation): .registration
        case (.register, .registration): .published
        case (.submitFiling, .published), (.resubmitFiling, .supplementing): .filed
        case (.requestSupplement, .filed): .supplementing
        case (.registerFiling, .filed): .underReview
        case (.concludeReview, .underReview): .closed
        case (.reportHandling, .correcting): .handlingReported
        case (.acceptHandling, .handlingReported): .closed
        case (.returnHandling, .handlingReported): .correcting
        case (.withdraw, let stage) where stage.isDraft: .withdrawn
        default: nil
        }
    }

    /// Why the step is refused in `stage`, in Chinese.
    public func refusal(for stage: NormativeStage) -> String {
        "文件当前处于「\(stage.label)」阶段，不能\(label)"
    }
}
