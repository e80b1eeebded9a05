import Foundation

/// A signed-in person: a member of one organisation holding one or more roles.
public struct User: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public var username: String
    public var displayName: String
    public var organisationID: UUID
    public var roles: Set<Role>
    public var active: Bool

    public init(
        id: UUID, username: String, displayName: String, organisationID: UUID, roles: Set<Role>, active: Bool
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.organisationID = organisationID
        self.roles = roles
        self.active = active
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
}

/// What an administrator submits to create a user.
public struct UserInput: Sendable, Equatable, Codable {
    public var username: String
    public var displayName: String
    public var organisationID: UUID?
    public var roles: [String]
    public var password: String?

    public init(username: String, displayName: String, organisationID: UUID?, roles: [String], password: String?) {
        self.username = username
        self.displayName = displayName
        self.organisationID = organisationID
        self.roles = roles
        self.password = password
    }

    /// The checked values, or every field problem at once.
    public func validated(requirePassword: Bool = true) throws(DomainError) -> ValidUserInput {
        var v = Validation()
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        if username.isEmpty {
            v.add("username", "请填写登录名")
        } else if username.count > 40
            || !username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        {
            v.add("username", "登录名只能使用字母、数字和 - _ .，不超过40位")
        }
        let display = v.text("displayName", displayName, label: "姓名", maxLength: 50)
        if organisationID == nil { v.add("organisationID", "请选择所属机构") }
        var roles = Set<Role>()
        for code in self.roles {
            if let role = Role(rawValue: code) { roles.insert(role) } else { v.add("roles", "无法识别的角色「\(code)」") }
        }
        if roles.isEmpty && v.errors.allSatisfy({ $0.field != "roles" }) { v.add("roles", "至少选择一个角色") }
        if requirePassword || password?.isEmpty == false {
            if let problem = PasswordPolicy.problem(with: password ?? "") { v.add("password", problem) }
        }
        try v.check()
        return ValidUserInput(
            username: username, displayName: display, organisationID: organisationID!, roles: roles,
            password: password?.isEmpty == false ? password : nil)
    }
}

public struct ValidUserInput: Sendable, Equatable {
    public let username: String
    public let displayName: String
    public let organisationID: UUID
    public let roles: Set<Role>
    public let password: String?

    public init(username: String, displayName: String, organisationID: UUID, roles: Set<Role>, password: String?) {
        self.username = username
        self.displayName = displayName
        self.organisationID = organisationID
        self.roles = roles
        self.password = password
    }
}
