import Foundation

/// An organisation of the tree: a government, or a department or agency of one.
public struct Organisation: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var name: String
    public var shortName: String
    public var kind: OrgKind
    public var parentID: UUID?
    public var path: OrgPath
    public var creditCode: String?
    public var aliases: [String]
    public var active: Bool

    public init(
        id: UUID, name: String, shortName: String, kind: OrgKind, parentID: UUID?, path: OrgPath,
        creditCode: String?, aliases: [String], active: Bool
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentID = parentID
        self.path = path
        self.creditCode = creditCode
        self.aliases = aliases
        self.active = active
    }

    public var summary: OrgSummary { OrgSummary(path: path, kind: kind) }
}

/// What a user submits to create or edit an organisation, validated by `validated()`.
public struct OrganisationInput: Sendable, Equatable, Codable {
    public var name: String
    public var shortName: String?
    public var kind: String
    public var parentID: UUID?
    public var creditCode: String?
    public var aliases: [String]?

    public init(
        name: String, shortName: String? = nil, kind: String, parentID: UUID? = nil, creditCode: String? = nil,
        aliases: [String]? = nil
    ) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentID = parentID
        self.creditCode = creditCode
        self.aliases = aliases
    }

    /// The checked values, or every field problem at once.
    public func validated() throws(DomainError) -> ValidOrganisationInput {
        var v = Validation()
        let name = v.text("name", name, label: "机构名称", maxLength: 100)
        let short = shortName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if short.count > 50 { v.add("shortName", "简称不能超过50个字") }
        let kind = OrgKind(rawValue: kind)
        if kind == nil { v.add("kind", "请选择机构类型") }
        var code: String? = nil
        if let raw = creditCode?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            do { code = try CreditCode(raw).value } catch { v.add("creditCode", error.message) }
        }
        let aliases = (aliases ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if aliases.count > 20 { v.add("aliases", "别名最多20个") }
        try v.check()
        return ValidOrganisationInput(
            name: name, shortName: short.isEmpty ? name : short, kind: kind!, parentID: parentID, creditCode: code,
            aliases: aliases)
    }
}

public struct ValidOrganisationInput: Sendable, Equatable {
    public let name: String
    public let shortName: String
    public let kind: OrgKind
    public let parentID: UUID?
    public let creditCode: String?
    public let aliases: [String]

    public init(
        name: String, shortName: String, kind: OrgKind, parentID: UUID?, creditCode: String?, aliases: [String]
    ) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parentID = parentID
        self.creditCode = creditCode
        self.aliases = aliases
    }
}
