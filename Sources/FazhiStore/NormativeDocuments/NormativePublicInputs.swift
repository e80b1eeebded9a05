import FazhiCore
import Foundation

/// A comment from the public on a draft open for comment (公开征求意见), as the form or the API sends it.
public struct NormativePublicCommentInput: Sendable, Codable {
    public var body: String?
    public var name: String?
    public var contact: String?

    public init(body: String?, name: String? = nil, contact: String? = nil) {
        self.body = body
        self.name = name
        self.contact = contact
    }

    struct Valid: Sendable {
        var body: String
        var name: String?
        var contact: String?
    }

    func validated() throws(DomainError) -> Valid {
        var v = Validation()
        let body = NormativePublicText.required("body", body, label: "意见内容", length: 5...2000, in: &v)
        let name = v.optionalText("name", name, label: "姓名", maxLength: 40)
        let contact = v.optionalText("contact", contact, label: "联系方式", maxLength: 100)
        try v.check()
        return Valid(body: body, name: name, contact: contact)
    }
}

/// A review suggestion (审查建议) against a filed document, named by its id (the document's page) or by its
/// number (文号, typed by the citizen).
public struct NormativeSuggestionInput: Sendable, Codable {
    public var documentID: String?
    public var documentNumber: String?
    public var body: String?
    public var name: String?
    public var contact: String?

    public init(
        documentID: String? = nil, documentNumber: String? = nil, body: String?, name: String? = nil,
        contact: String? = nil
    ) {
        self.documentID = documentID
        self.documentNumber = documentNumber
        self.body = body
        self.name = name
        self.contact = contact
    }

    /// Whether the suggestion names its document by id (sent from the document's own page).
    var namesDocumentByID: Bool { !(documentID?.trimmingCharacters(in: .whitespaces) ?? "").isEmpty }
}

/// The filing body's answer to a review suggestion.
public struct NormativeSuggestionAnswerInput: Sendable, Codable {
    public var answer: String?

    public init(answer: String?) { self.answer = answer }

    func validated() throws(DomainError) -> String {
        var v = Validation()
        let answer = NormativePublicText.required("answer", answer, label: "答复意见", length: 10...4000, in: &v)
        try v.check()
        return answer
    }
}

/// Texts with a least and a most length: the public's comments and suggestions, and the answers to them. A
/// namespace rather than a `Validation` extension, so that it cannot collide with another feature's helper.
enum NormativePublicText {
    /// A required text of `length` characters (after trimming); records the error and returns what was read.
    static func required(
        _ field: String, _ value: String?, label: String, length: ClosedRange<Int>, in v: inout Validation
    ) -> String {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            v.add(field, "请填写\(label)")
        } else if trimmed.count < length.lowerBound {
            v.add(field, "\(label)至少\(length.lowerBound)个字")
        } else if trimmed.count > length.upperBound {
            v.add(field, "\(label)不能超过\(length.upperBound)个字")
        }
        return trimmed
    }
}
