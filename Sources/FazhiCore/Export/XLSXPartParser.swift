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
        guard parsed || delegate.closedRoot && delegate.onlyLookupLimitErrors else {
            throw .corrupt("\(part) 不是有效的 XML。")
        }
        handler = delegate.handler
    }

    private final class Delegate<Handler: XLSXPartHandler>: NSObject, XMLParserDelegate {
        var handler: Handler
        var failure: SpreadsheetInputError?
        private var depth = 0
        /// The document's root element has ended: the part was read to its end.
        private(set) var closedRoot = false
        private var errorCodes: [Int] = []

        /// Foundation on Linux feeds libxml2 in chunks and never tells it that the input has ended, so libxml2,
        /// which keeps the whole input, reports "Huge input lookup" (XML_ERR_INTERNAL_ERROR, 1) once a part is
        /// over 10 MB, after every element has been delivered. A part whose root element closed with only that
        /// error was read whole.
        var onlyLookupLimitErrors: Bool { !errorCodes.isEmpty && errorCodes.allSatisfy { $0 == 1 } }

        init(handler: Handler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            depth += 1
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
            depth -= 1
            if depth == 0 { closedRoot = true }
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

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            errorCodes.append((parseError as NSError).code)
        }

        private func stop(_ parser: XMLParser, _ error: SpreadsheetInputError) {
            guard failure == nil else { return }
            failure = error
            parser.abortParsing()
        }
    }
}
