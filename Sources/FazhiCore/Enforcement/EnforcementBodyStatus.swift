/// Whether a registered enforcement body (执法主体) may enforce: 有效, 暂停 (its powers suspended, e.g. during a
/// reorganisation) or 已撤销 (no longer a body; its history stays).
public enum EnforcementBodyStatus: String, Codable, CaseIterable, Sendable {
    case active
    case suspended
    case revoked

    public var label: String {
        switch self {
        case .active: "有效"
        case .suspended: "暂停"
        case .revoked: "已撤销"
        }
    }

    /// Reads a code or the Chinese label.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let status = Self(rawValue: trimmed) ?? Self.allCases.first(where: { $0.label == trimmed }) else {
            return nil
        }
        self = status
    }
}
