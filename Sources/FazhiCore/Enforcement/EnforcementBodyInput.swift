import Foundation

/// An organisation registered as an enforcement body (执法主体) as entered: the organisation, the law that makes it
/// one (主体资格依据), the territory it enforces in (管辖区域) and its status.
public struct EnforcementBodyInput: Sendable, Codable, Equatable {
    public var organisationID: String?
    public var legalBasis: String?
    public var territory: String?
    public var status: String?

    public init(organisationID: String?, legalBasis: String?, territory: String?, status: String? = nil) {
        self.organisationID = organisationID
        self.legalBasis = legalBasis
        self.territory = territory
        self.status = status
    }

    public struct Valid: Sendable, Equatable, Codable {
        public var organisationID: UUID
        public var legalBasis: String
        public var territory: String
        public var status: EnforcementBodyStatus
    }

    /// The input checked field by field; an empty status is 有效.
    public func validated() throws(DomainError) -> Valid {
        var v = Validation()
        let id = organisationID.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        if id == nil { v.add("organisationID", "请选择登记为执法主体的机构") }
        let basis = v.text("legalBasis", legalBasis, label: "主体资格依据", maxLength: 2000)
        let territory = v.text("territory", territory, label: "管辖区域", maxLength: 200)
        let statusText = status?.trimmingCharacters(in: .whitespaces) ?? ""
        let status = statusText.isEmpty ? .active : EnforcementBodyStatus(text: statusText)
        if status == nil { v.add("status", "状态应为「有效」「暂停」或「已撤销」") }
        try v.check()
        return Valid(organisationID: id!, legalBasis: basis, territory: territory, status: status!)
    }
}
