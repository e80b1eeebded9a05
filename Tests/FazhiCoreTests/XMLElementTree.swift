import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element read back with its attributes, children and text; names are as written, without
/// namespace processing: `w:p` in WordprocessingML, `row` in SpreadsheetML (which uses a default namespace).
final class XMLElementTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLElementTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element named `name` below this one, in document order.
    func all(_ name: String) -> [XMLElementTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func first(_ name: String) -> XMLElementTree? { all(name).first }

    static func parse(_ data: Data) throws -> XMLElementTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        try #require(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return try #require(builder.root.children.first)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let root = XMLElementTree(name: "", attributes: [:])
        private var open: [XMLElementTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = XMLElementTree(name: elementName, attributes: attributes)
            (open.last ?? root).children.append(element)
            open.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { open.last?.text += string }
    }
}
