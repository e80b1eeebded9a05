/// Where a rule comes from: the statute, the version read (the corpus file's date), the
/// article, and the words of the article that set the limit.
public struct LegalBasis: Sendable, Equatable, Codable {
    public let statute: String
    public let version: String
    public let article: String
    public let excerpt: String

    public init(_ statute: String, version: String, article: String, excerpt: String) {
        self.statute = statute
        self.version = version
        self.article = article
        self.excerpt = excerpt
    }

    /// 「《中华人民共和国行政处罚法》（2021-01-22）第六十条」
    public var citation: String { "《\(statute)》（\(version)）\(article)" }
}
