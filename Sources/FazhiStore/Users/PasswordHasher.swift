import NIOPosix
import Vapor

/// Hashes and checks passwords. Bcrypt in production; tests use a low cost so that a suite
/// creating many users stays quick (the algorithm is the same).
///
/// Bcrypt is deliberately slow (about 0.2 s at cost 12), so it runs on its own two threads: on the
/// threads of Swift concurrency or of the database it would stall every other request behind a sign-in.
public struct PasswordHashing: Sendable {
    private let hashNow: @Sendable (String) throws -> String
    private let verifyNow: @Sendable (String, String) throws -> Bool

    /// Threads for hashing only, started once for the life of the process.
    private static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    public static func bcrypt(cost: Int) -> PasswordHashing {
        PasswordHashing(
            hashNow: { try Bcrypt.hash($0, cost: cost) },
            verifyNow: { password, digest in try Bcrypt.verify(password, created: digest) })
    }

    public func hash(_ password: String) async throws -> String {
        let hashNow = self.hashNow
        return try await Self.threads.runIfActive { try hashNow(password) }
    }

    public func verify(_ password: String, _ digest: String) async throws -> Bool {
        let verifyNow = self.verifyNow
        return try await Self.threads.runIfActive { try verifyNow(password, digest) }
    }
}
