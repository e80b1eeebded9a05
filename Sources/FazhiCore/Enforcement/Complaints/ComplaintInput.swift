import Foundation

/// A complaint or report as the public form or the hotline feed sends it, all as text.
public struct ComplaintInput: Codable, Sendable, Equatable {
    /// The registered enforcement body complained about (its organisation id).
    public var bodyID: String?
    public var kind: String?
    public var narrative: String?
    public var decisionNumber: String?
    public var name: String?
    public var mobile: String?
    /// 「1」 or 「true」: an anonymous report, which gets no reply.
    public var anonymous: String?

    public init(
        bodyID: String?, kind: String?, narrative: String?, decisionNumber: String? = nil, name: String? = nil,
        mobile: String? = nil, anonymous: String? = nil
    ) {
        self.bodyID = bodyID
        self.kind = kind
        self.narrative = narrative
        self.decisionNumber = decisionNumber
        self.name = name
        self.mobile = mobile
        self.anonymous = anonymous
    }

    /// The complaint read and checked field by field; errors in Chinese beside `bodyID`, `kind`, `narrative`,
    /// `decisionNumber`, `name`, `mobile`, `anonymous`. Name and mobile are required for a reply; only a report (举报)
    /// may be anonymous, since a complaint about conduct needs someone to answer.
    public func validated() throws(DomainError) -> Complaint {
        var check = Validation()
        let body = UUID(uuidString: (bodyID ?? "").trimmingCharacters(in: .whitespaces))
        if body == nil { check.add("bodyID", "请选择被投诉举报的执法机关") }
        let kind = ComplaintKind(rawValue: kind ?? "")
        if kind == nil { check.add("kind", "请选择投诉（执法行为）或举报（违法行为）") }
        let narrative = check.text("narrative", narrative, label: "事情经过", maxLength: 4000)
        if !narrative.isEmpty && narrative.count < 10 { check.add("narrative", "事情经过请至少写10个字") }
        let decision = check.optionalText("decisionNumber", decisionNumber, label: "相关决定书文号", maxLength: 100)
        let anonymous = ["1", "true", "on", "yes"].contains((anonymous ?? "").lowercased())
        var name: String?
        var mobile: String?
        if anonymous {
            if kind == .complaint { check.add("anonymous", "投诉需要留下姓名和手机号码，以便答复；匿名只适用于举报") }
        } else {
            name = check.text("name", self.name, label: "姓名", maxLength: 40)
            let typed = Self.normaliseMobile(self.mobile)
            if typed.isEmpty {
                check.add("mobile", "请填写手机号码，以便答复（不需要答复的举报可以选择匿名）")
            } else if !Self.isMobile(typed) {
                check.add("mobile", "手机号码应为以1开头的11位数字")
            } else {
                mobile = typed
            }
        }
        try check.check()
        return Complaint(
            bodyID: body!, kind: kind!, narrative: narrative, decisionNumber: decision, name: name, mobile: mobile)
    }

    /// The number without spaces, dashes or a +86 prefix.
    static func normaliseMobile(_ text: String?) -> String {
        var digits = (text ?? "").filter { !" -　".contains($0) }
        if digits.hasPrefix("+86") { digits.removeFirst(3) }
        return digits
    }

    /// A mainland mobile number: 11 digits starting 13–19.
    public static func isMobile(_ text: String) -> Bool {
        text.count == 11 && text.allSatisfy(\.isASCIIDigit) && text.hasPrefix("1")
            && "3456789".contains(text[text.index(after: text.startIndex)])
    }
}

/// A checked complaint. `name` and `mobile` are nil for an anonymous report.
public struct Complaint: Codable, Sendable, Equatable {
    public var bodyID: UUID
    public var kind: ComplaintKind
    public var narrative: String
    public var decisionNumber: String?
    public var name: String?
    public var mobile: String?

    public init(
        bodyID: UUID, kind: ComplaintKind, narrative: String, decisionNumber: String?, name: String?, mobile: String?
    ) {
        self.bodyID = bodyID
        self.kind = kind
        self.narrative = narrative
        self.decisionNumber = decisionNumber
        self.name = name
        self.mobile = mobile
    }

    /// Whether the complainant left no way to answer them.
    public var isAnonymous: Bool { mobile == nil }
}

/// A step as text: the action, its words, and for a reassignment the body it goes to.
public struct ComplaintStepInput: Codable, Sendable, Equatable {
    public var action: String?
    public var text: String?
    public var target: String?

    public init(action: String?, text: String?, target: String? = nil) {
        self.action = action
        self.text = text
        self.target = target
    }

    /// The action, its text and target: a refusal's reason, a reply and a reassignment's reason and target are
    /// required; a note on acceptance is not.
    public func validated() throws(DomainError) -> (action: ComplaintAction, text: String, target: UUID?) {
        guard let action = ComplaintAction(rawValue: action ?? "") else {
            throw DomainError.invalid("action", "请选择操作")
        }
        var check = Validation()
        var target: UUID?
        let text: String
        switch action {
        case .accept:
            text = check.optionalText("text", self.text, label: "受理意见", maxLength: 2000) ?? ""
        case .refuse: text = check.text("text", self.text, label: "不予受理的理由", maxLength: 2000)
        case .reply: text = check.text("text", self.text, label: "答复内容", maxLength: 5000)
        case .reassign:
            text = check.text("text", self.text, label: "转办理由", maxLength: 2000)
            target = UUID(uuidString: (self.target ?? "").trimmingCharacters(in: .whitespaces))
            if target == nil { check.add("target", "请选择转办给哪个机关") }
        }
        try check.check()
        return (action, text, target)
    }
}

/// The complainant's view of the answer as posted.
public struct ComplaintFeedbackInput: Codable, Sendable, Equatable {
    public var rating: String?
    public var comment: String?

    public init(rating: String?, comment: String?) {
        self.rating = rating
        self.comment = comment
    }

    /// The rating (required) and an optional comment of at most 500 characters.
    public func validated() throws(DomainError) -> (rating: ComplaintRating, comment: String?) {
        var check = Validation()
        let rating = ComplaintRating(rawValue: rating ?? "")
        if rating == nil { check.add("rating", "请选择满意、基本满意或不满意") }
        let comment = check.optionalText("comment", comment, label: "意见", maxLength: 500)
        try check.check()
        return (rating!, comment)
    }
}
