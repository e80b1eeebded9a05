import Foundation

/// A supervision notice as a bureau writes it: the kind, what it found, what it requires, and the reply period.
public struct SupervisionNoticeInput: Codable, Sendable, Equatable {
    public var kind: String?
    public var findings: String?
    public var requirement: String?
    public var replyDays: String?

    public init(kind: String?, findings: String?, requirement: String?, replyDays: String?) {
        self.kind = kind
        self.findings = findings
        self.requirement = requirement
        self.replyDays = replyDays
    }

    /// The notice read and checked field by field; errors in Chinese beside `kind`, `findings`, `requirement`,
    /// `replyDays`.
    public func validated() throws(DomainError) -> SupervisionNotice {
        var check = Validation()
        let kind = SupervisionNoticeKind(rawValue: kind ?? "")
        if kind == nil { check.add("kind", "请选择督办文书种类（监督意见书或纠错通知书）") }
        let findings = check.text("findings", findings, label: "发现的问题", maxLength: 5000)
        let requirement = check.text("requirement", requirement, label: "整改要求", maxLength: 5000)
        let days = Int((replyDays ?? "").trimmingCharacters(in: .whitespaces))
        let range = SupervisionPolicy.replyDaysRange
        if days == nil {
            check.add("replyDays", "请填写答复期限（工作日数）")
        } else if let days, !range.contains(days) {
            check.add("replyDays", "答复期限应为\(range.lowerBound)至\(range.upperBound)个工作日")
        }
        try check.check()
        return SupervisionNotice(kind: kind!, findings: findings, requirement: requirement, replyDays: days!)
    }
}

/// A checked supervision notice.
public struct SupervisionNotice: Codable, Sendable, Equatable {
    public var kind: SupervisionNoticeKind
    public var findings: String
    public var requirement: String
    public var replyDays: Int

    public init(kind: SupervisionNoticeKind, findings: String, requirement: String, replyDays: Int) {
        self.kind = kind
        self.findings = findings
        self.requirement = requirement
        self.replyDays = replyDays
    }
}

/// A step on a notice as text: the reply, or the bureau's reasons.
public struct SupervisionStepInput: Codable, Sendable, Equatable {
    public var action: String?
    public var text: String?

    public init(action: String?, text: String?) {
        self.action = action
        self.text = text
    }

    /// The action and its text: a reply and the reasons for a return or an escalation are required, a note on
    /// acceptance is not.
    public func validated() throws(DomainError) -> (action: SupervisionAction, text: String) {
        guard let action = SupervisionAction(rawValue: action ?? "") else {
            throw DomainError.invalid("action", "请选择操作")
        }
        var check = Validation()
        let text: String
        switch action {
        case .reply: text = check.text("text", self.text, label: "答复内容（整改情况）", maxLength: 5000)
        case .return: text = check.text("text", self.text, label: "退回理由", maxLength: 2000)
        case .escalate: text = check.text("text", self.text, label: "提请理由", maxLength: 2000)
        case .accept:
            text = self.text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.count > 2000 { check.add("text", "办结意见不能超过2000个字") }
        }
        try check.check()
        return (action, text)
    }
}
