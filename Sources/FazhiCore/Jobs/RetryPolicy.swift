import Foundation

/// When a failed job is tried again: exponential back-off from `base` seconds, capped, and
/// a fixed number of attempts after which the job stays failed and visible to operators.
public struct RetryPolicy: Sendable, Equatable {
    public let maxAttempts: Int
    public let baseSeconds: Double
    public let capSeconds: Double

    public init(maxAttempts: Int = 5, baseSeconds: Double = 10, capSeconds: Double = 3600) {
        self.maxAttempts = maxAttempts
        self.baseSeconds = baseSeconds
        self.capSeconds = capSeconds
    }

    /// Seconds to wait before attempt `attempt + 1`, given that `attempt` attempts failed;
    /// nil when no attempts are left.
    public func delay(afterFailedAttempts attempt: Int) -> Double? {
        guard attempt < maxAttempts else { return nil }
        let exponent = Double(max(attempt - 1, 0))
        return min(baseSeconds * pow(2, exponent), capSeconds)
    }
}
