import Foundation

/// An enforcement certificate (执法证) as entered: its number, who issued it, the fields it covers (执法领域) and its
/// term.
public struct CertificateInput: Sendable, Codable, Equatable {
    public var number: String?
    public var issuer: String?
    public var fields: String?
    public var validFrom: String?
    public var validTo: String?

    public init(number: String?, issuer: String?, fields: String?, validFrom: String?, validTo: String?) {
        self.number = number
        self.issuer = issuer
        self.fields = fields
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public struct Valid: Sendable, Equatable, Codable {
        public var number: String
        public var issuer: String
        public var fields: String
        public var validFrom: CivilDate
        public var validTo: CivilDate
    }

    /// Certificate numbers are letters, digits and hyphens (the provinces' formats differ), 4 to 32 of them.
    public static func isWellFormed(_ number: String) -> Bool {
        (4...32).contains(number.count)
            && number.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
    }

    /// Checks the fields into `v`, each under `prefix` + its name (「certificateNumber」 in the officer form).
    func check(into v: inout Validation, prefix: String = "") -> Valid? {
        func name(_ field: String) -> String {
            prefix.isEmpty ? field : prefix + field.prefix(1).uppercased() + field.dropFirst()
        }
        let number = v.text(name("number"), number, label: "执法证号", maxLength: 32).uppercased()
        if !number.isEmpty && !Self.isWellFormed(number) {
            v.add(name("number"), "执法证号「\(number.prefix(40))」应为4至32位字母、数字或连字符")
        }
        let issuer = v.text(name("issuer"), issuer, label: "发证机关", maxLength: 100)
        let fields = v.text(name("fields"), fields, label: "执法领域", maxLength: 200)
        let from = v.date(name("validFrom"), validFrom, label: "有效期起")
        let to = v.date(name("validTo"), validTo, label: "有效期至")
        if let from, let to, to < from { v.add(name("validTo"), "有效期至不能早于有效期起") }
        guard let from, let to else { return nil }
        return Valid(number: number, issuer: issuer, fields: fields, validFrom: from, validTo: to)
    }

    /// The certificate checked field by field.
    public func validated() throws(DomainError) -> Valid {
        var v = Validation()
        let valid = check(into: &v)
        try v.check()
        return valid!
    }
}
