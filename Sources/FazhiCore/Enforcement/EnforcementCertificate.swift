/// An enforcement certificate (执法证) as a rule needs it: whose, and whether it allowed enforcement on a day.
public struct EnforcementCertificate: Codable, Sendable, Equatable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case valid
        case suspended
        case revoked

        public var label: String {
            switch self {
            case .valid: "有效"
            case .suspended: "暂扣"
            case .revoked: "注销"
            }
        }
    }

    public var number: String
    public var holderName: String
    public var validFrom: CivilDate
    public var validTo: CivilDate
    public var status: Status

    public init(number: String, holderName: String, validFrom: CivilDate, validTo: CivilDate, status: Status) {
        self.number = number
        self.holderName = holderName
        self.validFrom = validFrom
        self.validTo = validTo
        self.status = status
    }

    /// Why the certificate did not allow enforcement on `day`, or nil when it did.
    public func problem(on day: CivilDate) -> String? {
        if status != .valid { return "执法证\(number)（\(holderName)）已\(status.label)" }
        if day < validFrom { return "执法证\(number)（\(holderName)）自\(validFrom.iso)起才有效" }
        if day > validTo { return "执法证\(number)（\(holderName)）已于\(validTo.iso)到期" }
        return nil
    }
}
