import Vapor

/// Hashes and checks passwords. Bcrypt in production; tests use a low cost so that a suite
/// creating many users stays quick (the algorithm is the same).
public struct PasswordHashing: Sendable {
    public let hash: @Sendable (String) throws -> String
    public let verify: @Sendable (String, String) throws -> Bool

    public static func bcrypt(cost: Int) -> PasswordHashing {
        PasswordHashing(
            hash: { try Bcrypt.hash($0, cost: cost) },
            verify: { password, digest in try Bcrypt.verify(password, created: digest) })
    }
}
