import Testing

@testable import FazhiCore

@Suite("RetryPolicy")
struct RetryPolicyTests {
    @Test func theDefaultPolicyDoublesFromTenSecondsForFiveAttempts() {
        // given
        let policy = RetryPolicy()
        // when
        let delays = (0...6).map { policy.delay(afterFailedAttempts: $0) }
        // then
        #expect(policy == RetryPolicy(maxAttempts: 5, baseSeconds: 10, capSeconds: 3600))
        #expect(delays == [10, 10, 20, 40, 80, nil, nil])
    }

    @Test func theDelayIsCapped() {
        // given
        let policy = RetryPolicy(maxAttempts: 10, baseSeconds: 10, capSeconds: 100)
        // when
        let delays = (1...9).map { policy.delay(afterFailedAttempts: $0) }
        // then
        #expect(delays == [10, 20, 40, 80, 100, 100, 100, 100, 100])
    }

    @Test func aVeryLargeAttemptCountStillGivesTheCap() {
        // given a policy that never gives up
        let policy = RetryPolicy(maxAttempts: .max, baseSeconds: 1, capSeconds: 60)
        // when
        let delay = policy.delay(afterFailedAttempts: 100_000)
        // then
        #expect(delay == 60)
    }

    @Test func aPolicyWithoutAttemptsNeverRetries() {
        // given
        let policy = RetryPolicy(maxAttempts: 0)
        // when
        let delay = policy.delay(afterFailedAttempts: 0)
        // then
        #expect(delay == nil)
    }

    @Test("property: delays never shrink, stay within base and cap, and stop after maxAttempts")
    func randomPolicies() {
        // given
        var rng = SplitMix64(seed: 1)
        var failures: [String] = []
        for _ in 0..<300 {
            let policy = RetryPolicy(
                maxAttempts: Int.random(in: 0...40, using: &rng),
                baseSeconds: Double.random(in: 0.1...100, using: &rng),
                capSeconds: Double.random(in: 1...86_400, using: &rng))
            // when
            let delays = (0...45).map { policy.delay(afterFailedAttempts: $0) }
            // then
            let given = delays.prefix { $0 != nil }.compactMap { $0 }
            let ok =
                given.count == policy.maxAttempts && delays.dropFirst(given.count).allSatisfy { $0 == nil }
                && zip(given, given.dropFirst()).allSatisfy { $0 <= $1 }
                && given.allSatisfy { $0 <= policy.capSeconds && $0 >= min(policy.baseSeconds, policy.capSeconds) }
            if !ok { failures.append("\(policy)") }
        }
        expectNone(failures, "policies breaking the rules")
    }
}
