import Fluent
import Foundation

/// Table `notifications`: messages to one user (a deadline moved, is due soon, has passed).
final class NotificationModel: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @OptionalField(key: "link") var link: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}

    var domain: UserNotification {
        UserNotification(
            id: id!, kind: kind, title: title, body: body, link: link, createdAt: createdAt, readAt: readAt)
    }
}
