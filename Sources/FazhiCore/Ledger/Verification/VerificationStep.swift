/// One step of checking a receipt or a log, with its outcome in words for people (Chinese), so that the 存证验证
/// page and `fazhi ledger verify` can show exactly what was checked and where it failed.
public struct VerificationStep: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed
        /// Not checked, because an input was not given or an earlier step failed.
        case skipped
    }

    public var title: String
    public var outcome: Outcome
    public var detail: String

    public init(_ title: String, _ outcome: Outcome, _ detail: String) {
        self.title = title
        self.outcome = outcome
        self.detail = detail
    }

    public static func passed(_ title: String, _ detail: String) -> VerificationStep { .init(title, .passed, detail) }
    public static func failed(_ title: String, _ detail: String) -> VerificationStep { .init(title, .failed, detail) }
    public static func skipped(_ title: String, _ detail: String) -> VerificationStep { .init(title, .skipped, detail) }

    /// The step as a line of terminal output: `✓ 标题：详情`.
    public var line: String {
        let mark =
            switch outcome {
            case .passed: "✓"
            case .failed: "✗"
            case .skipped: "–"
            }
        return "\(mark) \(title)：\(detail)"
    }
}

extension Array where Element == VerificationStep {
    /// Whether every step that ran passed, and at least one ran.
    public var allPassed: Bool { !isEmpty && !contains { $0.outcome == .failed } && contains { $0.outcome == .passed } }
}
