import Fluent
import Foundation

/// Table `login_failures`: one row per failed sign-in, keyed by account and by address, so
/// throttling holds across restarts and across several server processes.
final class LoginFailureModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}
