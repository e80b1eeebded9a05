/// What an officer holding a certificate does: enforces (执法人员) or supervises enforcement (监督人员, who hold their
/// own 执法监督证).
public enum OfficerDuty: String, Codable, CaseIterable, Sendable {
    case enforcement
    case supervision

    public var label: String {
        switch self {
        case .enforcement: "执法人员"
        case .supervision: "监督人员"
        }
    }

    /// Reads a code or the Chinese label (「执法」「监督」 too).
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "enforcement", "执法人员", "执法": self = .enforcement
        case "supervision", "监督人员", "监督": self = .supervision
        default: return nil
        }
    }
}
