/// Article-by-article comparison of two versions of a law (新旧对照).
///
/// Articles are paired by content, not by number, because a revision inserts and deletes articles and renumbers all
/// that follow. First Myers' algorithm aligns the articles whose text is identical; the runs of articles left
/// between two identical ones (a "gap") are then paired by similarity, in order; articles still unpaired on both sides
/// are paired once more regardless of order, which finds articles that moved. Paired articles that differ get an
/// inline character diff.
///
/// Similarity is Dice's coefficient over character bigrams (see `BigramProfile`), and two articles correspond at
/// 0.5 or more: an amended article keeps most of its pairs (an article with a clause rewritten is typically at 0.6
/// to 0.9), while unrelated articles of one law, for all their shared vocabulary, rarely pass 0.3. In a gap of
/// exactly one old and one new article, where the surrounding identical articles already say the two stand in the
/// same place, 0.25 is enough: that is the article rewritten in place, such as a new date of entry into force.
public enum ArticleComparison {
    /// Dice similarity, in thousandths, at which two articles correspond.
    static let threshold = 500
    /// The lower threshold for the one old and one new article between the same two unchanged neighbours.
    static let contextThreshold = 250
    /// Above this many candidate pairs (old × new articles in one gap), only pairs near the diagonal are compared, so
    /// that two unrelated long laws still compare in bounded time.
    static let pairLimit = 250_000

    /// Articles are given as (eid, number, text) in document order, text without the number.
    public static func compare(
        old: [(eid: String, number: String, text: String)], new: [(eid: String, number: String, text: String)]
    ) -> [ComparedArticle] {
        compare(
            old: old.map { ArticleText(eid: $0.eid, number: $0.number, text: $0.text) },
            new: new.map { ArticleText(eid: $0.eid, number: $0.number, text: $0.text) })
    }

    /// The rows of the comparison in the new version's order, each removed article where it stood in the old one.
    public static func compare(old: [ArticleText], new: [ArticleText]) -> [ComparedArticle] {
        var alignment = ArticleAlignment(old: old.map(\.text), new: new.map(\.text))
        return alignment.steps().map { step in
            switch step {
            case .removed(let o):
                ComparedArticle(
                    change: .removed, oldNumber: old[o].number, newNumber: nil, oldEid: old[o].eid, newEid: nil,
                    pieces: [TextChange(.deleted, old[o].text)])
            case .added(let n):
                ComparedArticle(
                    change: .added, oldNumber: nil, newNumber: new[n].number, oldEid: nil, newEid: new[n].eid,
                    pieces: [TextChange(.inserted, new[n].text)])
            case .pair(let o, let n, let moved):
                pairRow(old[o], new[n], moved: moved)
            }
        }
    }

    private static func pairRow(_ old: ArticleText, _ new: ArticleText, moved: Bool) -> ComparedArticle {
        let same = ArticleKey(old.text) == ArticleKey(new.text)
        return ComparedArticle(
            change: same ? .unchanged : .changed, oldNumber: old.number, newNumber: new.number, oldEid: old.eid,
            newEid: new.eid,
            pieces: same ? [TextChange(.same, new.text)] : TextDiff.changes(from: old.text, to: new.text),
            isMoved: moved)
    }
}
