/// One piece of an inline comparison of two texts: kept, inserted in the new text, or deleted from the old one.
public struct TextChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case same, inserted, deleted
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
