/// Text made safe for the XML parts that we write (.xlsx, .docx).
enum XMLText {
    /// `text` safe for XML content and attribute values: the five markup characters escaped and the characters
    /// XML 1.0 forbids dropped, since no escape can carry them.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// XML 1.0 allows tab, LF and CR among the C0 controls, and no U+FFFE or U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0xFFFE, 0xFFFF: false
        default: scalar.value >= 0x20
        }
    }
}
