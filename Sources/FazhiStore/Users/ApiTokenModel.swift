import Fluent
import Foundation

/// Table `api_tokens`: tokens for integrating systems. Only the SHA-256 of a token is kept;
/// the token itself is shown once when it is created.
public final class ApiTokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "prefix") var prefix: String
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Parent(key: "user_id") var user: UserModel
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?

    public init() {}
}
