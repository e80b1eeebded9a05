/// The shared strings of a workbook (xl/sharedStrings.xml): text cells hold an index into this list.
struct XLSXSharedStrings: XLSXPartHandler {
    private(set) var strings: [String] = []
    private var item: XLSXRichText?

    mutating func start(_ name: Substring, attributes: [String: String]) {
        if name == "si" {
            item = XLSXRichText()
        } else {
            item?.start(name)
        }
    }

    mutating func end(_ name: Substring) {
        if name == "si", let text = item?.text {
            strings.append(text)
            item = nil
        } else {
            item?.end(name)
        }
    }

    mutating func characters(_ string: String) { item?.characters(string) }
}

/// The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its `<t>`, or the
/// `<t>` of each run `<r>` of rich text joined, leaving out phonetic guides (`<rPh>`, the furigana Japanese
/// Excel adds), which the cell does not show.
struct XLSXRichText {
    private var raw = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func start(_ name: Substring) {
        switch name {
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    mutating func end(_ name: Substring) {
        switch name {
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    mutating func characters(_ string: String) {
        if inText { raw += string }
    }

    var text: String { Self.unescaped(raw) }

    /// Excel writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`) and a literal
    /// `_x` that would read as such an escape as `_x005F_x…`; this undoes both in one pass, so that what one
    /// escape produces is never read as the start of another. Carriage returns become line feeds, and other
    /// control characters are dropped.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard let scalar = escape(in: scalars, at: index) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            index += 7
            switch scalar {
            // Excel keeps a cell's line breaks as CR LF, the CR escaped.
            case "\r": if index >= scalars.count || scalars[index] != "\n" { result.append("\n") }
            case "\t", "\n": result.append(scalar)
            default: if scalar.value >= 0x20 { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// The character of the escape `_xHHHH_` (four hex digits) starting at `index`, if one does.
    private static func escape(in scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_"
        else { return nil }
        var value: UInt32 = 0
        for digit in scalars[(index + 2)...(index + 5)] {
            guard let digitValue = Int(String(digit), radix: 16), digit.properties.isASCIIHexDigit else { return nil }
            value = value * 16 + UInt32(digitValue)
        }
        return Unicode.Scalar(value)
    }
}
