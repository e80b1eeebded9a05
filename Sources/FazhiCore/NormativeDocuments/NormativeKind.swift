/// The documents that go through drafting and filing review here: government rules (地方政府规章), whose time limits
/// are set by statute (规章制定程序条例, 法规规章备案审查条例), and administrative normative documents (行政规范性文件),
/// whose limits local rules set (`NormativePolicy`).
public enum NormativeKind: String, CaseIterable, Sendable, Codable {
    case governmentRule = "government_rule"
    case normativeDocument = "normative_document"

    public var label: String {
        switch self {
        case .governmentRule: "地方政府规章"
        case .normativeDocument: "行政规范性文件"
        }
    }

    /// The kind's name in the law library (`LawKind`), where a document appears once published.
    public var libraryKind: String { label }
}
