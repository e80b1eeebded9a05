import Foundation

/// The parts of a .docx package besides the text and its styles: content types, relationships and the
/// document properties that Word shows under File › Info.
enum DocxPackage {
    static let declaration = OfficePackage.declaration
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = OfficePackage.relationshipNamespace
    static let footerRelationship = "rId4"
    private static let wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// Every part, [Content_Types].xml first as Office writes it.
    static func parts(of document: DocxDocument, created: Date) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", DocxBody.xml(document)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", DocxStyles.xml),
            ("word/settings.xml", DocxStyles.settingsXML),
            ("word/fontTable.xml", DocxStyles.fontTableXML),
            ("word/footer1.xml", DocxPage.footerXML),
            ("docProps/core.xml", coreProperties(title: document.title, created: created)),
            ("docProps/app.xml", appProperties),
        ]
    }

    static let contentTypes = OfficePackage.contentTypes([
        ("word/document.xml", "\(wordType).document.main+xml"),
        ("word/styles.xml", "\(wordType).styles+xml"),
        ("word/settings.xml", "\(wordType).settings+xml"),
        ("word/fontTable.xml", "\(wordType).fontTable+xml"),
        ("word/footer1.xml", "\(wordType).footer+xml"),
        ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ])

    static let rootRelationships = OfficePackage.relationships([
        ("rId1", "officeDocument", "word/document.xml"),
        (
            "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml"
        ),
        ("rId3", "extended-properties", "docProps/app.xml"),
    ])

    static let documentRelationships = OfficePackage.relationships([
        ("rId1", "styles", "styles.xml"),
        ("rId2", "settings", "settings.xml"),
        ("rId3", "fontTable", "fontTable.xml"),
        (footerRelationship, "footer", "footer1.xml"),
    ])

    /// The title, the language and the time of creation (also the last modification: the file is new).
    static func coreProperties(title: String, created: Date) -> String {
        let time = w3cdtf(created)
        return declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escaped(title))</dc:title><dc:language>zh-CN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified></cp:coreProperties>"
    }

    static let appProperties =
        declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Fazhi</Application></Properties>"

    /// `date` in UTC to the second, as W3C-DTF (ISO 8601) writes it: 2026-01-05T08:30:00Z. Worked out on the
    /// civil calendar rather than with a formatter, so that it needs no locale or time zone.
    static func w3cdtf(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - day * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return CivilDate(dayNumber: day).iso + "T" + two(time / 3600) + ":" + two(time / 60 % 60) + ":"
            + two(time % 60) + "Z"
    }
}
