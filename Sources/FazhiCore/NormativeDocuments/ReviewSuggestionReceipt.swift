/// The receipt number a citizen gets for a review suggestion (审查建议回执号), e.g. 「JY20261202-7KQ4M9XA」: the day
/// and eight random characters from an alphabet without look-alikes (no 0/O, 1/I/L), so that a number read over the
/// phone is typed right, and nobody can walk through other people's suggestions by counting.
public enum ReviewSuggestionReceipt {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    public static func make(on day: CivilDate, using generator: inout some RandomNumberGenerator) -> String {
        let random = String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
        return "JY\(day.iso.replacingOccurrences(of: "-", with: ""))-\(random)"
    }

    public static func make(on day: CivilDate) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(on: day, using: &generator)
    }

    /// The number as typed, normalised (spaces removed, upper case, full-width forms folded), or nil when it cannot
    /// be a receipt number.
    public static func normalise(_ text: String) -> String? {
        let folded = String(
            text.unicodeScalars.compactMap { scalar -> Character? in
                if scalar.properties.isWhitespace { return nil }
                if (0xFF01...0xFF5E).contains(scalar.value) {
                    return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
                }
                return Character(scalar)
            }
        ).uppercased()
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 10, parts[0].hasPrefix("JY"),
            parts[0].dropFirst(2).allSatisfy(\.isASCIIDigit),
            parts[1].count == 8, parts[1].allSatisfy(alphabet.contains)
        else { return nil }
        return folded
    }
}
