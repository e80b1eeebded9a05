import Foundation

/// Writes an indented XML document element by element, escaping every text and attribute value.
///
/// Elements that hold other elements go on lines of their own; an element with text is written on one line, so
/// that no indentation ever enters mixed content (an Akoma Ntoso `<p>` keeps exactly the text it was given).
struct XMLWriter {
    /// An attribute; a nil value leaves the attribute out, which keeps optional attributes at their call site.
    typealias Attribute = (name: String, value: String?)

    private(set) var text = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    private var open: [String] = []

    /// Starts an element that will hold elements; `close()` ends it.
    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        open.append(name)
    }

    mutating func close() {
        let name = open.removeLast()
        line("</\(name)>")
    }

    /// `<name …/>`.
    mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    /// `<name …>text</name>` on one line.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String) {
        line("<\(name)\(Self.attributes(attributes))>\(XMLText.escaped(text))</\(name)>")
    }

    /// `<name …>` followed by pieces of mixed content already written with `inline(…)`, then `</name>`.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], inline pieces: [String]) {
        line("<\(name)\(Self.attributes(attributes))>\(pieces.joined())</\(name)>")
    }

    /// An inline element for `element(_:_:inline:)`: `<name …>text</name>`.
    static func inline(_ name: String, _ attributes: [Attribute] = [], text: String) -> String {
        "<\(name)\(Self.attributes(attributes))>\(XMLText.escaped(text))</\(name)>"
    }

    /// Plain text for `element(_:_:inline:)`.
    static func inline(_ text: String) -> String { XMLText.escaped(text) }

    private mutating func line(_ markup: String) {
        text += String(repeating: "  ", count: open.count) + markup + "\n"
    }

    private static func attributes(_ attributes: [Attribute]) -> String {
        // A parser turns a line break in an attribute into a space unless it is written as a character reference.
        attributes.compactMap { name, value in
            value.map { " \(name)=\"\(XMLText.escaped($0).replacingOccurrences(of: "\n", with: "&#10;"))\"" }
        }.joined()
    }
}
