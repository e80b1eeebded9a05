import Foundation

/// An officer (执法人员 or 监督人员) of a body as entered, with the certificate they hold; a user account may be linked
/// so that the officer's own cases can be found.
public struct OfficerInput: Sendable, Codable, Equatable {
    public var name: String?
    public var duty: String?
    public var userID: String?
    public var certificateNumber: String?
    public var issuer: String?
    public var fields: String?
    public var validFrom: String?
    public var validTo: String?

    public init(
        name: String?, duty: String?, userID: String? = nil, certificateNumber: String?, issuer: String?,
        fields: String?, validFrom: String?, validTo: String?
    ) {
        self.name = name
        self.duty = duty
        self.userID = userID
        self.certificateNumber = certificateNumber
        self.issuer = issuer
        self.fields = fields
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public struct Valid: Sendable, Equatable, Codable {
        public var name: String
        public var duty: OfficerDuty
        public var userID: UUID?
        public var certificate: CertificateInput.Valid
    }

    /// The certificate part, as `CertificateInput` checks it.
    public var certificate: CertificateInput {
        CertificateInput(
            number: certificateNumber, issuer: issuer, fields: fields, validFrom: validFrom, validTo: validTo)
    }

    /// The input checked field by field; the certificate's fields keep the form's names (`certificateNumber`,
    /// `issuer`, `fields`, `validFrom`, `validTo`).
    public func validated() throws(DomainError) -> Valid {
        var v = Validation()
        let name = v.text("name", name, label: "姓名", maxLength: 50)
        let dutyText = duty?.trimmingCharacters(in: .whitespaces) ?? ""
        let duty = dutyText.isEmpty ? .enforcement : OfficerDuty(text: dutyText)
        if duty == nil { v.add("duty", "人员类别应为「执法人员」或「监督人员」") }
        let userText = userID?.trimmingCharacters(in: .whitespaces) ?? ""
        let user = UUID(uuidString: userText)
        if !userText.isEmpty && user == nil { v.add("userID", "关联账号无效，请重新选择") }
        var certificate = self.certificate.check(into: &v, prefix: "")
        // The number is the one field named differently in the officer form.
        v = Validation(renaming: v, "number", to: "certificateNumber")
        if certificate != nil && v.errors.contains(where: { $0.field == "certificateNumber" }) { certificate = nil }
        try v.check()
        return Valid(name: name, duty: duty!, userID: user, certificate: certificate!)
    }
}

extension Validation {
    /// The same errors, `field` renamed.
    init(renaming other: Validation, _ field: String, to name: String) {
        self.init()
        for error in other.errors { add(error.field == field ? name : error.field, error.message) }
    }
}
