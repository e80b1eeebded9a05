import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a reader of one workbook part does with the XML as it streams by, element by element. Names come
/// without their namespace prefix (see `XMLNames`).
protocol XLSXPartHandler {
    mutating func start(_ name: Substring, attributes: [String: String]) throws(SpreadsheetInputError)
    mutating func end(_ name: Substring) throws(SpreadsheetInputError)
    mutating func characters(_ string: String)
}

extension XLSXPartHandler {
    mutating func end(_ name: Substring) throws(SpreadsheetInputError) {}
    mutating func characters(_ string: String) {}
}

/// Streams a workbook part through a handler with Foundation's SAX parser, which never holds a tree of the
/// whole sheet in memory.
enum XLSXPartParser {
    static func parse<Handler: XLSXPartHandler>(
        _ data: Data, part: String, into handler: inout Handler
    ) throws(SpreadsheetInputError) {
        // Office parts never declare a DTD; one that does is trying entity expansion (a "billion laughs").
        if TextBytes.containsASCII([UInt8](data.prefix(4096)), "<!DOCTYPE") {
            throw .corrupt("\(part) 含有不允许的 DTD 声明。")
        }
        let delegate = Delegate(handler: handler)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = delegate.failure { throw failure }
        guard parsed else { throw .corrupt("\(part) 不是有效的 XML。") }
        handler = delegate.handler
    }

    private final class Delegate<Handler: XLSXPartHandler>: NSObject, XMLParserDelegate {
        var handler: Handler
        var failure: SpreadsheetInputError?

        init(handler: Handler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            do {
                try handler.start(XMLNames.local(elementName), attributes: attributes)
            } catch {
                stop(parser, error)
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard failure == nil else { return }
            do {
                try handler.end(XMLNames.local(elementName))
            } catch {
                stop(parser, error)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }

        private func stop(_ parser: XMLParser, _ error: SpreadsheetInputError) {
            guard failure == nil else { return }
            failure = error
            parser.abortParsing()
        }
    }
}
