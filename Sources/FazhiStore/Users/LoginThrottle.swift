import FazhiCore
import Fluent
import Foundation

/// Slows down password guessing: after `perAccount` failures for one account, or
/// `perAddress` failures from one address, within `window`, sign-in is refused until the
/// window has passed. Failures are rows in `login_failures`, so limits hold across restarts.
public struct LoginThrottle: Sendable {
    public let perAccount: Int
    public let perAddress: Int
    public let window: TimeInterval
    let now: @Sendable () -> Date

    public init(
        perAccount: Int = 5, perAddress: Int = 30, window: TimeInterval = 15 * 60,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.perAccount = perAccount
        self.perAddress = perAddress
        self.window = window
        self.now = now
    }

    func check(username: String, address: String, on db: any Database) async throws {
        let since = now().addingTimeInterval(-window)
        let account = try await LoginFailureModel.query(on: db)
            .filter(\.$key == "user:" + username).filter(\.$at > since).count()
        let fromAddress = try await LoginFailureModel.query(on: db)
            .filter(\.$key == "addr:" + address).filter(\.$at > since).count()
        if account >= perAccount || fromAddress >= perAddress {
            throw DomainError.throttled("登录失败次数过多，请\(Int(window / 60))分钟后再试")
        }
    }

    func recordFailure(username: String, address: String, on db: any Database) async throws {
        let at = now()
        try await [
            LoginFailureModel(key: "user:" + username, at: at), LoginFailureModel(key: "addr:" + address, at: at),
        ]
        .create(on: db)
    }

    func clear(username: String, on db: any Database) async throws {
        try await LoginFailureModel.query(on: db).filter(\.$key == "user:" + username).delete()
    }

    /// Deletes failures older than the window (run by a maintenance job).
    public static func prune(olderThan date: Date, on db: any Database) async throws {
        try await LoginFailureModel.query(on: db).filter(\.$at < date).delete()
    }
}
