import Foundation

/// The text a user sees in a cell, from what the worksheet stores: an index into the shared strings, an
/// inline string, a boolean, an error value, a formula's cached result, or a number shown through the cell's
/// number format.
struct XLSXCellValues {
    let sharedStrings: [String]
    let numberFormats: [XLSXNumberFormat]
    let usesDate1904: Bool

    func text(type: String?, style: Int?, value: String, inline: String?) throws(SpreadsheetInputError) -> String {
        if let inline { return inline }
        // A cell with a style but no value, even one typed as text, is empty.
        guard !value.isEmpty else { return "" }
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw .corrupt("单元格引用了不存在的共享字符串（\(value)）。")
            }
            return sharedStrings[index]
        case "b": return value == "1" ? "TRUE" : "FALSE"
        // A formula's text result, an error such as #DIV/0!, or an ISO 8601 date (rarely written).
        case "str", "e", "inlineStr": return value
        case "d": return String(value.prefix { $0 != "T" })
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            let format = style.flatMap { numberFormats.indices.contains($0) ? numberFormats[$0] : nil } ?? .number
            return Self.text(of: number, as: format, date1904: usesDate1904) ?? value
        }
    }

    /// A number as the format shows it: dates `YYYY-MM-DD`, times `HH:MM` (`HH:MM:SS` when the format has
    /// seconds), percentages `85%`, and other numbers as people write them, rounded to the 15 significant
    /// digits Excel shows (the file keeps 0.1 + 0.2 as 0.30000000000000004; Excel shows 0.3). Nil for a date
    /// Excel cannot show (before its first day).
    static func text(of number: Double, as format: XLSXNumberFormat, date1904: Bool) -> String? {
        switch format {
        case .number: return plain(number)
        case .percent: return plain(number * 100).map { $0 + "%" }
        case .date, .dateTime, .time:
            guard number.isFinite, number >= 0, number < 3_000_000 else { return nil }
            // Rounded to the second, as Excel shows it: 0.99999999 of a day is the next midnight.
            let seconds = Int((number * 86_400).rounded())
            let clock = Self.clock(seconds % 86_400, showingSeconds: format.showsSeconds)
            if case .time = format { return clock }
            guard let date = SpreadsheetText.date(excelSerial: seconds / 86_400, date1904: date1904) else { return nil }
            if case .dateTime = format { return date.iso + " " + clock }
            return date.iso
        }
    }

    private static func plain(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        let rounded = Double(String(format: "%.15g", number)) ?? number
        return TableCell.numberText(rounded)
    }

    private static func clock(_ seconds: Int, showingSeconds: Bool) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let hoursAndMinutes = two(seconds / 3600) + ":" + two(seconds / 60 % 60)
        return showingSeconds ? hoursAndMinutes + ":" + two(seconds % 60) : hoursAndMinutes
    }
}

extension XLSXNumberFormat {
    fileprivate var showsSeconds: Bool {
        switch self {
        case .dateTime(let seconds), .time(let seconds): seconds
        default: false
        }
    }
}
