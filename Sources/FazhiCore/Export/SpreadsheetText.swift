import Foundation

/// Text and numbers as SpreadsheetML writes them.
enum SpreadsheetText {
    /// Excel refuses longer text in a cell.
    static let maximumCellLength = 32_767

    /// `text` made safe for XML content and attribute values (see `XMLText.escaped`). Excel's own escape
    /// `_xHHHH_` is escaped too (`_x005F_` is the underscore), so that a literal `_x0041_` is not shown as "A".
    static func xmlEscaped(_ text: String) -> String {
        guard text.contains("_x") else { return XMLText.escaped(text) }
        let scalars = Array(text.unicodeScalars)
        var protected = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_", startsExcelEscape(scalars, at: index) {
                protected.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                protected.append(scalar)
            }
        }
        return XMLText.escaped(String(protected))
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

    /// The date of Excel serial day `serial`, the inverse of `excelSerial`; nil for the day 0 and for the
    /// 29 February 1900 that Excel counts but never was. Workbooks in the 1904 date system (old Excel for
    /// Mac) count from 1904-01-01 as day 0.
    static func date(excelSerial serial: Int, date1904: Bool) -> CivilDate? {
        // 1904-01-01 is 24 107 days before 1970-01-01.
        if date1904 { return CivilDate(dayNumber: serial - 24_107) }
        switch serial {
        case ..<1, 60: return nil
        case 1..<60: return CivilDate(dayNumber: serial - 25_568)
        default: return CivilDate(dayNumber: serial - 25_569)
        }
    }
}
