import Foundation

/// One cell of an exported table.
public enum TableCell: Hashable, Sendable {
    case text(String)
    /// Written as a real number, so that spreadsheets can sum and sort it. NaN and infinities have no
    /// spreadsheet form and are written as empty cells.
    case number(Double)
    /// Written as a real date (an Excel serial day with a date format in .xlsx, `YYYY-MM-DD` in CSV).
    case date(CivilDate)
    case empty

    /// A whole number, such as a count of cases.
    public init(_ value: Int) { self = .number(Double(value)) }
}

/// A table to hand to users as a spreadsheet: one sheet of an .xlsx workbook, or a CSV file.
///
/// Rows may be shorter than the headers (the missing cells are empty) or longer (the extra cells have no
/// header).
public struct TableExport: Hashable, Sendable {
    /// The name of the sheet in an .xlsx workbook; made valid and unique when the workbook is written.
    public var sheetName: String
    public var headers: [String]
    public var rows: [[TableCell]]
    /// Column widths in characters (a CJK character counts as two); columns beyond the list, or all columns
    /// when nil, are sized to their content.
    public var columnWidths: [Double]?

    public init(sheetName: String, headers: [String], rows: [[TableCell]], columnWidths: [Double]? = nil) {
        self.sheetName = sheetName
        self.headers = headers
        self.rows = rows
        self.columnWidths = columnWidths
    }

    /// The width of the widest row, the header row included.
    var columnCount: Int { rows.reduce(headers.count) { max($0, $1.count) } }
}

extension TableCell {
    /// The number as people write it: whole numbers without a decimal point (`3`, not `3.0`), others with
    /// the shortest digits that read back as the same Double. Nil for NaN and infinities.
    static func numberText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        // Below 2^53 every whole Double is exact as an Int; beyond it the Double's own spelling (1e+20) is shorter.
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int(value)) }
        return String(value)
    }

    /// The text a person would see, used for CSV and for estimating column widths.
    var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let value): TableCell.numberText(value) ?? ""
        case .date(let date): date.iso
        case .empty: ""
        }
    }
}

enum DisplayWidth {
    /// The width of `text` in character cells: East Asian wide characters (Chinese, Japanese, Korean and
    /// full-width forms) take two cells in spreadsheet fonts, others one. For text over several lines, the
    /// longest line.
    static func of(_ text: String) -> Int {
        var widest = 0
        var current = 0
        for character in text {
            if character.isNewline {
                current = 0
                continue
            }
            current += character.unicodeScalars.first.map(isWide) == true ? 2 : 1
            widest = max(widest, current)
        }
        return widest
    }

    /// The East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarsely.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}
