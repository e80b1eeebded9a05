import Foundation

/// Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, not starting or ending with an
/// apostrophe, not "History" (reserved by Excel's change tracking), and unique regardless of case.
enum SheetNames {
    static let maximumLength = 31
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// A valid and unique name for each sheet, in order: forbidden characters become `_`, long names are
    /// cut, an empty name becomes `Sheet1`, `Sheet2`, … by position, and a repeated name gets ` (2)`,
    /// ` (3)`, … as Excel names a copied sheet.
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        var result: [String] = []
        for (index, name) in names.enumerated() {
            let base = sanitised(name).nonEmpty ?? "Sheet\(index + 1)"
            var candidate = base
            var copy = 1
            while taken.contains(candidate.lowercased()) {
                copy += 1
                let suffix = " (\(copy))"
                candidate = SpreadsheetText.prefix(base, utf16Units: maximumLength - suffix.utf16.count) + suffix
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// `name` with forbidden characters replaced, control characters dropped, outer apostrophes and
    /// spaces trimmed and the rest cut to 31 UTF-16 units (Excel's count).
    static func sanitised(_ name: String) -> String {
        var cleaned = String(
            name.compactMap { character -> Character? in
                if forbidden.contains(character) { return "_" }
                return character.unicodeScalars.allSatisfy { $0.properties.generalCategory != .control }
                    ? character : nil
            })
        cleaned = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "' ").union(.whitespacesAndNewlines))
        cleaned = SpreadsheetText.prefix(cleaned, utf16Units: maximumLength)
        // Cutting may leave an apostrophe or space at the end again.
        cleaned = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        return cleaned.caseInsensitiveCompare("History") == .orderedSame ? cleaned + "_" : cleaned
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
