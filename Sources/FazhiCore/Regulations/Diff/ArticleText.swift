/// One article of a version of a law, as the comparison takes it: its element id, its number ("第三十六条") and its
/// text without the number.
public struct ArticleText: Sendable, Equatable {
    public var eid: String
    public var number: String
    public var text: String

    public init(eid: String, number: String, text: String) {
        self.eid = eid
        self.number = number
        self.text = text
    }
}
