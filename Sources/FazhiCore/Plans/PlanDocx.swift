import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of a Word document (.docx), read in memory: a ZIP whose word/document.xml holds the paragraphs.
/// Each paragraph becomes a line. Automatic numbering (Word's lists, word/numbering.xml) is written out in front
/// of the paragraph as Word shows it (「一、」, 「（一）」, 「1.」), since plans often number their headings that way
/// and the parser reads the numbers from the text.
enum PlanDocx {
    /// Larger than any plan's XML by far; refuses a ZIP bomb before inflating it.
    static let maximumXMLBytes: UInt64 = 64 * 1024 * 1024

    static func text(of data: Data) throws(PlanInputError) -> String {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .unreadableDocx("文件已损坏，或不是 .docx 格式。")
        }
        guard let document = archive["word/document.xml"] else {
            throw .unreadableDocx("压缩包中没有 word/document.xml，不是 Word 文档。")
        }
        let documentXML = try extract(document, from: archive)
        let numbering = try archive["word/numbering.xml"].map { entry throws(PlanInputError) in
            DocxNumbering(xml: try extract(entry, from: archive))
        }
        let reader = DocxParagraphReader(numbering: numbering ?? DocxNumbering())
        let parser = XMLParser(data: documentXML)
        parser.delegate = reader
        guard parser.parse() else { throw .unreadableDocx("word/document.xml 不是有效的 XML。") }
        return reader.paragraphs.joined(separator: "\n")
    }

    private static func extract(_ entry: Entry, from archive: Archive) throws(PlanInputError) -> Data {
        guard entry.uncompressedSize <= maximumXMLBytes else { throw .unreadableDocx("文档内容过大。") }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw .unreadableDocx("文件已损坏（\(entry.path) 无法解压）。")
        }
        return data
    }
}

/// Collects the text of each <w:p>: <w:t> runs, tabs and line breaks, and the list number in front.
private final class DocxParagraphReader: NSObject, XMLParserDelegate {
    private var numbering: DocxNumbering
    private(set) var paragraphs: [String] = []
    private var current = ""
    private var inText = false
    private var numID: String?
    private var level = 0

    init(numbering: DocxNumbering) {
        self.numbering = numbering
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch XMLNames.local(elementName) {
        case "p":
            current = ""
            numID = nil
            level = 0
        case "t": inText = true
        case "tab": current += "\t"
        case "br", "cr": current += "\n"
        case "numId": numID = XMLNames.attribute("val", in: attributes)
        case "ilvl": level = Int(XMLNames.attribute("val", in: attributes) ?? "0") ?? 0
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch XMLNames.local(elementName) {
        case "t": inText = false
        case "p":
            let prefix = numID.flatMap { numbering.next(numID: $0, level: level) } ?? ""
            paragraphs.append(prefix + current)
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
