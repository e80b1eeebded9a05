import Foundation

/// How a number cell is shown, as far as an import needs to know: a date or time must be read as the date
/// the user sees, not as the serial number Excel stores; a percentage as 85%, not 0.85.
enum XLSXNumberFormat: Equatable {
    case number
    case percent
    case date
    case dateTime(seconds: Bool)
    case time(seconds: Bool)

    /// The kind of a built-in format (ids below 164 have no format code in the file). Besides the
    /// international ones (14–22, 45–47), ids 27–36 and 50–58 are the dates and times that Chinese Excel
    /// defines (「yyyy年m月d日」 is 31, 「上午/下午h时mm分」 is 34).
    init(builtIn id: Int) {
        switch id {
        case 9, 10: self = .percent
        case 14...17, 27...31, 36, 50...54, 57, 58: self = .date
        case 22: self = .dateTime(seconds: false)
        case 18, 20, 32, 34, 55, 56: self = .time(seconds: false)
        case 19, 21, 33, 35, 45...47: self = .time(seconds: true)
        default: self = .number
        }
    }

    /// The kind of a custom format code such as `yyyy"年"m"月"d"日"`, `[$-804]yyyy/m/d h:mm` or `0.0%`: its
    /// first section (for positive numbers), with quoted text, escaped characters, colours and locales left
    /// out, read for date letters (y, d; m alone is a month), time letters (h, s) and `%`.
    init(code: String) {
        let letters = Self.formatLetters(code)
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        let seconds = letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime(seconds: seconds)
        case (true, false): self = .date
        case (false, true): self = .time(seconds: seconds)
        case (false, false) where letters.contains("m"): self = .date
        case (false, false): self = letters.contains("%") ? .percent : .number
        }
    }

    /// The lowercased letters and `%` signs that carry meaning in the first section of `code`.
    private static func formatLetters(_ code: String) -> String {
        var result = ""
        var quoted = false
        var bracket = ""
        var inBracket = false
        var escaped = false
        let lowered = ["am/pm", "a/p", "上午/下午"].reduce(code.lowercased()) {
            $0.replacingOccurrences(of: $1, with: "")
        }
        for character in lowered {
            if escaped {
                escaped = false
            } else if quoted {
                quoted = character != "\""
            } else if inBracket {
                if character == "]" {
                    inBracket = false
                    // [h], [mm], [ss] are elapsed time; [Red], [$-804], [DBNum1] say nothing of the kind.
                    if bracket.allSatisfy({ "hms".contains($0) }) { result += bracket }
                } else {
                    bracket.append(character)
                }
            } else {
                switch character {
                case "\"": quoted = true
                case "\\", "_", "*": escaped = true  // the next character is shown, padded or repeated as is
                case "[":
                    inBracket = true
                    bracket = ""
                case ";": return result
                case "y", "m", "d", "h", "s", "%": result.append(character)
                default: break
                }
            }
        }
        return result
    }
}
