/// One row of an article-by-article comparison of two versions of a law.
public struct ComparedArticle: Sendable, Equatable {
    public enum Change: String, Sendable {
        case unchanged, changed, added, removed
    }

    public var change: Change
    /// The article's number in the old version ("第三十六条"); nil for an added article.
    public var oldNumber: String?
    /// Its number in the new version; nil for a removed article.
    public var newNumber: String?
    public var oldEid: String?
    public var newEid: String?
    /// For a changed article the inline character diff; otherwise the whole text as one piece (same, inserted or
    /// deleted).
    public var pieces: [TextChange]
    /// True for a pair whose articles changed places relative to the others: the row stands where the new version
    /// puts the article, away from the old article's place.
    public var isMoved: Bool

    public init(
        change: Change, oldNumber: String?, newNumber: String?, oldEid: String?, newEid: String?,
        pieces: [TextChange], isMoved: Bool = false
    ) {
        self.change = change
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.oldEid = oldEid
        self.newEid = newEid
        self.pieces = pieces
        self.isMoved = isMoved
    }
}
