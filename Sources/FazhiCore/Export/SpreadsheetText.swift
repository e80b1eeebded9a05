import Foundation

/// Text and numbers as SpreadsheetML writes them.
enum SpreadsheetText {
    /// Excel refuses longer text in a cell.
    static let maximumCellLength = 32_767

    /// `text` made safe for XML content and attribute values: the five markup characters escaped and the
    /// characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) dropped, since no
    /// escape can carry them. Excel's own escape `_xHHHH_` is escaped too (`_x005F_` is the underscore), so
    /// that a literal `_x0041_` is not shown as "A".
    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case "_" where startsExcelEscape(scalars, at: index): result += "_x005F_"
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// True when `_xHHHH_` (four hex digits) starts at `index`.
    private static func startsExcelEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Text cut to what a cell may hold, counted in UTF-16 units as Excel counts, without splitting a
    /// character.
    static func cellText(_ text: String) -> String {
        guard text.utf16.count > maximumCellLength else { return text }
        return prefix(text, utf16Units: maximumCellLength)
    }

    /// The longest run of whole characters from the start of `text` that fits in `utf16Units`.
    static func prefix(_ text: String, utf16Units: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            used += character.utf16.count
            if used > utf16Units { break }
            result.append(character)
        }
        return result
    }

    /// The Excel serial day of `date` in the 1900 date system (1900-01-01 is 1), or nil before 1900.
    /// Excel (after Lotus 1-2-3) counts a 29 February 1900 that never was, so from March 1900 on the serial
    /// is one more than the days since 1899-12-31: it is the days since 1899-12-30.
    static func excelSerial(_ date: CivilDate) -> Int? {
        // 1899-12-30 is 25 569 days before 1970-01-01; 1900-03-01 is 61 in Excel.
        let serial = date.dayNumber + 25_569
        if serial >= 61 { return serial }
        return date.year >= 1900 ? serial - 1 : nil
    }
}
