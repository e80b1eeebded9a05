import FazhiCore
import Vapor

extension EnforcementBodyInput: Content {}
extension OfficerInput: Content {}
extension CertificateInput: Content {}

/// A certificate for an officer chosen on the body page; its fields are prefixed `cert` so that their ids differ
/// from the officer form's on the same page.
struct CertificateForm: Content {
    var officerID: String?
    var certNumber: String?
    var certIssuer: String?
    var certFields: String?
    var certValidFrom: String?
    var certValidTo: String?

    var input: CertificateInput {
        CertificateInput(
            number: certNumber, issuer: certIssuer, fields: certFields, validFrom: certValidFrom, validTo: certValidTo)
    }

    /// `number` → `certNumber`, as the form names it.
    static func field(_ name: String) -> String { "cert" + name.prefix(1).uppercased() + name.dropFirst() }
}

/// The blank forms of the body page, or the one being corrected.
struct EnforcementBodyForms {
    var registration: EnforcementBodyInput
    var officer = OfficerInput(
        name: nil, duty: nil, certificateNumber: nil, issuer: nil, fields: nil, validFrom: nil, validTo: nil)
    var certificate = CertificateForm()
    /// Which form the errors belong to: `registration`, `officer` or `certificate`.
    var failed: String?
    var errors: [FieldError] = []

    func errors(for form: String) -> [FieldError] { failed == form ? errors : [] }
}
