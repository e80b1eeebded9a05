import FazhiCore
import Fluent
import Foundation

/// Table `users`. Roles are stored as a comma-separated list of `Role` codes.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "roles") var roles: String
    @Field(key: "active") var active: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    public init() {}

    var domain: User {
        User(
            id: id!, username: username, displayName: displayName, organisationID: $organisation.id,
            roles: Self.decode(roles), active: active)
    }

    static func decode(_ roles: String) -> Set<Role> {
        Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    static func encode(_ roles: Set<Role>) -> String { roles.sorted().map(\.rawValue).joined(separator: ",") }
}
