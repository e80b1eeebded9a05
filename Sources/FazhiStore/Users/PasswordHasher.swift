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

    /// Checks `password` against a digest made for no account, taking as long as a real check: a sign-in with an
    /// unknown username then costs the same time as one with a wrong password, so timing does not reveal which
    /// usernames exist. The digest is made on first use.
    public func verifyDecoy(_ password: String) async throws {
        let decoy = try await decoyDigest.value(orMake: { try await hash("fazhi-decoy-password") })
        _ = try await verify(password, decoy)
    }

    private let decoyDigest = DecoyDigest()

    public func verify(_ password: String, _ digest: String) async throws -> Bool {
        let verifyNow = self.verifyNow
        return try await Self.threads.runIfActive { try verifyNow(password, digest) }
    }
}

/// The decoy digest, made once per hasher.
private actor DecoyDigest {
    private var digest: String?

    func value(orMake make: @Sendable () async throws -> String) async throws -> String {
        if let digest { return digest }
        let made = try await make()
        digest = made
        return made
    }
}
