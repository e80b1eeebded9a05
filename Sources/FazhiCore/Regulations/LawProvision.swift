/// One level of a document's structure. Articles (条) are numbered through the whole document in Chinese law,
/// so they are a level of their own, not nested in their chapter's numbering.
public enum LawProvisionLevel: String, Sendable, Codable, CaseIterable {
    case book = "编"
    case subBook = "分编"
    case chapter = "章"
    case section = "节"
    case article = "条"

    /// Coarse to fine: a heading sits under the nearest earlier heading of a smaller depth.
    var depth: Int {
        switch self {
        case .book: 0
        case .subBook: 1
        case .chapter: 2
        case .section: 3
        case .article: 4
        }
    }

    /// The Akoma Ntoso style abbreviation used in eIds (`book_1__chp_2__sec_1`, `art_3`).
    var eidPrefix: String {
        switch self {
        case .book: "book"
        case .subBook: "subbook"
        case .chapter: "chp"
        case .section: "sec"
        case .article: "art"
        }
    }
}

/// One heading or article of a version, in document order.
public struct LawProvision: Sendable, Equatable, Codable {
    /// 0, 1, 2 … in document order.
    public var ordinal: Int
    public var level: LawProvisionLevel
    /// Stable address, unique within the version, in the style of Akoma Ntoso eIds: headings nest
    /// (`book_1`, `book_1__chp_2`, `book_1__chp_2__sec_1`); articles do not (`art_3`, `art_3-1` for 第三条之一),
    /// because their numbers run through the whole document. A repeated article number gets `_2`, `_3` … in
    /// document order (`art_3_2`), and a problem is recorded.
    public var eid: String
    /// As printed: 「第一章」, 「第三条之一」, 「一、」; "" for a heading printed without a number (「附则」).
    public var number: String
    /// The heading's title (「总则」); nil for an article, or a heading printed with a number only.
    public var heading: String?
    /// An article's body: its paragraphs (款) joined with "\n", without the 「第三条」 label. "" for a heading,
    /// unless stray text stood between the heading and the next article (a problem is then recorded).
    public var text: String
    /// The eId of the heading this provision sits under; nil at the top level.
    public var parentEid: String?

    public init(
        ordinal: Int, level: LawProvisionLevel, eid: String, number: String, heading: String?, text: String,
        parentEid: String?
    ) {
        self.ordinal = ordinal
        self.level = level
        self.eid = eid
        self.number = number
        self.heading = heading
        self.text = text
        self.parentEid = parentEid
    }

    /// The article's paragraphs and items; empty for a heading.
    public var body: LawArticleBody {
        level == .article ? LawArticleBody(articleEid: eid, text: text) : LawArticleBody(paragraphs: [])
    }
}
