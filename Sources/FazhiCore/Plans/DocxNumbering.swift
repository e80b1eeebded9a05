import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Word's automatic list numbering (word/numbering.xml): for each list and level its format (decimal,
/// chineseCounting, decimalEnclosedCircle …), its text (「%1、」, 「（%1）」) and its start, with counters that
/// run as Word's do (a level restarts when a level above it moves on).
struct DocxNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var abstractOfNum: [String: String] = [:]
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(xml: Data) {
        let reader = NumberingReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        _ = parser.parse()
        abstractLevels = reader.abstractLevels
        abstractOfNum = reader.abstractOfNum
    }

    /// The number in front of the next paragraph of list `numID` at `level`, e.g. 「（三）」; nil for bullets.
    mutating func next(numID: String, level: Int) -> String? {
        guard let abstract = abstractOfNum[numID], let levels = abstractLevels[abstract], let format = levels[level]
        else { return nil }
        var counts = counters[abstract] ?? [:]
        counts[level] = (counts[level] ?? (format.start - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[abstract] = counts
        guard format.format != "bullet", format.format != "none" else { return nil }
        var text = format.text
        for l in 0...level {
            let value = counts[l] ?? levels[l]?.start ?? 1
            text = text.replacingOccurrences(of: "%\(l + 1)", with: Self.format(value, levels[l]?.format ?? "decimal"))
        }
        return text
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
            "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            ChineseNumeral.text(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            (1...20).contains(n) ? String(Unicode.Scalar(0x2460 + UInt32(n) - 1)!) : String(n)
        case "decimalFullWidth", "decimalFullWidth2":
            String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "upperLetter": n >= 1 && n <= 26 ? String(Unicode.Scalar(64 + UInt8(n))) : String(n)
        case "lowerLetter": n >= 1 && n <= 26 ? String(Unicode.Scalar(96 + UInt8(n))) : String(n)
        default: String(n)
        }
    }
}

private final class NumberingReader: NSObject, XMLParserDelegate {
    var abstractLevels: [String: [Int: DocxNumbering.Level]] = [:]
    var abstractOfNum: [String: String] = [:]
    private var abstractID: String?
    private var levelIndex: Int?
    private var numID: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let value = attributes.first { $0.key.hasSuffix("val") }?.value
        switch elementName.split(separator: ":").last ?? "" {
        case "abstractNum":
            if numID == nil { abstractID = attributes.first { $0.key.hasSuffix("abstractNumId") }?.value }
        case "lvl":
            let text: String? = attributes.first { $0.key.hasSuffix("ilvl") }?.value
            levelIndex = text.flatMap { Int($0) }
        case "num":
            numID = attributes.first { $0.key.hasSuffix("numId") }?.value
        case "abstractNumId":
            if let numID, let value { abstractOfNum[numID] = value }
        case "start":
            let start = value.flatMap { Int($0) } ?? 1
            update { $0.start = start }
        case "numFmt":
            let format = value ?? "decimal"
            update { $0.format = format }
        case "lvlText":
            let text = value ?? ""
            update { $0.text = text }
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        switch elementName.split(separator: ":").last ?? "" {
        case "abstractNum": abstractID = nil
        case "lvl": levelIndex = nil
        case "num": numID = nil
        default: break
        }
    }

    private func update(_ change: (inout DocxNumbering.Level) -> Void) {
        guard let abstractID, let levelIndex, numID == nil else { return }
        var level = abstractLevels[abstractID, default: [:]][levelIndex] ?? DocxNumbering.Level()
        change(&level)
        abstractLevels[abstractID, default: [:]][levelIndex] = level
    }
}
