import FazhiCore
import Foundation

/// A new draft as the drafting unit enters it: kind, title and text (typed or read from an uploaded file by the web
/// layer). The drafting body is the member's organisation unless another in scope is named.
public struct NormativeDraftInput: Sendable, Codable {
    public var kind: String?
    public var title: String?
    public var body: String?
    public var organisationID: String?

    public init(kind: String?, title: String?, body: String?, organisationID: String? = nil) {
        self.kind = kind
        self.title = title
        self.body = body
        self.organisationID = organisationID
    }

    static let maximumBody = 200_000

    func validated() throws -> (kind: NormativeKind, title: String, body: String, organisationID: UUID?) {
        var v = Validation()
        let kind = kind.flatMap(NormativeKind.init(rawValue:))
        if kind == nil { v.add("kind", "请选择文件类别") }
        let title = v.text("title", title, label: "文件名称", maxLength: 200)
        let body = v.text("body", body, label: "文件正文", maxLength: Self.maximumBody)
        let organisationText = organisationID?.trimmingCharacters(in: .whitespaces) ?? ""
        let organisation = UUID(uuidString: organisationText)
        if !organisationText.isEmpty && organisation == nil { v.add("organisationID", "请选择起草单位") }
        try v.check()
        return (kind!, title, body, organisation)
    }
}

/// A step on a document as a form or JSON body gives it: the action and the fields that step needs. Unused fields
/// are ignored, so one form type serves every step.
public struct NormativeStepInput: Sendable, Codable {
    public var action: String?
    /// The step's text: an evaluation's conclusion, a reason, an opinion, a handling report.
    public var body: String?
    /// 公开征求意见: first and last day.
    public var opensOn: String?
    public var closesOn: String?
    /// 合法性审核意见 (`LegalityOpinion`).
    public var opinion: String?
    /// 集体审议: the meeting, its day, and whether it adopted the document (`yes` / `no`).
    public var meeting: String?
    public var meetingOn: String?
    public var adopted: String?
    /// 统一编号、印发: the issuer code (「内政规」), and the days of publication, effect and end of term.
    public var numberCode: String?
    public var publishedOn: String?
    public var effectiveOn: String?
    public var expiresOn: String?
    /// 备案审查结论 (`NormativeReviewOutcome`).
    public var outcome: String?
    /// 纠正处理情况: what the drafting body did (`NormativeCleanupDecision`: amend, repeal, declare_expired).
    public var decision: String?

    public init(
        action: String?, body: String? = nil, opensOn: String? = nil, closesOn: String? = nil, opinion: String? = nil,
        meeting: String? = nil, meetingOn: String? = nil, adopted: String? = nil, numberCode: String? = nil,
        publishedOn: String? = nil, effectiveOn: String? = nil, expiresOn: String? = nil, outcome: String? = nil,
        decision: String? = nil
    ) {
        self.action = action
        self.body = body
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.opinion = opinion
        self.meeting = meeting
        self.meetingOn = meetingOn
        self.adopted = adopted
        self.numberCode = numberCode
        self.publishedOn = publishedOn
        self.effectiveOn = effectiveOn
        self.expiresOn = expiresOn
        self.outcome = outcome
        self.decision = decision
    }
}
