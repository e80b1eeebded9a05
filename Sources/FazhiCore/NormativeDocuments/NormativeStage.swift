/// Where a document stands in its life, from the drafting unit's first text to the end of its filing review.
///
/// The order is the order of the procedure (国办发〔2018〕37号 and the local rules that follow it; 规章制定程序条例 for
/// rules): 起草 → 评估论证 → 公开征求意见 → 合法性审核 → 集体审议 → 统一登记、编号、印发 → 报送备案 → 备案审查.
/// Whether a published document is in force is a separate matter (`NormativeValidity`): a document under review
/// is already in force.
public enum NormativeStage: String, CaseIterable, Sendable, Codable {
    /// 起草中: the drafting unit writes the text.
    case drafting
    /// 评估论证: the need, legality and effects are assessed (评估论证).
    case evaluation
    /// 征求意见中: the draft is on the public portal for comment.
    case publicComment = "public_comment"
    /// 合法性审核中: with the legal unit (部门法制机构 or 司法局).
    case legalityReview = "legality_review"
    /// 待集体审议: passed legality review; waits for the government's or department's meeting.
    case deliberation
    /// 待登记印发: adopted; waits for uniform registration, numbering and publication.
    case registration
    /// 已印发待报备: published, in force from its effective date; must be filed within the limit.
    case published
    /// 已报送备案: with the filing body, which registers it or asks for more material.
    case filed
    /// 补正中: registration deferred (暂缓办理备案登记) until the drafting body supplements the filing.
    case supplementing
    /// 审查中: registered (备案登记); the filing body reviews it against superior law.
    case underReview = "under_review"
    /// 纠正中: the review asked for correction or suggested revocation; the drafting body must report what it did.
    case correcting
    /// 待核销: the drafting body reported its handling; the filing body accepts it or sends it back.
    case handlingReported = "handling_reported"
    /// 审查完毕: filing review concluded (准予备案, or the correction accepted).
    case closed
    /// 已撤回: the draft was abandoned before publication.
    case withdrawn

    public var label: String {
        switch self {
        case .drafting: "起草中"
        case .evaluation: "评估论证"
        case .publicComment: "征求意见中"
        case .legalityReview: "合法性审核中"
        case .deliberation: "待集体审议"
        case .registration: "待登记印发"
        case .published: "已印发待报备"
        case .filed: "已报送备案"
        case .supplementing: "补正中"
        case .underReview: "备案审查中"
        case .correcting: "纠正中"
        case .handlingReported: "纠正情况待核"
        case .closed: "审查完毕"
        case .withdrawn: "已撤回"
        }
    }

    /// Published (印发): public, numbered, counted in the catalogue and the statistics.
    public var isPublished: Bool {
        switch self {
        case .published, .filed, .supplementing, .underReview, .correcting, .handlingReported, .closed: true
        default: false
        }
    }

    /// A draft: visible only within its organisation's scope (and, during public comment, its text on the portal).
    public var isDraft: Bool { !isPublished && self != .withdrawn }

    /// With the filing body (报送备案 onwards).
    public var isFiled: Bool { isPublished && self != .published }
}

/// The outcome of a filing review (备案审查结论).
public enum NormativeReviewOutcome: String, CaseIterable, Sendable, Codable {
    /// 准予备案: no problem found.
    case approved
    /// 要求纠正: the drafting body must amend the document (法规规章备案审查条例 第十八条).
    case correct
    /// 建议撤销: the document should be revoked (or repealed) by its drafting body.
    case revoke

    public var label: String {
        switch self {
        case .approved: "准予备案"
        case .correct: "要求纠正"
        case .revoke: "建议撤销"
        }
    }
}

/// The legal unit's opinion after legality review (合法性审核意见).
public enum LegalityOpinion: String, CaseIterable, Sendable, Codable {
    /// 合法: may go to deliberation as it is.
    case lawful
    /// 修改后合法: may go to deliberation once the drafting unit made the stated changes (recorded with the text).
    case lawfulAfterChanges = "lawful_after_changes"
    /// 不合法: back to drafting.
    case unlawful

    public var label: String {
        switch self {
        case .lawful: "合法"
        case .lawfulAfterChanges: "修改后合法"
        case .unlawful: "不合法，退回起草"
        }
    }
}
