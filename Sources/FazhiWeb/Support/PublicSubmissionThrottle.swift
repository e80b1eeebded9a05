import FazhiCore
import Foundation
import Vapor

/// Keeps one network address from flooding the public forms (comments on drafts, review suggestions): at most
/// `limit` accepted submissions per address in a sliding `window`. In memory and per process — enough to stop a
/// script, not a distributed attack, and nothing to clean up. Only accepted submissions count, so a citizen who
/// corrects a refused form is not held back.
final class PublicSubmissionThrottle: @unchecked Sendable {
    let limit: Int
    let window: TimeInterval
    private var accepted: [String: [Date]] = [:]
    private let lock = NSLock()

    init(limit: Int = 10, window: TimeInterval = 600) {
        self.limit = limit
        self.window = window
    }

    static let refusal = DomainError.throttled("提交过于频繁：同一网络地址10分钟内最多提交10条意见或建议，请稍后再试")

    /// Refuses (429) when the address has used up its submissions.
    func check(_ address: String, now: Date = Date()) throws {
        let full = lock.withLock { recent(address, now: now).count >= limit }
        if full { throw Self.refusal }
    }

    /// Counts an accepted submission.
    func record(_ address: String, now: Date = Date()) {
        lock.withLock {
            var times = recent(address, now: now)
            times.append(now)
            accepted[address] = times
        }
    }

    /// The address's submissions within the window; drops the older ones (called with the lock held).
    private func recent(_ address: String, now: Date) -> [Date] {
        let times = (accepted[address] ?? []).filter { now.timeIntervalSince($0) < window }
        accepted[address] = times.isEmpty ? nil : times
        return times
    }
}

extension Request {
    /// Runs a public submission under the address's throttle: refused with 429 when the address has used up its
    /// submissions, counted when it is accepted.
    func throttledSubmission<T>(_ submit: () async throws -> T) async throws -> T {
        let address = remoteAddress?.ipAddress ?? "unknown"
        try services.publicSubmissions.check(address)
        let result = try await submit()
        services.publicSubmissions.record(address)
        return result
    }
}
